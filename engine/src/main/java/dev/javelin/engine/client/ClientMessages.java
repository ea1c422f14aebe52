package dev.javelin.engine.client;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * A client's handlers for the game messages its server sends, by type. Messages arrive while the transport is
 * polled and wait for {@link #dispatch}, which the client step calls right after the poll: handlers run on the
 * simulation thread at the start of a step, in arrival order, never on a network thread. A message whose type
 * has no handler is dropped and counted in {@link ClientStats#unexpectedMessages()}.
 *
 * <p>Threads: {@link #on} from any thread; the rest on the simulation thread.
 */
final class ClientMessages {

    private final Map<Class<?>, Consumer<Object>> handlers = new ConcurrentHashMap<>();
    private final List<Object> pending = new ArrayList<>();
    private final List<Object> running = new ArrayList<>();
    private final ClientStats stats;

    ClientMessages(ClientStats stats) {
        this.stats = stats;
    }

    <T> void on(Class<T> type, Consumer<? super T> handler) {
        if (type == null || handler == null) {
            throw new IllegalArgumentException("onMessage: type and handler must not be null");
        }
        if (handlers.putIfAbsent(type, m -> handler.accept(type.cast(m))) != null) {
            throw new IllegalArgumentException(type.getName() + " already has a handler");
        }
    }

    /** Queues {@code message} for its handler, or counts it as unexpected if its type has none. */
    void offer(Object message) {
        if (handlers.containsKey(message.getClass())) {
            pending.add(message);
        } else {
            stats.unexpectedMessages++;
        }
    }

    void dispatch() {
        if (pending.isEmpty()) {
            return;
        }
        running.addAll(pending);
        pending.clear();
        try {
            for (int i = 0, n = running.size(); i < n; i++) {
                Object m = running.get(i);
                handlers.get(m.getClass()).accept(m);
            }
        } finally {
            running.clear();
        }
    }
}

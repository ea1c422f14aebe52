package dev.javelin.engine.server;

import dev.javelin.engine.StepFailure;
import dev.javelin.engine.protocol.MessageSize;
import dev.javelin.engine.transport.Channel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * Every game message from a client passes here: it is refused (and counted in
 * {@link ServerStats#messagesRefused()}) when its sender has not joined, its type has no handler, it is bigger
 * than its type's bound, its sender is over the message rate, or too many wait for the step; otherwise it waits
 * for {@link #dispatch}, which hands the step's messages to their handlers in arrival order. Refusals are logged
 * at most once a second.
 *
 * <p>Threads: the server's simulation thread (the transport's listener and the step both run there).
 */
final class GameMessageGate {

    /** Most messages waiting for one step, from all players together; more are refused. */
    static final int MAX_PENDING = 4096;

    record Route<T>(Class<T> type, int maxBytes, MessageHandler<T> handler) {
        void deliver(ServerPlayer from, Object message) {
            handler.handle(from, type.cast(message));
        }
    }

    private record Pending(ServerPlayer from, Object message, Route<?> route) {
    }

    /** A token bucket: {@code perSecond} tokens a second, holding at most {@code perSecond}. */
    private static final class Bucket {
        double tokens;
        long refilledAt;
    }

    private final Map<Class<?>, Route<?>> routes;
    private final int perSecond;
    private final ServerStats stats;
    private final RateLimitedLog log;
    private final Map<ServerPlayer, Bucket> buckets = new WeakHashMap<>();
    private final List<Pending> pending = new ArrayList<>();
    private final List<Pending> running = new ArrayList<>();

    GameMessageGate(Map<Class<?>, Route<?>> routes, int perSecond, ServerStats stats, RateLimitedLog log) {
        this.routes = new HashMap<>(routes);
        this.perSecond = perSecond;
        this.stats = stats;
        this.log = log;
    }

    /** Takes {@code message} from {@code from} (null: a connection that has not joined) or refuses it. */
    void offer(ServerPlayer from, Object message, Channel channel, long now) {
        Route<?> route = routes.get(message.getClass());
        String refusal = null;
        if (from == null) {
            refusal = "a message before joining";
        } else if (route == null) {
            refusal = "a message of undeclared type " + message.getClass().getSimpleName();
        } else if (pending.size() >= MAX_PENDING || !takeToken(from, now)) {
            refusal = "over the message rate (" + perSecond + "/s)";
        } else {
            long size;
            try {
                size = MessageSize.measure(message, route.maxBytes());
            } catch (IllegalArgumentException e) {
                size = Long.MAX_VALUE;
            }
            if (size > route.maxBytes()) {
                refusal = "a " + route.type().getSimpleName() + " over its " + route.maxBytes() + " bytes";
            }
        }
        if (refusal != null) {
            stats.messagesRefused++;
            if (from == null || route == null) {
                stats.badMessages++; // as before game messages existed: a message that makes no sense here
            }
            if (log.admit(now)) {
                log.emit(now, "refused from " + (from == null ? "an unjoined connection" : from) + ": " + refusal
                        + " (" + stats.messagesRefused + " refused so far)");
            }
            return;
        }
        from.heard(now);
        stats.messagesReceived++;
        pending.add(new Pending(from, message, route));
    }

    /** Hands every waiting message to its handler, in arrival order; step {@code step} is about to run. */
    void dispatch(int step) {
        if (pending.isEmpty()) {
            return;
        }
        running.addAll(pending);
        pending.clear();
        try {
            for (int i = 0, n = running.size(); i < n; i++) {
                Pending p = running.get(i);
                try {
                    p.route().deliver(p.from(), p.message());
                } catch (RuntimeException | StackOverflowError | AssertionError e) {
                    throw new StepFailure(step, "handler of " + p.route().type().getSimpleName() + " from "
                            + p.from(), null, e);
                }
            }
        } finally {
            running.clear();
        }
    }

    private boolean takeToken(ServerPlayer p, long now) {
        Bucket b = buckets.computeIfAbsent(p, k -> {
            Bucket fresh = new Bucket();
            fresh.tokens = perSecond;
            fresh.refilledAt = now;
            return fresh;
        });
        b.tokens = Math.min(perSecond, b.tokens + (now - b.refilledAt) * perSecond / 1e9);
        b.refilledAt = now;
        if (b.tokens < 1) {
            return false;
        }
        b.tokens -= 1;
        return true;
    }
}

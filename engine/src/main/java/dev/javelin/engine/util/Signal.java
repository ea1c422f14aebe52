package dev.javelin.engine.util;

import java.util.Arrays;
import java.util.function.Consumer;

/**
 * A typed list of listeners. Dispatch iterates a snapshot array, so a listener may subscribe or
 * unsubscribe while being called without disturbing the current dispatch, and dispatch allocates
 * nothing.
 *
 * <p>Threads: subscribe and dispatch on the thread that owns the engine (the simulation thread).
 *
 * @param <L> the listener type
 */
public final class Signal<L> {

    private Object[] listeners = new Object[0];

    /** Adds {@code listener}; the returned handle removes it. */
    public Subscription subscribe(L listener) {
        if (listener == null) {
            throw new NullPointerException("listener");
        }
        Object[] next = Arrays.copyOf(listeners, listeners.length + 1);
        next[listeners.length] = listener;
        listeners = next;
        return () -> unsubscribe(listener);
    }

    /** Removes {@code listener} if present. */
    public void unsubscribe(L listener) {
        for (int i = 0; i < listeners.length; i++) {
            if (listeners[i] == listener) {
                Object[] next = new Object[listeners.length - 1];
                System.arraycopy(listeners, 0, next, 0, i);
                System.arraycopy(listeners, i + 1, next, i, listeners.length - i - 1);
                listeners = next;
                return;
            }
        }
    }

    /** True if nobody listens. */
    public boolean isEmpty() {
        return listeners.length == 0;
    }

    /** Calls {@code call} with each listener in subscription order. */
    @SuppressWarnings("unchecked")
    public void dispatch(Consumer<? super L> call) {
        Object[] snapshot = listeners;
        for (Object l : snapshot) {
            call.accept((L) l);
        }
    }

    /** Handle returned by {@link #subscribe}; closing it unsubscribes. */
    @FunctionalInterface
    public interface Subscription extends AutoCloseable {
        @Override
        void close();
    }
}

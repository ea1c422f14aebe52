package dev.javelin.engine.transport;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.concurrent.locks.LockSupport;

/**
 * A listener for tests that records every event and checks that it is called on the thread that polls. Also
 * the deadline-bounded polling helper the transport tests use instead of sleeping.
 */
public final class Recorder implements TransportListener {

    /** One recorded event. */
    public record Event(String kind, int connectionId, Object message, Channel channel, DisconnectReason reason) {
    }

    /** Something that can be polled: {@code server::poll} or {@code client::poll}. */
    @FunctionalInterface
    public interface Pollable {
        int poll(TransportListener listener);
    }

    private final List<Event> events = new ArrayList<>();
    private Thread pollingThread;

    @Override
    public void connected(int connectionId) {
        checkThread();
        events.add(new Event("connected", connectionId, null, null, null));
    }

    @Override
    public void message(int connectionId, Object message, Channel channel) {
        checkThread();
        events.add(new Event("message", connectionId, message, channel, null));
    }

    @Override
    public void disconnected(int connectionId, DisconnectReason reason) {
        checkThread();
        events.add(new Event("disconnected", connectionId, null, null, reason));
    }

    public List<Event> events() {
        return events;
    }

    /** The messages received, in order. */
    public List<Object> messages() {
        List<Object> out = new ArrayList<>();
        for (Event e : events) {
            if (e.kind().equals("message")) {
                out.add(e.message());
            }
        }
        return out;
    }

    /** The messages of {@code type} received on {@code channel}, in order. */
    public <T> List<T> messages(Class<T> type, Channel channel) {
        List<T> out = new ArrayList<>();
        for (Event e : events) {
            if (e.kind().equals("message") && e.channel() == channel && type.isInstance(e.message())) {
                out.add(type.cast(e.message()));
            }
        }
        return out;
    }

    public long count(String kind) {
        return events.stream().filter(e -> e.kind().equals(kind)).count();
    }

    /** The first disconnect event's reason, or null. */
    public DisconnectReason disconnectReason() {
        for (Event e : events) {
            if (e.kind().equals("disconnected")) {
                return e.reason();
            }
        }
        return null;
    }

    /** The id of the first connected event, or -1. */
    public int firstConnectedId() {
        for (Event e : events) {
            if (e.kind().equals("connected")) {
                return e.connectionId();
            }
        }
        return -1;
    }

    /** Only the polling thread may call listeners: remember the first and insist on it. */
    private void checkThread() {
        if (pollingThread == null) {
            pollingThread = Thread.currentThread();
        } else if (pollingThread != Thread.currentThread()) {
            throw new AssertionError("listener called on " + Thread.currentThread().getName() + ", polled on "
                    + pollingThread.getName());
        }
    }

    /**
     * Polls {@code source} into this recorder until {@code condition} holds, failing after {@code timeout}.
     * Parks briefly between polls.
     */
    public Recorder pollUntil(Pollable source, Predicate<Recorder> condition, Duration timeout, String what) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            source.poll(this);
            if (condition.test(this)) {
                return this;
            }
            if (System.nanoTime() - deadline > 0) {
                throw new AssertionError("timed out after " + timeout.toMillis() + " ms waiting for " + what
                        + "; events so far: " + events);
            }
            LockSupport.parkNanos(200_000L);
        }
    }

    /** Waits until {@code condition} holds, polling nothing; for states changed by other threads. */
    public static void await(java.util.function.BooleanSupplier condition, Duration timeout, String what) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - deadline > 0) {
                throw new AssertionError("timed out after " + timeout.toMillis() + " ms waiting for " + what);
            }
            LockSupport.parkNanos(200_000L);
        }
    }
}

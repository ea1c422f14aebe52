package dev.javelin.engine.loop;

import java.util.concurrent.atomic.AtomicLong;

/** A clock that moves only when told; for tests and fast-forwarded runs. Thread-safe. */
public final class ManualClock implements Clock {

    private final AtomicLong now;

    public ManualClock() {
        this(0L);
    }

    public ManualClock(long startNanos) {
        this.now = new AtomicLong(startNanos);
    }

    @Override
    public long nanoTime() {
        return now.get();
    }

    /** Moves time forward by {@code nanos} (never backward). */
    public void advance(long nanos) {
        if (nanos < 0) {
            throw new IllegalArgumentException("time only moves forward, got " + nanos);
        }
        now.addAndGet(nanos);
    }

    /** Moves time forward by {@code millis} milliseconds. */
    public void advanceMillis(long millis) {
        advance(millis * 1_000_000L);
    }
}

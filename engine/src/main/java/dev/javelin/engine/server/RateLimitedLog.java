package dev.javelin.engine.server;

import java.util.function.Consumer;

/**
 * Logs at most one line per {@code intervalNanos}, counting what it held back, so a flood of bad input
 * cannot flood the log. Threads: the server's simulation thread.
 */
final class RateLimitedLog {

    private final Consumer<String> sink;
    private final long intervalNanos;
    private long lastNanos = Long.MIN_VALUE;
    private long suppressed;

    RateLimitedLog(Consumer<String> sink, long intervalNanos) {
        this.sink = sink;
        this.intervalNanos = intervalNanos;
    }

    void log(long nowNanos, String line) {
        if (admit(nowNanos)) {
            emit(nowNanos, line);
        }
    }

    /**
     * True if a line may go out now (then build it and pass it to {@link #emit}); otherwise counts one line held
     * back. Lets a flood of rejections cost a comparison each instead of building a text each.
     */
    boolean admit(long nowNanos) {
        if (lastNanos != Long.MIN_VALUE && nowNanos - lastNanos < intervalNanos) {
            suppressed++;
            return false;
        }
        return true;
    }

    /** Writes a line {@link #admit} let through. */
    void emit(long nowNanos, String line) {
        sink.accept(suppressed == 0 ? line : line + " (" + suppressed + " similar suppressed)");
        suppressed = 0;
        lastNanos = nowNanos;
    }
}

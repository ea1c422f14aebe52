package dev.javelin.net;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;

/**
 * Logs at most a few lines per second and counts the rest, so a flood of stray packets cannot flood the log.
 * Thread-safe.
 */
final class RateLimitedLog {

    private static final int LINES_PER_SECOND = 10;

    private final Logger log;
    private long windowStartMillis;
    private int linesInWindow;
    private long suppressed;

    /** A log to the System.Logger "dev.javelin.net". */
    RateLimitedLog() {
        this(System.getLogger("dev.javelin.net"));
    }

    RateLimitedLog(Logger log) {
        this.log = log;
    }

    /** Logs {@code message} at {@code level} unless the budget of this second is spent. */
    synchronized void log(Level level, String message) {
        long now = System.currentTimeMillis();
        if (now - windowStartMillis >= 1000) {
            if (suppressed > 0) {
                log.log(level, suppressed + " similar messages suppressed");
            }
            windowStartMillis = now;
            linesInWindow = 0;
            suppressed = 0;
        }
        if (linesInWindow < LINES_PER_SECOND) {
            linesInWindow++;
            log.log(level, message);
        } else {
            suppressed++;
        }
    }
}

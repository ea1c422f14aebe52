package dev.javelin.net;

import java.lang.System.Logger.Level;
import java.util.concurrent.atomic.LongAdder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs at most a few lines per second to an SLF4J logger and counts the rest, so a flood of stray packets cannot
 * flood the log. Call sites name their level with {@link System.Logger.Level}, mapped onto SLF4J's (WARNING to
 * WARN, ALL and TRACE to TRACE). Thread-safe.
 */
final class ThrottledLog {

    private static final int LINES_PER_SECOND = 10;

    private final Logger log;
    private final LongAdder written = new LongAdder();
    private long windowStartMillis;
    private int linesInWindow;
    private long suppressed;

    /** A log to the SLF4J logger "dev.javelin.net". */
    ThrottledLog() {
        this(LoggerFactory.getLogger("dev.javelin.net"));
    }

    ThrottledLog(Logger log) {
        this.log = log;
    }

    /** Logs {@code message} at {@code level} unless the budget of this second is spent. */
    synchronized void log(Level level, String message) {
        long now = System.currentTimeMillis();
        if (now - windowStartMillis >= 1000) {
            if (suppressed > 0) {
                write(level, suppressed + " similar messages suppressed");
            }
            windowStartMillis = now;
            linesInWindow = 0;
            suppressed = 0;
        }
        if (linesInWindow < LINES_PER_SECOND) {
            linesInWindow++;
            write(level, message);
        } else {
            suppressed++;
        }
    }

    /** Lines handed to the logger so far (whatever its level lets through); for tests of the limit. */
    long written() {
        return written.sum();
    }

    private void write(Level level, String message) {
        written.increment();
        switch (level) {
            case ERROR -> log.error(message);
            case WARNING -> log.warn(message);
            case INFO -> log.info(message);
            case DEBUG -> log.debug(message);
            case ALL, TRACE -> log.trace(message);
            case OFF -> { }
        }
    }
}

package dev.javelin.net;

import com.esotericsoftware.minlog.Log;
import java.lang.System.Logger.Level;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * KryoNet's own log (minlog) through a {@link ThrottledLog} to the SLF4J logger "com.esotericsoftware.kryonet":
 * at most 10 lines a second, an exception as one line rather than a stack trace. minlog's level is set from that
 * logger's, so KryoNet does not even build the lines SLF4J would drop. Installed for the whole JVM when
 * {@link KryoNetTransport} is first used (minlog has one global logger).
 */
final class KryoNetLog extends Log.Logger {

    static final String LOGGER = "com.esotericsoftware.kryonet";
    private static final KryoNetLog INSTANCE = new KryoNetLog(LoggerFactory.getLogger(LOGGER));

    private final ThrottledLog log;

    private KryoNetLog(Logger logger) {
        this.log = new ThrottledLog(logger);
    }

    /** Points minlog at this log and at the SLF4J logger's level. Any thread; idempotent. */
    static KryoNetLog install() {
        Logger logger = LoggerFactory.getLogger(LOGGER);
        Log.set(logger.isTraceEnabled() ? Log.LEVEL_TRACE
                : logger.isDebugEnabled() ? Log.LEVEL_DEBUG
                : logger.isInfoEnabled() ? Log.LEVEL_INFO
                : logger.isWarnEnabled() ? Log.LEVEL_WARN
                : logger.isErrorEnabled() ? Log.LEVEL_ERROR : Log.LEVEL_NONE);
        Log.setLogger(INSTANCE);
        return INSTANCE;
    }

    /** Lines passed on to SLF4J so far. */
    long written() {
        return log.written();
    }

    @Override
    public void log(int level, String category, String message, Throwable ex) {
        Level to = switch (level) {
            case Log.LEVEL_ERROR -> Level.ERROR;
            case Log.LEVEL_WARN -> Level.WARNING;
            case Log.LEVEL_INFO -> Level.INFO;
            case Log.LEVEL_DEBUG -> Level.DEBUG;
            default -> Level.TRACE;
        };
        StringBuilder line = new StringBuilder();
        if (category != null && !category.equals("kryonet")) { // the logger's own name says that one
            line.append('[').append(category).append("] ");
        }
        line.append(message);
        for (Throwable t = ex; t != null; t = t.getCause() == t ? null : t.getCause()) {
            line.append(": ").append(t);
        }
        log.log(to, line.toString());
    }
}

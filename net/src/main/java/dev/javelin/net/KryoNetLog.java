package dev.javelin.net;

import com.esotericsoftware.minlog.Log;

import java.lang.System.Logger.Level;

/**
 * KryoNet's own log (minlog) through a {@link RateLimitedLog} to the System.Logger "com.esotericsoftware.kryonet":
 * at most 10 lines a second, an exception as one line rather than a stack trace. Installed by
 * {@link KryoNetTransport#limitKryoNetLog()}.
 */
final class KryoNetLog extends Log.Logger {

    private final RateLimitedLog log = new RateLimitedLog(System.getLogger("com.esotericsoftware.kryonet"));

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
        if (category != null) {
            line.append('[').append(category).append("] ");
        }
        line.append(message);
        for (Throwable t = ex; t != null; t = t.getCause() == t ? null : t.getCause()) {
            line.append(": ").append(t);
        }
        log.log(to, line.toString());
    }
}

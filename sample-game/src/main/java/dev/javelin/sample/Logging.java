package dev.javelin.sample;

/**
 * The sample's log: SLF4J's simple provider, one line per message
 * ({@code 13:33:31 INFO kryonet - [kryonet] Connection 5 connected}) on standard error, at the level of
 * {@code --log=} (see {@code simplelogger.properties}). Must run before the first logger is made: the provider
 * reads its settings once.
 */
final class Logging {

    private Logging() {
    }

    /** Sets the level of every logger: error, warn, info, debug or trace. Main thread, before any logging. */
    static void configure(String level) {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", level);
        // KryoNet's info lines ("Connecting", "Connection 5 connected") are noise for a player: at the default level
        // only its warnings show; --log=debug or trace shows all of it.
        System.setProperty("org.slf4j.simpleLogger.log.com.esotericsoftware.kryonet", level.equals("info") ? "warn" : level);
    }
}

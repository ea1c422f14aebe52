package dev.javelin.metrics;

import dev.javelin.engine.server.ServerEngine;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs a server's {@link ServerSample#statusLine() status line} at INFO to the SLF4J logger
 * {@code dev.javelin.server.status} every period, on its own daemon thread ("javelin-status"), until closed.
 *
 * <p>Threads: {@link #start} and {@link #close} from any thread.
 */
public final class ServerStatusLog implements AutoCloseable {

    /** The SLF4J logger the lines go to. */
    public static final String LOGGER = "dev.javelin.server.status";

    private final ScheduledExecutorService timer;

    private ServerStatusLog(ScheduledExecutorService timer) {
        this.timer = timer;
    }

    /**
     * Starts logging one server's status.
     *
     * @param server the server to read
     * @param period time between lines, at least 100 ms
     * @return the running log; close it to stop
     * @throws IllegalArgumentException if {@code period} is shorter than 100 ms
     */
    public static ServerStatusLog start(ServerEngine server, Duration period) {
        if (period.toMillis() < 100) {
            throw new IllegalArgumentException("status period must be at least 100 ms, was " + period.toMillis() + " ms");
        }
        Logger log = LoggerFactory.getLogger(LOGGER);
        ServerSampler sampler = new ServerSampler(server);
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "javelin-status");
            t.setDaemon(true);
            return t;
        });
        long millis = period.toMillis();
        timer.scheduleAtFixedRate(() -> log.info(sampler.sample().statusLine()), millis, millis, TimeUnit.MILLISECONDS);
        return new ServerStatusLog(timer);
    }

    /** Stops the line; idempotent. */
    @Override
    public void close() {
        timer.shutdownNow();
    }
}

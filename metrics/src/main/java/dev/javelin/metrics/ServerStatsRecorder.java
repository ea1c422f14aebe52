package dev.javelin.metrics;

import dev.javelin.engine.server.ServerEngine;
import jdk.jfr.FlightRecorder;

/**
 * Publishes a server's figures as the periodic JFR event {@link ServerStatsEvent} until closed. Costs nothing
 * while no recording enables the event: JFR calls the hook only then, at the period the recording asks for.
 *
 * <p>Threads: {@link #start} and {@link #close} from any thread; the hook runs on JFR's periodic thread.
 */
public final class ServerStatsRecorder implements AutoCloseable {

    private final Runnable hook;

    private ServerStatsRecorder(Runnable hook) {
        this.hook = hook;
    }

    /**
     * Starts publishing one server's figures.
     *
     * @param server the server to read
     * @return the recorder; close it to stop
     */
    public static ServerStatsRecorder start(ServerEngine server) {
        ServerSampler sampler = new ServerSampler(server);
        int port = server.transport().tcpPort();
        Runnable hook = () -> {
            ServerStatsEvent e = new ServerStatsEvent();
            e.set(port, sampler.sample());
            e.commit();
        };
        FlightRecorder.addPeriodicEvent(ServerStatsEvent.class, hook);
        return new ServerStatsRecorder(hook);
    }

    /** Stops publishing; idempotent. */
    @Override
    public void close() {
        FlightRecorder.removePeriodicEvent(hook);
    }
}

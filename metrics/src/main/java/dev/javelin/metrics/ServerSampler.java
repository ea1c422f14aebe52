package dev.javelin.metrics;

import dev.javelin.engine.server.ServerEngine;
import dev.javelin.engine.server.ServerStats;
import dev.javelin.engine.server.StepTimes;
import dev.javelin.engine.transport.TransportServer;

/**
 * Turns one server's ever-growing counters into a {@link ServerSample} per interval: each {@link #sample()} covers
 * the time since the previous one (or since this sampler was made). Each reader of a server (the status line,
 * JFR, the metrics) keeps its own sampler, so their intervals do not disturb each other.
 *
 * <p>Threads: any; {@link #sample()} is synchronized. Reads only counters the server publishes for other
 * threads.
 */
public final class ServerSampler {

    private final ServerStats stats;
    private final TransportServer transport;
    private long lastNanos;
    private StepTimes.Window lastSteps;
    private long lastStepCount;
    private long lastIn;
    private long lastSnapshotBytes;
    private long lastRefusals;
    private ServerSample latest;

    /**
     * A sampler whose first interval starts now.
     *
     * @param server the server to read
     */
    public ServerSampler(ServerEngine server) {
        this(server.stats(), server.transport());
    }

    ServerSampler(ServerStats stats, TransportServer transport) {
        this.stats = stats;
        this.transport = transport;
        this.lastNanos = System.nanoTime();
        this.lastSteps = stats.stepTimes().snapshot();
        this.lastStepCount = stats.steps();
        this.lastIn = transport.bytesReceived();
        this.lastSnapshotBytes = stats.snapshotBytesSent();
        this.lastRefusals = stats.refusals();
    }

    /**
     * Ends the current interval and starts the next.
     *
     * @return the figures of the interval since the previous call (or since this sampler was made)
     */
    public synchronized ServerSample sample() {
        long now = System.nanoTime();
        double seconds = Math.max(1e-9, (now - lastNanos) / 1e9);
        StepTimes.Window steps = stats.stepTimes().snapshot();
        StepTimes.Window interval = steps.minus(lastSteps);
        long in = transport.bytesReceived();
        long snapshotBytes = stats.snapshotBytesSent();
        long refusals = stats.refusals();
        long stepCount = stats.steps();
        double kbitIn = in < 0 ? -1 : kbit(in - lastIn, seconds);
        double kbitOut = kbit(snapshotBytes - lastSnapshotBytes, seconds);
        latest = new ServerSample(seconds, stats.players(), stats.rooms(), stepCount - lastStepCount,
                interval.percentileMillis(0.50), interval.percentileMillis(0.99), kbitIn, kbitOut,
                refusals - lastRefusals);
        lastNanos = now;
        lastSteps = steps;
        lastStepCount = stepCount;
        lastIn = in;
        lastSnapshotBytes = snapshotBytes;
        lastRefusals = refusals;
        return latest;
    }

    /**
     * The latest sample if it is younger than {@code maxAgeNanos}, else a new one: lets several readers that
     * poll at once (one scrape reading many gauges) share one interval.
     *
     * @param maxAgeNanos how old the latest sample may be, in nanoseconds
     * @return a sample, never null
     */
    public synchronized ServerSample recent(long maxAgeNanos) {
        if (latest == null || System.nanoTime() - lastNanos >= maxAgeNanos) {
            return sample();
        }
        return latest;
    }

    /**
     * Counters of the server this sampler reads.
     *
     * @return the server's stats
     */
    public ServerStats stats() {
        return stats;
    }

    /**
     * The transport of the server this sampler reads.
     *
     * @return the server's transport
     */
    public TransportServer transport() {
        return transport;
    }

    private static double kbit(long bytes, double seconds) {
        return bytes * 8 / 1000.0 / seconds;
    }
}

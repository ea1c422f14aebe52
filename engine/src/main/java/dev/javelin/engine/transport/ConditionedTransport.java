package dev.javelin.engine.transport;

import dev.javelin.engine.loop.Clock;

import java.io.IOException;
import java.time.Duration;
import java.util.Objects;

/**
 * Wraps any {@link Transport} and makes the network worse on purpose: seeded latency, jitter, loss,
 * duplication and reordering on the unreliable channel; on the reliable channel only latency and jitter,
 * never loss or reordering. For tests (with a {@code ManualClock}, fully deterministic) and for feeling a bad
 * network on a LAN in demos. It lives in engine, not in net as DESIGN.md first placed it, because it is pure
 * Java and the engine's own sync-strategy tests need it over {@link LocalTransport}.
 *
 * <p>How: each endpoint it opens conditions what it <em>receives</em>. Events from the wrapped endpoint enter a
 * {@link DelayLine} when {@code poll} is called, stamped with this transport's clock, and are handed to the
 * listener by that {@code poll} or a later one once their release time has come. So conditions apply in both
 * directions when both ends are opened through a {@code ConditionedTransport} (one instance can open both;
 * {@code toServer} conditions the server's endpoint, {@code toClient} each client's). Messages are delayed from
 * the moment a {@code poll} first sees them, so the added delay is exact with a {@code ManualClock} and, over a
 * real network, comes on top of the real one (quantized to the polling period).
 *
 * <p>Determinism: the endpoints opened get random sources seeded from {@code seed} in the order they are
 * opened; the same calls with the same clock readings give the same deliveries.
 *
 * <p>Round trips: {@code rttNanos} reports the wrapped transport's measurement plus both directions' configured
 * latency, which is right when both ends are conditioned as configured here (the usual set-up).
 *
 * <p>Threads: as the wrapped transport; {@code poll} on one thread per endpoint.
 */
public final class ConditionedTransport implements Transport {

    private final Transport inner;
    private final NetworkConditions toServer;
    private final NetworkConditions toClient;
    private final long seed;
    private final Clock clock;
    private long endpointsOpened;

    /** Conditions both directions the same way. */
    public ConditionedTransport(Transport inner, NetworkConditions conditions, long seed, Clock clock) {
        this(inner, conditions, conditions, seed, clock);
    }

    /**
     * @param inner    the transport that carries the messages, never null
     * @param toServer conditions on what servers opened here receive, never null
     * @param toClient conditions on what clients opened here receive, never null
     * @param seed     seed of the random sources
     * @param clock    the time base of delays; the wrapped transport's clock for exact results, never null
     */
    public ConditionedTransport(Transport inner, NetworkConditions toServer, NetworkConditions toClient, long seed,
                                Clock clock) {
        this.inner = Objects.requireNonNull(inner, "inner");
        this.toServer = Objects.requireNonNull(toServer, "toServer");
        this.toClient = Objects.requireNonNull(toClient, "toClient");
        this.seed = seed;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public TransportServer bind(String host, int tcpPort, int udpPort) throws IOException {
        TransportServer server = inner.bind(host, tcpPort, udpPort);
        return new ConditionedServer(server, new DelayLine(toServer, nextSeed()), clock, addedRttNanos());
    }

    @Override
    public TransportClient connect(String host, int tcpPort, int udpPort, Duration timeout) throws IOException {
        TransportClient client = inner.connect(host, tcpPort, udpPort, timeout);
        return new ConditionedClient(client, new DelayLine(toClient, nextSeed()), clock, addedRttNanos());
    }

    @Override
    public MessageRegistry registry() {
        return inner.registry();
    }

    @Override
    public int maxReliableMessageBytes() {
        return inner.maxReliableMessageBytes();
    }

    /** The conditions on what servers receive. */
    public NetworkConditions toServer() {
        return toServer;
    }

    /** The conditions on what clients receive. */
    public NetworkConditions toClient() {
        return toClient;
    }

    private long addedRttNanos() {
        return toServer.latencyNanos() + toClient.latencyNanos();
    }

    private synchronized long nextSeed() {
        long z = seed + 0x9E3779B97F4A7C15L * ++endpointsOpened;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}

package dev.javelin.engine.transport;

import dev.javelin.engine.loop.Clock;

import java.io.IOException;
import java.net.BindException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A transport in memory, for host mode (server and local client in one process, no sockets) and for tests.
 * Same semantics as the network transports, minus the network: both channels deliver every message, in
 * order, at once (wrap it in a {@link ConditionedTransport} to add latency and faults); events still wait in
 * a queue until {@code poll}; a sent message is copied so the sender may reuse it; unregistered classes and
 * messages over a channel's limit are refused the same way (the size is an estimate here, see
 * {@link #connect}). Round trips measure 0 and the server clock is this transport's {@link Clock}.
 *
 * <p>Ports are numbers in this instance's own table, not sockets: a client of this instance connects to a
 * server of this instance only; two instances never see each other and nothing is static. Port 0 picks an
 * unused number. The host is ignored.
 *
 * <p>A local peer cannot vanish silently, so there is no keep-alive and no timeout: {@code disconnect} and
 * {@code close} are seen by the other side at its next {@code poll}.
 *
 * <p>Thread-safe.
 */
public final class LocalTransport implements Transport {

    /** Unreliable messages that may wait in one endpoint's queue before more are dropped. */
    static final int MAX_QUEUED_UNRELIABLE = 65_536;

    private final MessageRegistry registry;
    private final Clock clock;
    private final int maxReliableMessageBytes;
    private final MessageCopier copier;
    private final Map<Integer, LocalServer> servers = new HashMap<>();
    private int nextPort = 1;

    /** A local transport on the system clock with the default reliable message limit. */
    public LocalTransport(MessageRegistry registry) {
        this(registry, Clock.system(), DEFAULT_MAX_RELIABLE_MESSAGE_BYTES);
    }

    /**
     * @param registry                the message classes, never null
     * @param clock                   what {@link TransportClient#serverTimeNanos()} reads, never null
     * @param maxReliableMessageBytes the reliable channel's limit on a message's (estimated) size; at least
     *                                {@link #MAX_UNRELIABLE_MESSAGE_BYTES}
     */
    public LocalTransport(MessageRegistry registry, Clock clock, int maxReliableMessageBytes) {
        this.registry = Objects.requireNonNull(registry, "registry");
        this.clock = Objects.requireNonNull(clock, "clock");
        if (maxReliableMessageBytes < MAX_UNRELIABLE_MESSAGE_BYTES) {
            throw new IllegalArgumentException("maxReliableMessageBytes must be at least "
                    + MAX_UNRELIABLE_MESSAGE_BYTES + ", was " + maxReliableMessageBytes);
        }
        this.maxReliableMessageBytes = maxReliableMessageBytes;
        this.copier = new MessageCopier(registry);
    }

    /** {@inheritDoc} Ports are this instance's numbers, 1 to 65535; {@code host} is ignored. */
    @Override
    public synchronized TransportServer bind(String host, int tcpPort, int udpPort) throws IOException {
        checkPort("tcpPort", tcpPort);
        checkPort("udpPort", udpPort);
        int port = tcpPort;
        if (port == 0) {
            while (servers.containsKey(nextPort)) {
                nextPort = nextPort % 65_535 + 1;
            }
            port = nextPort;
            nextPort = nextPort % 65_535 + 1;
        }
        if (servers.containsKey(port)) {
            throw new BindException("LocalTransport port " + port + " is in use");
        }
        LocalServer server = new LocalServer(this, port, udpPort == 0 ? port : udpPort);
        servers.put(port, server);
        return server;
    }

    /**
     * {@inheritDoc} Connects at once (the timeout only has to be positive); fails with
     * {@link DisconnectReason.Cause#UNREACHABLE} if this instance has no server on those ports.
     *
     * <p>Size limits here apply to an estimate of the encoded size (exact for arrays and strings), so a
     * message that is close to a limit may pass here and fail over the network, or the reverse.
     */
    @Override
    public TransportClient connect(String host, int tcpPort, int udpPort, Duration timeout) throws IOException {
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive, was " + timeout);
        }
        LocalServer server;
        synchronized (this) {
            server = servers.get(tcpPort);
        }
        if (server == null || server.udpPort() != udpPort) {
            throw new TransportException(DisconnectReason.of(DisconnectReason.Cause.UNREACHABLE,
                    "no LocalTransport server on port " + tcpPort + "/" + udpPort));
        }
        return server.accept();
    }

    @Override
    public MessageRegistry registry() {
        return registry;
    }

    @Override
    public int maxReliableMessageBytes() {
        return maxReliableMessageBytes;
    }

    Clock clock() {
        return clock;
    }

    /** A receiver's copy of {@code message}, after checking registration and the channel's size limit. */
    Object copyForSend(Object message, Channel channel) {
        Objects.requireNonNull(channel, "channel");
        int limit = channel == Channel.UNRELIABLE ? MAX_UNRELIABLE_MESSAGE_BYTES : maxReliableMessageBytes;
        return copier.copy(message, limit, channel);
    }

    synchronized void unbind(LocalServer server) {
        servers.remove(server.tcpPort(), server);
    }

    private static void checkPort(String name, int port) {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException(name + " must be 0..65535, was " + port);
        }
    }
}

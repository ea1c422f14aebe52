package dev.javelin.net;

import dev.javelin.engine.transport.MessageRegistry;
import dev.javelin.engine.transport.Transport;
import dev.javelin.engine.transport.TransportClient;
import dev.javelin.engine.transport.TransportServer;

import java.io.IOException;
import java.time.Duration;
import java.util.Objects;

/**
 * {@link Transport} over KryoNet 2.22: reliable messages over TCP, unreliable ones over UDP, every message
 * encoded by Kryo 5 with the ids of the {@link MessageRegistry} (records included).
 *
 * <p>What it adds to KryoNet: a handshake (magic, protocol version, registry fingerprint) that refuses strays
 * and old clients with a clear reason; bounded decoders that treat bytes as hostile; datagrams that carry the
 * client's connection id and a secret token, routed in O(1) on a server-owned UDP channel; pings for round trip
 * and the server clock; a timeout with a reason; goodbyes with reasons; size checks before anything reaches a
 * socket, so an oversized message is an {@link IllegalArgumentException} and the connection stays up.
 *
 * <p>Threads: each server runs two daemon threads (TCP and UDP), each client one; none ever calls game code —
 * they queue events for {@code poll} on the simulation thread. {@code close()} stops and joins them.
 * Logging: everything goes to SLF4J. Javelin's own lines to the logger {@code dev.javelin.net}; KryoNet's (minlog:
 * connects and disconnects at INFO, a line for each connection that sent undecodable bytes at ERROR) to
 * {@code com.esotericsoftware.kryonet}, at most 10 lines a second, from the moment this class is first used
 * (see {@link #limitKryoNetLog()}).
 *
 * <p>Thread-safe; one instance can open any number of servers and clients.
 */
public final class KryoNetTransport implements Transport {

    static {
        KryoNetLog.install();
    }

    private final WireFormat format;
    private final KryoNetOptions options;
    private final int protocolVersion;

    /** A transport with {@link KryoNetOptions#defaults()}. */
    public KryoNetTransport(MessageRegistry registry) {
        this(registry, KryoNetOptions.defaults());
    }

    /**
     * @param registry the message classes, the same on both ends, never null
     * @param options  sizes, liveness periods and clock, never null
     * @throws IllegalArgumentException if a registered class cannot be serialized (a record whose canonical
     *                                  constructor cannot be reached, say)
     */
    public KryoNetTransport(MessageRegistry registry, KryoNetOptions options) {
        this(registry, options, Wire.PROTOCOL_VERSION);
    }

    /** For tests that play an older client: the protocol version this transport claims. */
    KryoNetTransport(MessageRegistry registry, KryoNetOptions options, int protocolVersion) {
        this.options = Objects.requireNonNull(options, "options");
        this.format = new WireFormat(Objects.requireNonNull(registry, "registry"), options.maxReliableMessageBytes());
        this.protocolVersion = protocolVersion;
    }

    @Override
    public TransportServer bind(String host, int tcpPort, int udpPort) throws IOException {
        return KryoNetServer.open(format, options, protocolVersion, host, tcpPort, udpPort);
    }

    /**
     * Connects to the server at {@code host:tcpPort}. With {@code udpPort} 0 the client first asks the server
     * for its UDP port over TCP (see {@link UdpPortProbe}: one more round trip), so {@code host:port} suffices.
     */
    @Override
    public TransportClient connect(String host, int tcpPort, int udpPort, Duration timeout) throws IOException {
        return KryoNetClient.connect(format, options, protocolVersion, host, tcpPort,
                udpPortOf(host, tcpPort, udpPort, timeout), timeout, null);
    }

    private int udpPortOf(String host, int tcpPort, int udpPort, Duration timeout) throws IOException {
        return udpPort != 0 ? udpPort
                : UdpPortProbe.ask(format, options, protocolVersion, host, tcpPort, timeout);
    }

    /**
     * Connects like {@link #connect(String, int, int, Duration)}, but the client has no thread of its own: the
     * group's thread drives it (for processes that run many clients). Blocks until connected or failed.
     */
    public TransportClient connect(String host, int tcpPort, int udpPort, Duration timeout, KryoNetClientGroup group)
            throws IOException {
        return KryoNetClient.connect(format, options, protocolVersion, host, tcpPort,
                udpPortOf(host, tcpPort, udpPort, timeout), timeout, Objects.requireNonNull(group, "group"));
    }

    @Override
    public MessageRegistry registry() {
        return format.registry();
    }

    @Override
    public int maxReliableMessageBytes() {
        return options.maxReliableMessageBytes();
    }

    /**
     * Routes KryoNet's own log through a rate limit: at most 10 lines a second go to the SLF4J logger
     * "com.esotericsoftware.kryonet", exceptions as one line, and the rest are counted in a summary line; minlog's
     * level follows that logger's. KryoNet logs through minlog, one setting for the whole JVM, and by itself
     * prints every connect and disconnect and a stack trace for every connection that sent bytes it could not
     * read: a port scanner would decide how much a server writes to its log. Done when this class is first used;
     * call it again after changing the logger's level or after {@code com.esotericsoftware.minlog.Log.setLogger}
     * replaced it. Any thread.
     */
    public static void limitKryoNetLog() {
        KryoNetLog.install();
    }

    /** The options this transport was made with. */
    public KryoNetOptions options() {
        return options;
    }
}

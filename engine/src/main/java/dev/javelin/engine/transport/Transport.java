package dev.javelin.engine.transport;

import java.io.IOException;
import java.time.Duration;

/**
 * Opens the two ends of a game connection: a {@link TransportServer} that many clients connect to, and
 * {@link TransportClient}s. Messages are plain objects (records allowed) of classes in the
 * {@link MessageRegistry} both sides were built with; they travel on a {@link Channel}.
 *
 * <p>Implementations: {@code KryoNetTransport} (module net: TCP for reliable, UDP for unreliable),
 * {@link LocalTransport} (in memory, for host mode and tests) and {@link ConditionedTransport} (wraps either and
 * adds latency, jitter, loss, duplication and reordering).
 *
 * <p>Threads: the threads of a transport never call game code. Each endpoint queues its events
 * (connected, message, disconnected) and the simulation thread drains them by calling {@code poll} at the
 * start of a step; see {@link TransportListener}. {@code bind}, {@code connect} and every {@code send} may be
 * called from any thread; {@code connect} blocks.
 *
 * <p>Messages: {@code send} takes what it needs from the message before it returns, so the caller may reuse
 * the message object and the arrays inside it at once. A received message belongs to the receiver.
 */
public interface Transport {

    /** The largest snapshot payload (codec bytes) the unreliable channel is guaranteed to carry in one message. */
    int MAX_UNRELIABLE_PAYLOAD_BYTES = 1200;

    /**
     * The largest message, serialized, that the unreliable channel carries: the payload plus 64 bytes for the
     * message's other fields, its class id and the transport's framing. A datagram of this size plus IP and UDP
     * headers stays well under a 1500-byte MTU.
     */
    int MAX_UNRELIABLE_MESSAGE_BYTES = MAX_UNRELIABLE_PAYLOAD_BYTES + 64;

    /** The default for {@link #maxReliableMessageBytes()}. */
    int DEFAULT_MAX_RELIABLE_MESSAGE_BYTES = 16 * 1024;

    /**
     * Opens a server.
     *
     * @param host    the local address to listen on ("127.0.0.1" for loopback only, "0.0.0.0" or null for
     *                every interface); {@link LocalTransport} ignores it
     * @param tcpPort port for reliable traffic; 0 picks a free one, see {@link TransportServer#tcpPort()}
     * @param udpPort port for unreliable traffic; 0 picks a free one, see {@link TransportServer#udpPort()}
     * @throws IOException if the ports cannot be opened (in use, no permission)
     */
    TransportServer bind(String host, int tcpPort, int udpPort) throws IOException;

    /**
     * Connects to a server and completes the handshake; blocks until connected or {@code timeout} has passed.
     * The client's event queue then starts with {@link TransportListener#connected}. Do not call it on a thread
     * the transport itself runs (a listener is never called on one, so this only matters to implementers).
     *
     * @param host    the server's address, never null
     * @param tcpPort the server's reliable port
     * @param udpPort the server's unreliable port
     * @param timeout how long to wait for the whole handshake, positive
     * @throws TransportException if no server answers in time, or it rejects this client (its
     *                            {@link TransportException#reason()} says why: version mismatch, timeout, ...)
     * @throws IOException        for other I/O failures
     */
    TransportClient connect(String host, int tcpPort, int udpPort, Duration timeout) throws IOException;

    /** The message classes and their ids; the same on every endpoint of this transport. */
    MessageRegistry registry();

    /** The largest message, serialized, the reliable channel carries; larger ones are refused by {@code send}. */
    int maxReliableMessageBytes();
}

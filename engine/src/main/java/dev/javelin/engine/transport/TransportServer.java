package dev.javelin.engine.transport;

/**
 * The server end: accepts clients and exchanges messages with them. Each client gets a connection id,
 * positive and never reused by this server.
 *
 * <p>Threads: {@link #poll} belongs to one thread, the simulation thread, which drains the events that the
 * transport's own threads queued; listeners run there and only there. Everything else may be called from any
 * thread.
 *
 * <p>Sending: a send to a connection that is not open (never was, or already ended, perhaps before its
 * {@code disconnected} event was polled) does nothing and returns false: that race is normal. A message
 * whose class is not registered, or which is too large for its channel, is a programming error: it throws
 * {@link IllegalArgumentException} naming the class and the sizes, and the connection stays up.
 */
public interface TransportServer extends AutoCloseable {

    /** The reliable (TCP) port actually bound; with {@code bind(.., 0, ..)} the port the system picked. */
    int tcpPort();

    /** The unreliable (UDP) port actually bound. */
    int udpPort();

    /**
     * Sends {@code message} to one connection.
     *
     * @return true if the connection is open and the message was handed to the transport (an unreliable one may
     *         still be lost anywhere, even in a full local socket buffer), false if the connection is not open
     * @throws IllegalArgumentException if the message's class (or a class inside it) is not registered, or the
     *                                  message is larger than the channel allows
     */
    boolean send(int connectionId, Object message, Channel channel);

    /**
     * Sends the same {@code message} to {@code count} connections listed first in {@code connectionIds},
     * serializing it once. Connections that are not open are skipped.
     *
     * @return how many connections it was handed to
     * @throws IllegalArgumentException as {@link #send(int, Object, Channel)}, or if {@code count} is out of range
     */
    int send(int[] connectionIds, int count, Object message, Channel channel);

    /** Sends {@code message} to every open connection, serializing it once; returns how many. */
    int sendToAll(Object message, Channel channel);

    /**
     * Ends a connection on purpose: the client sees {@link DisconnectReason.Cause#KICKED} with {@code reason}
     * as its detail; this server's own queue gets {@code disconnected} with
     * {@link DisconnectReason.Cause#CLOSED_LOCALLY}. Does nothing if the connection is not open.
     *
     * @param reason a text for the client (may be null for none)
     */
    void disconnect(int connectionId, String reason);

    /** Number of open connections (handshake done, not yet ended). */
    int connectionCount();

    /**
     * The smoothed round-trip time to a connection in nanoseconds, measured by pings the transport sends on
     * its own; 0 before the first measurement or in memory, -1 if the connection is not open.
     */
    long rttNanos(int connectionId);

    /**
     * Bytes received from clients so far, framing included (every datagram and stream frame that arrived, stray
     * ones too). Any thread.
     *
     * @return the byte count, or -1 if this transport does not count them (the default)
     */
    default long bytesReceived() {
        return -1;
    }

    /**
     * Delivers every queued event to {@code listener}, in order, on the calling thread; returns how many.
     * Call it from the simulation thread at the start of each step; never from inside a listener.
     */
    int poll(TransportListener listener);

    /**
     * Closes every connection (clients see {@link DisconnectReason.Cause#SERVER_SHUTDOWN}), frees the ports and
     * stops every thread this server started before returning. Events not yet polled are dropped. Idempotent.
     */
    @Override
    void close();

    /**
     * As {@link #close()}, telling every client {@code reason} (a short line, such as why the server is failing)
     * where the transport can carry one; the default ignores it. Any thread, including a dying one.
     */
    default void close(String reason) {
        close();
    }
}

package dev.javelin.engine.transport;

/**
 * The client end of one connection, open from the moment {@link Transport#connect} returns.
 *
 * <p>Threads: {@link #poll} belongs to one thread, the simulation thread; listeners run there and only
 * there. Everything else may be called from any thread.
 *
 * <p>Sending follows the same rules as {@link TransportServer}: false if the connection is no longer open,
 * {@link IllegalArgumentException} for an unregistered class or a message too large for its channel.
 */
public interface TransportClient extends AutoCloseable {

    /** The id the server gave this connection (positive), the same number the server's events carry. */
    int connectionId();

    /** True until the connection ends (the {@code disconnected} event may not have been polled yet). */
    boolean isConnected();

    /**
     * Sends {@code message} to the server.
     *
     * @return true if the connection is open and the message was handed to the transport (an unreliable one may
     *         still be lost anywhere), false if the connection is not open
     * @throws IllegalArgumentException if the class is not registered or the message too large for the channel
     */
    boolean send(Object message, Channel channel);

    /**
     * Ends the connection: the server sees {@link DisconnectReason.Cause#CLOSED_BY_PEER} with {@code reason};
     * this client's queue gets {@code disconnected} with {@link DisconnectReason.Cause#CLOSED_LOCALLY}. Does not
     * block; does nothing if already ended.
     *
     * @param reason a text for the server (may be null for none)
     */
    void disconnect(String reason);

    /** The smoothed round-trip time to the server in nanoseconds; 0 before the first measurement or in memory. */
    long rttNanos();

    /**
     * This client's estimate of the server transport's clock now, in nanoseconds of the server's time base
     * ({@code Clock.nanoTime()} there). Built from pings that carry the server's clock, taking the sample
     * with the lowest round trip of a recent window, so it is accurate to about half the best recent round trip.
     * It can step by that much (forward or back) when a better sample arrives; callers that need a smooth
     * clock should smooth it. Valid from the moment {@code connect} returns.
     */
    long serverTimeNanos();

    /**
     * Delivers every queued event to {@code listener}, in order, on the calling thread; returns how many.
     * Call it from the simulation thread at the start of each step; never from inside a listener.
     */
    int poll(TransportListener listener);

    /**
     * Disconnects if still connected and stops every thread this client started before returning. Events
     * not yet polled are dropped. Idempotent.
     */
    @Override
    void close();
}

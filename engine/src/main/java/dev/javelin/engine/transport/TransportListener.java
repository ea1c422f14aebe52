package dev.javelin.engine.transport;

/**
 * Receives transport events when the owner of an endpoint drains its queue with
 * {@link TransportServer#poll} or {@link TransportClient#poll}.
 *
 * <p>Threads: only ever called on the thread that calls {@code poll} (the simulation thread, at the start of a
 * step). Transport threads never call it; they only queue events. A listener may send, disconnect or close
 * from inside a callback; it must not call {@code poll} again from inside one.
 *
 * <p>Order: for one connection, {@code connected} comes first, then its messages, then {@code disconnected}
 * last. Reliable messages arrive in the order they were sent; unreliable ones in arrival order.
 */
public interface TransportListener {

    /**
     * A connection finished its handshake. On a server {@code connectionId} is the new connection; on a
     * client it is the id the server gave this client.
     */
    void connected(int connectionId);

    /**
     * A message arrived. {@code message} is a freshly decoded (or, in memory, copied) instance of a class in
     * the {@link MessageRegistry}, never null; the listener may keep it. {@code channel} is the channel it was
     * sent on.
     */
    void message(int connectionId, Object message, Channel channel);

    /**
     * The connection ended; no more events follow for {@code connectionId}. {@code reason} is never null.
     */
    void disconnected(int connectionId, DisconnectReason reason);
}

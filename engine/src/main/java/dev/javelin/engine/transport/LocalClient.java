package dev.javelin.engine.transport;

import java.util.Objects;

/** The client end of a {@link LocalTransport} connection; its state changes under the server's lock. */
final class LocalClient implements TransportClient {

    private final LocalTransport transport;
    private final LocalServer server;
    private final int connectionId;
    private final TransportEventQueue events = new TransportEventQueue(LocalTransport.MAX_QUEUED_UNRELIABLE);
    private volatile boolean open = true;

    LocalClient(LocalTransport transport, LocalServer server, int connectionId) {
        this.transport = transport;
        this.server = server;
        this.connectionId = connectionId;
    }

    TransportEventQueue events() {
        return events;
    }

    void markClosed() {
        open = false;
    }

    @Override
    public int connectionId() {
        return connectionId;
    }

    @Override
    public boolean isConnected() {
        return open;
    }

    @Override
    public boolean send(Object message, Channel channel) {
        Object copy = transport.copyForSend(message, channel);
        return server.deliver(this, copy, channel);
    }

    @Override
    public void disconnect(String reason) {
        server.leave(this, reason);
    }

    @Override
    public long rttNanos() {
        return 0L;
    }

    @Override
    public long serverTimeNanos() {
        return transport.clock().nanoTime();
    }

    @Override
    public int poll(TransportListener listener) {
        return events.drain(Objects.requireNonNull(listener, "listener"));
    }

    @Override
    public void close() {
        server.leave(this, "client closed");
        events.clear();
    }

    @Override
    public String toString() {
        return "LocalClient[" + connectionId + " -> " + server + "]";
    }
}

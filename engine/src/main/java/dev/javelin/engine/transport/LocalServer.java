package dev.javelin.engine.transport;

import dev.javelin.engine.transport.DisconnectReason.Cause;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The server end of a {@link LocalTransport}. Every change of a connection's state and every delivery
 * happens under this object's lock, so a message can never be queued behind its connection's
 * {@code disconnected} event.
 */
final class LocalServer implements TransportServer {

    private final LocalTransport transport;
    private final int tcpPort;
    private final int udpPort;
    private final TransportEventQueue events = new TransportEventQueue(LocalTransport.MAX_QUEUED_UNRELIABLE);
    private final Map<Integer, LocalClient> open = new LinkedHashMap<>();
    private int nextConnectionId = 1;
    private boolean closed;

    LocalServer(LocalTransport transport, int tcpPort, int udpPort) {
        this.transport = transport;
        this.tcpPort = tcpPort;
        this.udpPort = udpPort;
    }

    synchronized LocalClient accept() throws TransportException {
        if (closed) {
            throw new TransportException(DisconnectReason.of(Cause.UNREACHABLE, "the LocalTransport server closed"));
        }
        int id = nextConnectionId++;
        LocalClient client = new LocalClient(transport, this, id);
        open.put(id, client);
        events.addConnected(id);
        client.events().addConnected(id);
        return client;
    }

    @Override
    public int tcpPort() {
        return tcpPort;
    }

    @Override
    public int udpPort() {
        return udpPort;
    }

    @Override
    public boolean send(int connectionId, Object message, Channel channel) {
        Object copy = transport.copyForSend(message, channel);
        synchronized (this) {
            LocalClient client = open.get(connectionId);
            if (client == null) {
                return false;
            }
            client.events().addMessage(connectionId, copy, channel);
            return true;
        }
    }

    @Override
    public int send(int[] connectionIds, int count, Object message, Channel channel) {
        Objects.requireNonNull(connectionIds, "connectionIds");
        if (count < 0 || count > connectionIds.length) {
            throw new IllegalArgumentException("count must be 0.." + connectionIds.length + ", was " + count);
        }
        transport.copyForSend(message, channel);
        int sent = 0;
        for (int i = 0; i < count; i++) {
            if (send(connectionIds[i], message, channel)) {
                sent++;
            }
        }
        return sent;
    }

    @Override
    public int sendToAll(Object message, Channel channel) {
        transport.copyForSend(message, channel);
        List<Integer> ids;
        synchronized (this) {
            ids = new ArrayList<>(open.keySet());
        }
        int sent = 0;
        for (int id : ids) {
            if (send(id, message, channel)) {
                sent++;
            }
        }
        return sent;
    }

    @Override
    public synchronized void disconnect(int connectionId, String reason) {
        LocalClient client = open.remove(connectionId);
        if (client != null) {
            client.markClosed();
            client.events().addDisconnected(connectionId, DisconnectReason.of(Cause.KICKED, reason));
            events.addDisconnected(connectionId, DisconnectReason.of(Cause.CLOSED_LOCALLY, reason));
        }
    }

    /** The client said goodbye. */
    synchronized void leave(LocalClient client, String reason) {
        if (open.remove(client.connectionId()) != null) {
            client.markClosed();
            events.addDisconnected(client.connectionId(), DisconnectReason.of(Cause.CLOSED_BY_PEER, reason));
            client.events().addDisconnected(client.connectionId(), DisconnectReason.of(Cause.CLOSED_LOCALLY, reason));
        }
    }

    /** A message from {@code client}; false if it is no longer open. */
    synchronized boolean deliver(LocalClient client, Object copy, Channel channel) {
        if (!client.isConnected()) {
            return false;
        }
        events.addMessage(client.connectionId(), copy, channel);
        return true;
    }

    @Override
    public synchronized int connectionCount() {
        return open.size();
    }

    @Override
    public synchronized long rttNanos(int connectionId) {
        return open.containsKey(connectionId) ? 0L : -1L;
    }

    @Override
    public int poll(TransportListener listener) {
        return events.drain(Objects.requireNonNull(listener, "listener"));
    }

    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            for (LocalClient client : open.values()) {
                client.markClosed();
                client.events().addDisconnected(client.connectionId(),
                        DisconnectReason.of(Cause.SERVER_SHUTDOWN, "server closed"));
            }
            open.clear();
            events.clear();
        }
        transport.unbind(this);
    }

    @Override
    public String toString() {
        return "LocalServer[" + tcpPort + "/" + udpPort + "]";
    }
}

package dev.javelin.engine.transport;

import java.util.Objects;

/**
 * One server endpoint made of two: a listen server's local player over a {@link LocalTransport} and remote
 * players over the network, served by one {@code ServerEngine} at once. Connection ids are kept apart by
 * doubling: the first endpoint's connection {@code n} is {@code 2n}, the second's {@code 2n + 1}, so each id
 * the engine sees names one connection of one endpoint. The ports reported are the second (network)
 * endpoint's: those are the ones remote players connect to.
 *
 * <p>Threads: as {@link TransportServer}: {@link #poll} on the simulation thread, the rest from any thread.
 */
public final class PairedServer implements TransportServer {

    private final TransportServer first;
    private final TransportServer second;
    private final Relabel fromFirst = new Relabel(0);
    private final Relabel fromSecond = new Relabel(1);
    private int[] firstIds = new int[16];
    private int[] secondIds = new int[16];

    /**
     * @param first  usually the in-memory endpoint of the local player, never null
     * @param second usually the network endpoint of remote players, never null; its ports are this server's
     */
    public PairedServer(TransportServer first, TransportServer second) {
        this.first = Objects.requireNonNull(first, "first");
        this.second = Objects.requireNonNull(second, "second");
    }

    /** The first endpoint (e.g. the local one, for its clients to connect to). */
    public TransportServer first() {
        return first;
    }

    /** The second endpoint (e.g. the network one). */
    public TransportServer second() {
        return second;
    }

    private TransportServer of(int connectionId) {
        return (connectionId & 1) == 0 ? first : second;
    }

    @Override
    public int tcpPort() {
        return second.tcpPort();
    }

    @Override
    public int udpPort() {
        return second.udpPort();
    }

    @Override
    public boolean send(int connectionId, Object message, Channel channel) {
        return connectionId > 0 && of(connectionId).send(connectionId >>> 1, message, channel);
    }

    @Override
    public synchronized int send(int[] connectionIds, int count, Object message, Channel channel) {
        int a = 0;
        int b = 0;
        if (firstIds.length < count) {
            firstIds = new int[count];
            secondIds = new int[count];
        }
        for (int i = 0; i < count; i++) {
            int id = connectionIds[i];
            if ((id & 1) == 0) {
                firstIds[a++] = id >>> 1;
            } else {
                secondIds[b++] = id >>> 1;
            }
        }
        return (a > 0 ? first.send(firstIds, a, message, channel) : 0)
                + (b > 0 ? second.send(secondIds, b, message, channel) : 0);
    }

    @Override
    public int sendToAll(Object message, Channel channel) {
        return first.sendToAll(message, channel) + second.sendToAll(message, channel);
    }

    @Override
    public void disconnect(int connectionId, String reason) {
        if (connectionId > 0) {
            of(connectionId).disconnect(connectionId >>> 1, reason);
        }
    }

    @Override
    public int connectionCount() {
        return first.connectionCount() + second.connectionCount();
    }

    @Override
    public long rttNanos(int connectionId) {
        return connectionId > 0 ? of(connectionId).rttNanos(connectionId >>> 1) : 0;
    }

    @Override
    public int poll(TransportListener listener) {
        fromFirst.target = listener;
        fromSecond.target = listener;
        return first.poll(fromFirst) + second.poll(fromSecond);
    }

    @Override
    public void close() {
        try {
            first.close();
        } finally {
            second.close();
        }
    }

    /** Hands an endpoint's events on with its connection ids doubled (plus {@code tag}). */
    private static final class Relabel implements TransportListener {
        private final int tag;
        TransportListener target;

        Relabel(int tag) {
            this.tag = tag;
        }

        @Override
        public void connected(int connectionId) {
            target.connected(connectionId << 1 | tag);
        }

        @Override
        public void message(int connectionId, Object message, Channel channel) {
            target.message(connectionId << 1 | tag, message, channel);
        }

        @Override
        public void disconnected(int connectionId, DisconnectReason reason) {
            target.disconnected(connectionId << 1 | tag, reason);
        }
    }
}

package dev.javelin.engine.transport;

import dev.javelin.engine.loop.Clock;

import java.util.Objects;

/** A server opened by {@link ConditionedTransport}: sends pass through; received events go through a delay line. */
final class ConditionedServer implements TransportServer {

    private final TransportServer inner;
    private final DelayLine line;
    private final Clock clock;
    private final long addedRttNanos;
    private boolean polling;

    ConditionedServer(TransportServer inner, DelayLine line, Clock clock, long addedRttNanos) {
        this.inner = inner;
        this.line = line;
        this.clock = clock;
        this.addedRttNanos = addedRttNanos;
    }

    @Override
    public int tcpPort() {
        return inner.tcpPort();
    }

    @Override
    public int udpPort() {
        return inner.udpPort();
    }

    @Override
    public boolean send(int connectionId, Object message, Channel channel) {
        return inner.send(connectionId, message, channel);
    }

    @Override
    public int send(int[] connectionIds, int count, Object message, Channel channel) {
        return inner.send(connectionIds, count, message, channel);
    }

    @Override
    public int sendToAll(Object message, Channel channel) {
        return inner.sendToAll(message, channel);
    }

    @Override
    public void disconnect(int connectionId, String reason) {
        inner.disconnect(connectionId, reason);
    }

    @Override
    public int connectionCount() {
        return inner.connectionCount();
    }

    @Override
    public long rttNanos(int connectionId) {
        long rtt = inner.rttNanos(connectionId);
        return rtt < 0 ? rtt : rtt + addedRttNanos;
    }

    @Override
    public int poll(TransportListener listener) {
        Objects.requireNonNull(listener, "listener");
        if (polling) {
            throw new IllegalStateException("poll called again from inside a TransportListener");
        }
        polling = true;
        try {
            long now = clock.nanoTime();
            line.arriveAt(now);
            inner.poll(line);
            return line.release(now, listener);
        } finally {
            polling = false;
        }
    }

    /** Unreliable messages this server's delay line dropped on purpose. */
    long dropped() {
        return line.dropped();
    }

    @Override
    public void close() {
        inner.close();
        line.clear();
    }

    @Override
    public String toString() {
        return "Conditioned" + inner;
    }
}

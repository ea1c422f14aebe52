package dev.javelin.engine.transport;

import dev.javelin.engine.loop.Clock;

import java.util.Objects;

/** A client opened by {@link ConditionedTransport}: sends pass through; received events go through a delay line. */
final class ConditionedClient implements TransportClient {

    private final TransportClient inner;
    private final DelayLine line;
    private final Clock clock;
    private final long addedRttNanos;
    private boolean polling;

    ConditionedClient(TransportClient inner, DelayLine line, Clock clock, long addedRttNanos) {
        this.inner = inner;
        this.line = line;
        this.clock = clock;
        this.addedRttNanos = addedRttNanos;
    }

    @Override
    public int connectionId() {
        return inner.connectionId();
    }

    @Override
    public boolean isConnected() {
        return inner.isConnected();
    }

    @Override
    public boolean send(Object message, Channel channel) {
        return inner.send(message, channel);
    }

    @Override
    public void disconnect(String reason) {
        inner.disconnect(reason);
    }

    @Override
    public long rttNanos() {
        return inner.rttNanos() + addedRttNanos;
    }

    @Override
    public long serverTimeNanos() {
        return inner.serverTimeNanos();
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

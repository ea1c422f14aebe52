package dev.javelin.engine.transport;

import dev.javelin.engine.util.GameRandom;

import java.util.HashMap;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * The inbound half of {@link ConditionedTransport} for one endpoint: it takes the events the wrapped endpoint
 * delivers (as a {@link TransportListener}), decides each one's fate and release time from the seeded random
 * source, and hands them on when {@link #release} finds their time has come.
 *
 * <p>Rules: {@code connected} is released at once, so nothing of a connection can come before it; reliable
 * messages and {@code disconnected} are delayed but released in arrival order per connection (a release
 * time never precedes the previous one's); unreliable messages may be dropped, duplicated and reordered, and
 * those still waiting when their connection's {@code disconnected} is released are discarded.
 *
 * <p>Threads: the polling thread only.
 */
final class DelayLine implements TransportListener {

    private static final int CONNECTED = 0;
    private static final int MESSAGE = 1;
    private static final int DISCONNECTED = 2;

    private final NetworkConditions conditions;
    private final GameRandom random;
    private final PriorityQueue<Pending> pending = new PriorityQueue<>();
    private final Map<Integer, Long> lastOrderedRelease = new HashMap<>();
    private long sequence;
    private long now;
    private long dropped;
    private long duplicated;

    DelayLine(NetworkConditions conditions, long seed) {
        this.conditions = conditions;
        this.random = new GameRandom(seed);
    }

    /** Sets the time that the events captured next arrive at. */
    void arriveAt(long nanos) {
        now = nanos;
    }

    @Override
    public void connected(int connectionId) {
        schedule(now, CONNECTED, connectionId, null, null);
        lastOrderedRelease.put(connectionId, now);
    }

    @Override
    public void message(int connectionId, Object message, Channel channel) {
        if (channel == Channel.RELIABLE) {
            scheduleOrdered(MESSAGE, connectionId, message, channel);
            return;
        }
        if (chance(conditions.loss())) {
            dropped++;
            return;
        }
        long hold = chance(conditions.reorder()) ? conditions.reorderHoldNanos() : 0;
        schedule(now + delay() + hold, MESSAGE, connectionId, message, channel);
        if (chance(conditions.duplication())) {
            duplicated++;
            schedule(now + delay(), MESSAGE, connectionId, message, channel);
        }
    }

    @Override
    public void disconnected(int connectionId, DisconnectReason reason) {
        scheduleOrdered(DISCONNECTED, connectionId, reason, null);
        lastOrderedRelease.remove(connectionId);
    }

    /** Hands every event due by {@code nowNanos} to {@code out}, in release order; returns how many. */
    int release(long nowNanos, TransportListener out) {
        int delivered = 0;
        while (!pending.isEmpty() && pending.peek().due <= nowNanos) {
            Pending p = pending.poll();
            delivered++;
            switch (p.kind) {
                case CONNECTED -> out.connected(p.connectionId);
                case MESSAGE -> out.message(p.connectionId, p.payload, p.channel);
                default -> {
                    pending.removeIf(q -> q.connectionId == p.connectionId);
                    out.disconnected(p.connectionId, (DisconnectReason) p.payload);
                }
            }
        }
        return delivered;
    }

    /** Unreliable messages dropped so far. */
    long dropped() {
        return dropped;
    }

    /** Unreliable messages duplicated so far. */
    long duplicated() {
        return duplicated;
    }

    /** Forgets everything waiting. */
    void clear() {
        pending.clear();
        lastOrderedRelease.clear();
    }

    private void scheduleOrdered(int kind, int connectionId, Object payload, Channel channel) {
        long due = now + delay();
        Long previous = lastOrderedRelease.get(connectionId);
        if (previous != null && previous > due) {
            due = previous;
        }
        lastOrderedRelease.put(connectionId, due);
        schedule(due, kind, connectionId, payload, channel);
    }

    private void schedule(long due, int kind, int connectionId, Object payload, Channel channel) {
        pending.add(new Pending(due, sequence++, kind, connectionId, payload, channel));
    }

    private long delay() {
        long jitter = conditions.jitterNanos();
        long d = conditions.latencyNanos();
        if (jitter > 0) {
            d += (long) ((uniform() * 2.0 - 1.0) * jitter);
        }
        return Math.max(0L, d);
    }

    private boolean chance(double probability) {
        return probability > 0.0 && uniform() < probability;
    }

    private double uniform() {
        return (random.nextLong() >>> 11) * 0x1.0p-53;
    }

    private record Pending(long due, long seq, int kind, int connectionId, Object payload, Channel channel)
            implements Comparable<Pending> {
        @Override
        public int compareTo(Pending o) {
            int c = Long.compare(due, o.due);
            return c != 0 ? c : Long.compare(seq, o.seq);
        }
    }
}

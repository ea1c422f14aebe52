package dev.javelin.engine.transport;

import java.util.Arrays;

/**
 * The queue between a transport's own threads and the simulation thread, for implementers of
 * {@link Transport}: network threads append events, the simulation thread drains them into a
 * {@link TransportListener}. Events come out in the order they went in.
 *
 * <p>Two buffers are swapped under a lock, so appending and draining allocate nothing once the buffers have
 * grown to the peak number of events between two drains. Unreliable messages beyond
 * {@code maxQueuedUnreliable} waiting events are dropped (and counted), so a flood cannot exhaust memory while
 * the simulation thread is busy; reliable messages and connection events are never dropped.
 *
 * <p>Threads: the {@code add*} methods from any thread; {@link #drain} from one thread at a time and not from
 * inside its own listener.
 */
public final class TransportEventQueue {

    private static final byte CONNECTED = 1;
    private static final byte MESSAGE = 2;
    private static final byte DISCONNECTED = 3;

    private final int maxQueuedUnreliable;
    private final Object lock = new Object();
    private Buffer filling = new Buffer();
    private Buffer draining = new Buffer();
    private int queuedUnreliable;
    private long droppedUnreliable;
    private boolean drainingNow;

    /** @param maxQueuedUnreliable unreliable messages that may wait before more are dropped; positive */
    public TransportEventQueue(int maxQueuedUnreliable) {
        if (maxQueuedUnreliable <= 0) {
            throw new IllegalArgumentException("maxQueuedUnreliable must be positive, was " + maxQueuedUnreliable);
        }
        this.maxQueuedUnreliable = maxQueuedUnreliable;
    }

    /** Queues {@link TransportListener#connected}. */
    public void addConnected(int connectionId) {
        synchronized (lock) {
            filling.add(CONNECTED, connectionId, null, null);
        }
    }

    /**
     * Queues {@link TransportListener#message}; returns false if an unreliable message was dropped because
     * the queue holds too many.
     */
    public boolean addMessage(int connectionId, Object message, Channel channel) {
        synchronized (lock) {
            if (channel == Channel.UNRELIABLE) {
                if (queuedUnreliable >= maxQueuedUnreliable) {
                    droppedUnreliable++;
                    return false;
                }
                queuedUnreliable++;
            }
            filling.add(MESSAGE, connectionId, message, channel);
            return true;
        }
    }

    /** Queues {@link TransportListener#disconnected}. */
    public void addDisconnected(int connectionId, DisconnectReason reason) {
        synchronized (lock) {
            filling.add(DISCONNECTED, connectionId, reason, null);
        }
    }

    /** Unreliable messages dropped so far because the queue was full. */
    public long droppedUnreliable() {
        synchronized (lock) {
            return droppedUnreliable;
        }
    }

    /** Events waiting to be drained. */
    public int size() {
        synchronized (lock) {
            return filling.size;
        }
    }

    /** Forgets every waiting event. */
    public void clear() {
        synchronized (lock) {
            filling.clear();
            queuedUnreliable = 0;
        }
    }

    /**
     * Delivers every event queued so far to {@code listener} on the calling thread and returns how many.
     * Events queued while it runs (by the listener itself, say) wait for the next drain.
     *
     * @throws IllegalStateException if called while a drain is in progress (from inside a listener)
     */
    public int drain(TransportListener listener) {
        Buffer batch;
        synchronized (lock) {
            if (drainingNow) {
                throw new IllegalStateException("poll/drain called again from inside a TransportListener");
            }
            if (filling.size == 0) {
                return 0;
            }
            drainingNow = true;
            batch = filling;
            filling = draining;
            draining = batch;
            queuedUnreliable = 0;
        }
        int i = 0;
        try {
            for (; i < batch.size; i++) {
                switch (batch.kinds[i]) {
                    case CONNECTED -> listener.connected(batch.ids[i]);
                    case MESSAGE -> listener.message(batch.ids[i], batch.objects[i], batch.channels[i]);
                    default -> listener.disconnected(batch.ids[i], (DisconnectReason) batch.objects[i]);
                }
            }
            return batch.size;
        } finally {
            synchronized (lock) {
                if (i < batch.size - 1) {
                    // The listener threw: the events after the failing one stay queued, ahead of newer ones.
                    Buffer rest = new Buffer();
                    for (int j = i + 1; j < batch.size; j++) {
                        rest.add(batch.kinds[j], batch.ids[j], batch.objects[j], batch.channels[j]);
                        if (batch.channels[j] == Channel.UNRELIABLE) {
                            queuedUnreliable++;
                        }
                    }
                    for (int j = 0; j < filling.size; j++) {
                        rest.add(filling.kinds[j], filling.ids[j], filling.objects[j], filling.channels[j]);
                    }
                    filling.clear();
                    Buffer emptied = filling;
                    filling = rest;
                    draining = emptied;
                }
                batch.clear();
                drainingNow = false;
            }
        }
    }

    /** Parallel arrays, grown by doubling. */
    private static final class Buffer {
        byte[] kinds = new byte[64];
        int[] ids = new int[64];
        Object[] objects = new Object[64];
        Channel[] channels = new Channel[64];
        int size;

        void add(byte kind, int id, Object object, Channel channel) {
            if (size == kinds.length) {
                int n = size * 2;
                kinds = Arrays.copyOf(kinds, n);
                ids = Arrays.copyOf(ids, n);
                objects = Arrays.copyOf(objects, n);
                channels = Arrays.copyOf(channels, n);
            }
            kinds[size] = kind;
            ids[size] = id;
            objects[size] = object;
            channels[size] = channel;
            size++;
        }

        void clear() {
            Arrays.fill(objects, 0, size, null);
            Arrays.fill(channels, 0, size, null);
            size = 0;
        }
    }
}

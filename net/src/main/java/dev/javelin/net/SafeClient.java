package dev.javelin.net;

import com.esotericsoftware.kryonet.Client;
import com.esotericsoftware.kryonet.Serialization;

import java.lang.reflect.Field;
import java.nio.channels.Selector;

/**
 * KryoNet's {@link Client} with one fix: {@code close()} from a thread other than the update thread is handed
 * to the update thread instead of run in place.
 *
 * <p>Why: {@code Client.close()} takes KryoNet's update lock and then selects, which needs the selected-key
 * set's monitor. If the update thread is iterating that set and a send there fails because the other thread
 * just closed the socket (a ping answer, a keep-alive), KryoNet calls {@code close()} from the update thread,
 * which waits for the update lock: each thread holds what the other needs, and both hang for good.
 *
 * <p>Deferral starts once {@link #deferForeignCloses()} is called (after {@code connect} returns, since
 * {@code connect} itself closes from the calling thread before it opens the sockets). The update loop calls
 * {@link #closeIfRequested()} after every {@code update}.
 */
final class SafeClient extends Client {

    private final Selector selector;
    private volatile Thread updateThread;
    private volatile boolean defer;
    private volatile boolean closeRequested;

    SafeClient(int writeBufferSize, int objectBufferSize, Serialization serialization) {
        super(writeBufferSize, objectBufferSize, serialization);
        this.selector = selectorOf(this);
    }

    /** KryoNet keeps its selector private; without it a deferred close waits for the select timeout instead. */
    private static Selector selectorOf(Client client) {
        try {
            Field f = Client.class.getDeclaredField("selector");
            f.setAccessible(true);
            return (Selector) f.get(client);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    /** Declares the calling thread the update thread. */
    void bindUpdateThread() {
        updateThread = Thread.currentThread();
    }

    void deferForeignCloses() {
        defer = true;
    }

    @Override
    public void close() {
        Thread t = updateThread;
        if (!defer || t == null || t == Thread.currentThread() || !t.isAlive()) {
            super.close();
            return;
        }
        closeRequested = true;
        if (selector != null) {
            selector.wakeup();
        }
    }

    /**
     * On the update thread, after {@code update} threw in the middle of its key loop: forgets the keys it did not
     * reach. KryoNet only walks the selected keys when a select reports new ones, and a key left in the set is
     * not reported again, so without this a ready TCP key (a goodbye, say) could wait indefinitely.
     */
    void forgetSelectedKeys() {
        if (selector != null && selector.isOpen()) {
            var keys = selector.selectedKeys();
            synchronized (keys) {
                keys.clear();
            }
        }
    }

    /** On the update thread: performs a close another thread asked for. */
    void closeIfRequested() {
        if (closeRequested) {
            closeRequested = false;
            super.close();
        }
    }
}

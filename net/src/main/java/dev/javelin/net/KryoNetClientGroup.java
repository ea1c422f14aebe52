package dev.javelin.net;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.SelectableChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * One thread that drives many KryoNet clients of one process: bots, load generators, a lobby of test clients.
 *
 * <p>Why: a plain {@link KryoNetTransport} client runs KryoNet's update loop on a thread of its own, so a thousand
 * clients are a thousand threads, each waking for every datagram and keep-alive; on a small machine they take
 * more CPU than the server they are meant to load. A group watches every client's sockets on one selector and
 * runs a client's (non-blocking) update only when one of its sockets has data, plus a sweep every
 * {@value #SWEEP_MILLIS} ms that sends pings and keep-alives, flushes delayed TCP writes and checks timeouts.
 * While a client connects, it is updated every millisecond, since KryoNet's registration needs its update loop.
 *
 * <p>Clients of a group behave exactly as other clients of the transport (same handshake, liveness, events);
 * only their threading differs. Threads: "javelin-net-client-group" runs every update; {@link #close()} stops
 * it after closing the clients still open.
 */
public final class KryoNetClientGroup implements AutoCloseable {

    static final int SWEEP_MILLIS = 20;

    private final Selector selector;
    private final Thread thread;
    private final ConcurrentLinkedQueue<KryoNetClient> added = new ConcurrentLinkedQueue<>();
    private final List<Member> members = new ArrayList<>();
    private final List<Member> connecting = new ArrayList<>();
    private final ThrottledLog log = new ThrottledLog();
    private volatile boolean running = true;
    private volatile int count;
    private long turn;

    /** A client of the group; pumped at most once per turn of the loop. */
    private static final class Member {
        final KryoNetClient client;
        long pumpedTurn = -1;

        Member(KryoNetClient client) {
            this.client = client;
        }
    }

    private KryoNetClientGroup() throws IOException {
        this.selector = Selector.open();
        this.thread = new Thread(this::run, "javelin-net-client-group");
        this.thread.setDaemon(true);
    }

    /** Starts a group and its thread. */
    public static KryoNetClientGroup start() throws IOException {
        KryoNetClientGroup group = new KryoNetClientGroup();
        group.thread.start();
        return group;
    }

    void add(KryoNetClient client) {
        if (!running) {
            throw new IllegalStateException("the client group is closed");
        }
        added.add(client);
        selector.wakeup();
    }

    void wakeup() {
        selector.wakeup();
    }

    boolean isGroupThread() {
        return Thread.currentThread() == thread;
    }

    boolean isRunning() {
        return running && thread.isAlive();
    }

    /** Clients the group drives now. Any thread; approximate while clients come and go. */
    public int size() {
        return count + added.size();
    }

    private void run() {
        long nextSweep = System.nanoTime();
        while (running) {
            KryoNetClient c;
            while ((c = added.poll()) != null) {
                c.bindToCurrentThread();
                Member m = new Member(c);
                members.add(m);
                connecting.add(m);
            }
            count = members.size();
            long wait = connecting.isEmpty() ? Math.max(1, (nextSweep - System.nanoTime()) / 1_000_000L) : 1;
            try {
                selector.select(wait);
            } catch (IOException e) {
                log.log(Level.ERROR, "client group select failed: " + e);
            }
            turn++;
            Set<SelectionKey> ready = selector.selectedKeys();
            for (SelectionKey key : ready) {
                pump((Member) key.attachment());
            }
            ready.clear();
            for (int i = connecting.size() - 1; i >= 0; i--) {
                Member m = connecting.get(i);
                pump(m);
                if (m.client.isStopped() || watch(m)) {
                    connecting.remove(i);
                }
            }
            long now = System.nanoTime();
            if (now - nextSweep >= 0) {
                nextSweep = now + SWEEP_MILLIS * 1_000_000L;
                for (int i = members.size() - 1; i >= 0; i--) {
                    Member m = members.get(i);
                    pump(m);
                    if (m.client.isStopped()) {
                        release(m);
                        members.remove(i);
                        connecting.remove(m);
                    }
                }
            }
        }
        for (Member m : members) {
            release(m);
        }
        members.clear();
        count = 0;
        try {
            selector.close();
        } catch (IOException e) {
            log.log(Level.WARNING, "closing the client group's selector failed: " + e);
        }
    }

    private void pump(Member m) {
        if (m.pumpedTurn == turn) {
            return;
        }
        m.pumpedTurn = turn;
        m.client.pumpNow();
    }

    /** Puts an open client's sockets on the selector; true once done (or never possible: it is closing). */
    private boolean watch(Member m) {
        if (!m.client.isOpen()) {
            return false;
        }
        for (SelectableChannel channel : m.client.channels()) {
            try {
                channel.register(selector, SelectionKey.OP_READ, m);
            } catch (ClosedChannelException e) {
                return true; // closing: the next sweep sees it stopped
            }
        }
        return true;
    }

    private void release(Member m) {
        for (SelectionKey key : selector.keys()) {
            if (key.attachment() == m) {
                key.cancel();
            }
        }
        m.client.dispose();
    }

    /**
     * Stops the thread and drops the clients still in the group without a goodbye (close clients first for a
     * clean leave). Idempotent; not from a transport listener.
     */
    @Override
    public void close() {
        if (!running) {
            return;
        }
        List<KryoNetClient> open = new ArrayList<>();
        KryoNetClient c;
        while ((c = added.poll()) != null) {
            open.add(c);
        }
        running = false;
        selector.wakeup();
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        for (KryoNetClient client : open) {
            client.dispose();
        }
        if (thread.isAlive()) {
            throw new IllegalStateException("thread " + thread.getName() + " did not stop within 10 s");
        }
    }
}

package dev.javelin.net;

import com.esotericsoftware.kryonet.Client;
import com.esotericsoftware.kryonet.Connection;
import com.esotericsoftware.kryonet.Serialization;

import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.lang.reflect.Field;
import java.net.SocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.channels.SelectableChannel;
import java.nio.channels.Selector;
import java.util.concurrent.atomic.LongAdder;

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
 *
 * <p>And a second: {@link #sendDatagram} sends a datagram without KryoNet's {@code sendUDP}, which closes the whole
 * connection when the socket reports an error (the client's link down for a moment, a firewall refusing one
 * packet). A datagram that cannot be sent is lost, like any other; TCP and the timeout decide liveness.
 */
final class SafeClient extends Client {

    private static final VarHandle EMPTY_SELECTS = emptySelects();

    private final Selector selector;
    private volatile Thread updateThread;
    private volatile boolean defer;
    private volatile boolean closeRequested;
    private volatile DatagramChannel udpChannel;
    private volatile SocketAddress udpAddress;
    private final LongAdder datagramSendFailures = new LongAdder();
    private volatile Exception lastSendFailure;

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

    /**
     * KryoNet sleeps up to 25 ms after 100 selects that found nothing, a guard against a JDK bug of old; a
     * {@link KryoNetClientGroup} runs many clients on one thread and must never sleep inside one of them.
     */
    private static VarHandle emptySelects() {
        try {
            return MethodHandles.privateLookupIn(Client.class, MethodHandles.lookup())
                    .findVarHandle(Client.class, "emptySelects", int.class);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    /** One non-blocking update, without KryoNet's sleep after many empty selects (see {@link #emptySelects()}). */
    void updateNow() throws IOException {
        if (EMPTY_SELECTS != null) {
            EMPTY_SELECTS.set(this, 0);
        }
        update(0);
    }

    /**
     * The connected TCP and UDP channels, so that a {@link KryoNetClientGroup} can watch them on a selector of its
     * own; empty if KryoNet's internals changed or the sockets are closed.
     */
    SelectableChannel[] channels() {
        try {
            Field tcpField = Connection.class.getDeclaredField("tcp");
            Field udpField = Connection.class.getDeclaredField("udp");
            tcpField.setAccessible(true);
            udpField.setAccessible(true);
            Object tcp = tcpField.get(this);
            Object udp = udpField.get(this);
            Field socket = tcp.getClass().getDeclaredField("socketChannel");
            Field datagram = udp.getClass().getDeclaredField("datagramChannel");
            socket.setAccessible(true);
            datagram.setAccessible(true);
            SelectableChannel a = (SelectableChannel) socket.get(tcp);
            SelectableChannel b = (SelectableChannel) datagram.get(udp);
            if (a == null || b == null) {
                return new SelectableChannel[0];
            }
            return new SelectableChannel[] {a, b};
        } catch (ReflectiveOperationException | RuntimeException e) {
            return new SelectableChannel[0];
        }
    }

    /**
     * Sends one datagram on KryoNet's connected UDP socket. Returns the bytes sent, 0 if the socket's buffer was
     * full, or -1 if the socket refused it (an I/O error, counted in {@link #datagramSendFailures()}); never closes
     * the connection. Any thread.
     */
    int sendDatagram(ByteBuffer datagram) {
        DatagramChannel channel = udpChannel;
        SocketAddress to = udpAddress;
        if (channel == null || to == null) {
            Object[] found = udpEndpoint();
            if (found == null) {
                return -1;
            }
            channel = (DatagramChannel) found[0];
            to = (SocketAddress) found[1];
            udpChannel = channel;
            udpAddress = to;
        }
        try {
            return channel.send(datagram, to);
        } catch (IOException | RuntimeException e) {
            datagramSendFailures.increment();
            lastSendFailure = e;
            return -1;
        }
    }

    /** Datagrams the socket refused so far. */
    long datagramSendFailures() {
        return datagramSendFailures.sum();
    }

    /** The last error a datagram send met, or null. */
    Exception lastDatagramSendFailure() {
        return lastSendFailure;
    }

    /** KryoNet's UDP channel and the server address it is connected to, or null before connect or if KryoNet changed. */
    private Object[] udpEndpoint() {
        try {
            Field udpField = Connection.class.getDeclaredField("udp");
            udpField.setAccessible(true);
            Object udp = udpField.get(this);
            if (udp == null) {
                return null;
            }
            Field channel = udp.getClass().getDeclaredField("datagramChannel");
            Field address = udp.getClass().getDeclaredField("connectedAddress");
            channel.setAccessible(true);
            address.setAccessible(true);
            Object c = channel.get(udp);
            Object a = address.get(udp);
            return c == null || a == null ? null : new Object[] {c, a};
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

package dev.javelin.net;

import com.esotericsoftware.kryonet.Connection;
import com.esotericsoftware.kryonet.KryoNetException;
import com.esotericsoftware.kryonet.Listener;
import dev.javelin.engine.transport.Channel;
import dev.javelin.engine.transport.DisconnectReason;
import dev.javelin.engine.transport.DisconnectReason.Cause;
import dev.javelin.engine.transport.TransportClient;
import dev.javelin.engine.transport.TransportEventQueue;
import dev.javelin.engine.transport.TransportException;
import dev.javelin.engine.transport.TransportListener;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.PortUnreachableException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * The client end of a {@link KryoNetTransport}: a KryoNet client ({@link SafeClient}; TCP, and UDP through KryoNet's own
 * client UDP) driven by one thread of ours, "javelin-net-client", which runs KryoNet's update, answers pings
 * and watches the timeout. The thread ends when the connection ends; {@link #close()} joins it. A client of a
 * {@link KryoNetClientGroup} has no thread of its own: the group's thread runs the same loop for all its clients.
 *
 * <p>Connecting: KryoNet's registration (TCP id, then UDP address), then Javelin's handshake over TCP: a
 * {@link Wire.Hello} with magic, protocol version and registry fingerprint, answered by a {@link Wire.ConnectionAccepted}
 * (connection id, datagram token, server clock) or a {@link Wire.Reject} with the reason.
 */
final class KryoNetClient implements TransportClient {

    private static final int CONNECTING = 0;
    private static final int OPEN = 1;
    private static final int CLOSING = 2;
    private static final int CLOSED = 3;
    private static final long CLOSE_GRACE_NANOS = 1_000_000_000L;

    private final WireFormat format;
    private final KryoNetOptions options;
    private final SafeClient kryo;
    private final Thread thread;
    private final KryoNetClientGroup group;
    private final CountDownLatch finished = new CountDownLatch(1);
    private final TransportEventQueue events = new TransportEventQueue(1 << 16);
    private final PingStats ping = new PingStats();
    private final CountDownLatch handshake = new CountDownLatch(1);
    private final Object tcpSendLock = new Object();
    private final ThrottledLog log = new ThrottledLog();
    private final List<Object> early = new ArrayList<>();
    private volatile int state = CONNECTING;
    private volatile boolean stop;
    private volatile boolean frozen;
    private volatile int connectionId;
    private volatile int token;
    private volatile DisconnectReason closeReason;
    private volatile long lastHeardNanos;
    private volatile long closeDeadlineNanos;
    private volatile long helloSentNanos;
    /** The thread inside KryoNet's sendTCP, which closes the connection itself when the socket fails; or null. */
    private volatile Thread tcpSender;
    private long nextPingNanos;

    private KryoNetClient(WireFormat format, KryoNetOptions options, KryoNetClientGroup group) {
        this.format = format;
        this.options = options;
        this.kryo = new SafeClient(options.tcpWriteBufferBytes(), format.objectBufferBytes(), new WireSerialization(format));
        this.kryo.addListener(new ClientListener());
        this.group = group;
        this.thread = group == null ? new Thread(this::run, "javelin-net-client") : null;
        if (thread != null) {
            thread.setDaemon(true);
        }
    }

    /** @param group the group whose thread drives the client, or null for a thread of its own */
    static KryoNetClient connect(WireFormat format, KryoNetOptions options, int protocolVersion, String host,
                                 int tcpPort, int udpPort, Duration timeout, KryoNetClientGroup group)
            throws IOException {
        Objects.requireNonNull(host, "host");
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive, was " + timeout);
        }
        KryoNetClient client = new KryoNetClient(format, options, group);
        if (group == null) {
            client.thread.start();
        } else {
            group.add(client);
        }
        try {
            client.handshake(protocolVersion, host, tcpPort, udpPort, timeout);
            return client;
        } catch (IOException | RuntimeException e) {
            client.close();
            throw e;
        }
    }

    private void handshake(int protocolVersion, String host, int tcpPort, int udpPort, Duration timeout)
            throws IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        String where = host + ":" + tcpPort + "/" + udpPort;
        try {
            kryo.connect((int) Math.max(1, timeout.toMillis()), host, tcpPort, udpPort);
        } catch (SocketTimeoutException e) {
            // KryoNet's own message here gives advice about its update thread that does not apply to us.
            throw new TransportException(DisconnectReason.of(Cause.TIMED_OUT, "no KryoNet registration from "
                    + where + " within " + timeout.toMillis() + " ms (is a Javelin server listening there?)"), e);
        } catch (IOException e) {
            throw new TransportException(DisconnectReason.of(Cause.UNREACHABLE, "cannot connect to " + where + ": "
                    + (e.getCause() != null ? e.getCause() : e)), e);
        }
        kryo.deferForeignCloses();
        kryo.setKeepAliveTCP((int) options.keepAlive().toMillis());
        kryo.setKeepAliveUDP(0);
        kryo.setTimeout(0);
        lastHeardNanos = now();
        helloSentNanos = now();
        sendTcp(format.encoder().encodeInternal(
                new Wire.Hello(Wire.MAGIC, protocolVersion, format.registry().fingerprint()), false, 0, 0));
        try {
            if (!handshake.await(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                throw new TransportException(DisconnectReason.of(Cause.TIMED_OUT, "no answer to the handshake from "
                        + where + " within " + timeout.toMillis() + " ms"));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TransportException(DisconnectReason.of(Cause.CLOSED_LOCALLY, "interrupted while connecting"), e);
        }
        if (state != OPEN) {
            DisconnectReason reason = closeReason;
            throw new TransportException(reason != null ? reason
                    : DisconnectReason.of(Cause.CONNECTION_LOST, "the connection closed during the handshake"));
        }
    }

    private long now() {
        return options.clock().nanoTime();
    }

    /** Datagrams the client's socket refused (counted as lost); any thread. */
    long datagramSendFailures() {
        return kryo.datagramSendFailures();
    }

    /** For tests: stops reading, keep-alives and pings, as a hung process would. */
    void freezeForTest() {
        frozen = true;
    }

    /** For tests: closes the sockets with no goodbye, as a crashed process's operating system does. */
    void killForTest() {
        closeWith(DisconnectReason.of(Cause.CONNECTION_LOST, "killed by a test"));
    }

    private void run() {
        kryo.bindUpdateThread();
        while (!stop) {
            if (frozen) {
                LockSupport.parkNanos(1_000_000L);
                continue;
            }
            pump(selectMillis());
        }
        dispose();
    }

    /** For a group: makes the calling thread (the group's) this client's update thread. */
    void bindToCurrentThread() {
        kryo.bindUpdateThread();
    }

    /** For a group: one non-blocking turn of the update loop. Returns false once the client has stopped. */
    boolean pumpNow() {
        if (!stop && !frozen) {
            pump(0);
        }
        return !stop;
    }

    /** For a group: true once the update loop has ended (closed, lost or failed). */
    boolean isStopped() {
        return stop;
    }

    /** For a group: true once the connection is open and its sockets can be watched. */
    boolean isOpen() {
        return state == OPEN;
    }

    /** For a group: the sockets to watch for readable data. */
    java.nio.channels.SelectableChannel[] channels() {
        return kryo.channels();
    }

    private void pump(int selectMillis) {
            try {
                if (selectMillis == 0) {
                    kryo.updateNow();
                } else {
                    kryo.update(selectMillis);
                }
                kryo.closeIfRequested();
                housekeeping(now());
            } catch (PortUnreachableException e) {
                // An ICMP answer to a datagram (the server's UDP port closed first, say): liveness is decided by
                // TCP and the timeout, and a shutting-down server's goodbye may still be waiting on TCP.
                kryo.forgetSelectedKeys();
            } catch (KryoNetException e) {
                closeWith(DisconnectReason.of(Cause.PROTOCOL_ERROR, e.getMessage()));
            } catch (IOException e) {
                closeWith(DisconnectReason.of(Cause.CONNECTION_LOST, describe(e)));
            } catch (RuntimeException | LinkageError e) {
                log.log(Level.ERROR, "client update failed: " + e);
                closeWith(DisconnectReason.of(Cause.CONNECTION_LOST, e.toString()));
            }
    }

    /** KryoNet reports the end of the server's TCP stream as "Connection is closed."; say what it means. */
    private static String describe(IOException e) {
        if ("Connection is closed.".equals(e.getMessage())) {
            return "the server closed the connection without goodbye";
        }
        return "the connection failed: " + e;
    }

    /** Releases KryoNet's selector; on the update thread, once the loop has stopped. */
    void dispose() {
        kryo.closeIfRequested();
        try {
            kryo.dispose();
        } catch (IOException e) {
            log.log(Level.WARNING, "disposing the KryoNet client failed: " + e);
        } finally {
            finished.countDown();
        }
    }

    private int selectMillis() {
        if (state != OPEN) {
            return 10;
        }
        long now = now();
        long wait = Math.min(nextPingNanos - now, lastHeardNanos + options.timeout().toNanos() - now);
        return (int) Math.max(1, Math.min(250, wait / 1_000_000L));
    }

    private void housekeeping(long now) {
        if (state == OPEN) {
            if (now - lastHeardNanos > options.timeout().toNanos()) {
                closeWith(DisconnectReason.of(Cause.TIMED_OUT, "nothing heard from the server for "
                        + (now - lastHeardNanos) / 1_000_000 + " ms"));
            } else if (now - nextPingNanos >= 0) {
                nextPingNanos = now + options.pingInterval().toNanos();
                ping.sent(now);
                kryo.sendDatagram(
                        format.encoder().encodeInternal(new Wire.ClockPing(now), true, connectionId, token).buffer());
            }
        } else if (state == CLOSING && now - closeDeadlineNanos > 0) {
            kryo.close();
        }
    }

    /** Ends the connection for {@code reason} (unless another reason came first) and closes the sockets. */
    private void closeWith(DisconnectReason reason) {
        if (closeReason == null) {
            closeReason = reason;
        }
        kryo.close();
    }

    private boolean sendTcp(FrameEncoder frame) {
        synchronized (tcpSendLock) {
            if (kryo.getTcpWriteBufferSize() + frame.length() + 64 > options.tcpWriteBufferBytes()) {
                closeWith(DisconnectReason.of(Cause.SEND_BUFFER_FULL, "the server did not read "
                        + kryo.getTcpWriteBufferSize() + " bytes of reliable messages"));
                return false;
            }
            tcpSender = Thread.currentThread();
            try {
                return kryo.sendTCP(frame) > 0;
            } finally {
                tcpSender = null;
            }
        }
    }

    @Override
    public int connectionId() {
        return connectionId;
    }

    @Override
    public boolean isConnected() {
        return state == OPEN;
    }

    @Override
    public boolean send(Object message, Channel channel) {
        Objects.requireNonNull(channel, "channel");
        if (channel == Channel.RELIABLE) {
            FrameEncoder frame = format.encoder().encodeMessage(message, channel, false, 0, 0);
            return state == OPEN && sendTcp(frame);
        }
        FrameEncoder frame = format.encoder().encodeMessage(message, channel, true, connectionId, token);
        if (state != OPEN) {
            return false;
        }
        // A full socket buffer or a refused send (link down, firewall) is a loss like any other, never a disconnect.
        kryo.sendDatagram(frame.buffer());
        return true;
    }

    @Override
    public void disconnect(String reason) {
        DisconnectReason local = DisconnectReason.of(Cause.CLOSED_LOCALLY, reason);
        synchronized (this) {
            if (state != OPEN) {
                return;
            }
            // The deadline first: the update thread closes a CLOSING connection whose deadline has passed.
            closeDeadlineNanos = now() + CLOSE_GRACE_NANOS;
            closeReason = local;
            state = CLOSING;
            events.addDisconnected(connectionId, local);
        }
        sendTcp(format.encoder().encodeInternal(new Wire.Goodbye(Wire.GOODBYE_LEAVE, Wire.shortText(reason)),
                false, 0, 0));
    }

    @Override
    public long rttNanos() {
        return ping.rttNanos();
    }

    @Override
    public long serverTimeNanos() {
        return now() + ping.offsetNanos();
    }

    @Override
    public int poll(TransportListener listener) {
        return events.drain(Objects.requireNonNull(listener, "listener"));
    }

    @Override
    public void close() {
        disconnect("client closed");
        long deadline = System.nanoTime() + 200_000_000L;
        while (kryo.isConnected() && kryo.getTcpWriteBufferSize() > 0 && System.nanoTime() - deadline < 0) {
            LockSupport.parkNanos(1_000_000L);
        }
        stop = true;
        kryo.close();
        if (thread != null && thread.isAlive() && thread != Thread.currentThread()) {
            try {
                thread.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (thread.isAlive()) {
                throw new IllegalStateException("thread " + thread.getName() + " did not stop within 10 s");
            }
        } else if (group != null && !group.isGroupThread()) {
            group.wakeup();
            try {
                if (!finished.await(10, TimeUnit.SECONDS) && group.isRunning()) {
                    throw new IllegalStateException("the client group did not release a client within 10 s");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        events.clear();
    }

    @Override
    public String toString() {
        return "KryoNetClient[" + connectionId + "]";
    }

    /** KryoNet's callbacks, on the update thread (disconnected may come from a thread that closed the socket). */
    private final class ClientListener extends Listener {
        @Override
        public void disconnected(Connection connection) {
            DisconnectReason reason = closeReason;
            synchronized (KryoNetClient.this) {
                if (state == OPEN) {
                    events.addDisconnected(connectionId, reason != null ? reason : unexplainedClose());
                }
                state = CLOSED;
            }
            stop = true;
            handshake.countDown();
        }

        /** A close KryoNet made on its own: a TCP send that failed, or a socket error inside its update. */
        private DisconnectReason unexplainedClose() {
            if (tcpSender == Thread.currentThread()) {
                return DisconnectReason.of(Cause.CONNECTION_LOST,
                        "sending to the server over TCP failed (connection reset or network down)");
            }
            return DisconnectReason.of(Cause.CONNECTION_LOST, "KryoNet closed the connection after a socket error");
        }

        @Override
        public void received(Connection connection, Object object) {
            long now = now();
            lastHeardNanos = now;
            if (!(object instanceof WireSerialization.Inbound in)) {
                return; // KryoNet's keep-alives and registration
            }
            if (in.kind != Wire.KIND_INTERNAL) {
                Channel channel = in.kind == Wire.KIND_RELIABLE ? Channel.RELIABLE : Channel.UNRELIABLE;
                synchronized (KryoNetClient.this) {
                    if (state == OPEN) {
                        events.addMessage(connectionId, in.message, channel);
                    } else if (state == CONNECTING && early.size() < 64) {
                        // A datagram the server sent right after its Welcome can overtake the Welcome.
                        early.add(in.message);
                    }
                }
                return;
            }
            Object message = in.message;
            if (message instanceof Wire.ClockPing p) {
                if (state == OPEN) {
                    kryo.sendDatagram(format.encoder().encodeInternal(new Wire.ClockPong(p.originNanos(), now), true,
                            connectionId, token).buffer());
                }
            } else if (message instanceof Wire.ClockPong p) {
                ping.pong(p.originNanos(), p.responderNanos(), now);
            } else if (message instanceof Wire.ConnectionAccepted w) {
                welcome(w, now);
            } else if (message instanceof Wire.Reject r) {
                closeWith(DisconnectReason.of(r.code() == Wire.REJECT_VERSION ? Cause.VERSION_MISMATCH
                        : Cause.HANDSHAKE_REJECTED, r.detail()));
            } else if (message instanceof Wire.Goodbye g) {
                closeWith(DisconnectReason.of(g.code() == Wire.GOODBYE_SHUTDOWN ? Cause.SERVER_SHUTDOWN
                        : Cause.KICKED, g.detail()));
            }
        }

        private void welcome(Wire.ConnectionAccepted w, long now) {
            synchronized (KryoNetClient.this) {
                if (state != CONNECTING) {
                    return;
                }
                connectionId = w.connectionId();
                token = w.token();
                ping.sample(now - helloSentNanos, w.serverNanos(), now);
                nextPingNanos = now;
                state = OPEN;
                events.addConnected(connectionId);
                for (Object message : early) {
                    events.addMessage(connectionId, message, Channel.UNRELIABLE);
                }
                early.clear();
            }
            handshake.countDown();
        }
    }
}

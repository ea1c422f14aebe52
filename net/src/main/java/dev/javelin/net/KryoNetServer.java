package dev.javelin.net;

import com.esotericsoftware.kryonet.Connection;
import com.esotericsoftware.kryonet.FrameworkMessage;
import com.esotericsoftware.kryonet.Listener;
import com.esotericsoftware.kryonet.Server;
import dev.javelin.engine.transport.Channel;
import dev.javelin.engine.transport.DisconnectReason;
import dev.javelin.engine.transport.DisconnectReason.Cause;
import dev.javelin.engine.transport.TransportEventQueue;
import dev.javelin.engine.transport.TransportListener;
import dev.javelin.engine.transport.TransportServer;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.lang.reflect.Field;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.channels.DatagramChannel;
import java.nio.channels.ServerSocketChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;

/**
 * The server end of a {@link KryoNetTransport}: a KryoNet {@link Server} for TCP, bound TCP-only, plus a
 * datagram channel of its own for UDP. KryoNet's server UDP path scans every connection for each datagram and
 * reads one datagram per select, which does not scale to a thousand clients; here a dedicated thread
 * ({@link ServerUdp}) receives datagrams and routes each in O(1) by the connection id and token it carries.
 *
 * <p>Threads: "javelin-net-server-PORT" runs KryoNet's update loop (TCP accept, reads, keep-alives) and the
 * housekeeping (handshake deadlines, pings, timeouts, closing); "javelin-net-server-udp-PORT" receives
 * datagrams. Both only queue events; {@link #close()} stops and joins both.
 */
final class KryoNetServer implements TransportServer {

    static final long CLOSE_GRACE_NANOS = 1_000_000_000L;
    private static final long HOUSEKEEPING_NANOS = 5_000_000L;
    private static final int SELECT_MILLIS = 50;

    final WireFormat format;
    final KryoNetOptions options;
    final int protocolVersion;
    final TransportEventQueue events = new TransportEventQueue(1 << 16);
    final ConnectionTable table = new ConnectionTable();
    final DatagramChannel udp;
    final ThrottledLog strayLog = new ThrottledLog();
    final LongAdder refusedConnections = new LongAdder();
    final AtomicLong udpBytesIn = new AtomicLong();
    private final WireSerialization wire;
    private final Server kryo;
    private final int tcpPort;
    private final int udpPort;
    private final Thread tcpThread;
    private final Thread udpThread;
    private final ServerUdp udpLoop;
    final ServerTcp tcpListener = new ServerTcp(this);
    private final List<ServerConnection> tracked = new ArrayList<>();
    private volatile boolean running = true;
    private final AtomicBoolean closing = new AtomicBoolean();
    private volatile boolean frozen;
    private long nextHousekeepingNanos;

    private KryoNetServer(WireFormat format, KryoNetOptions options, int protocolVersion, String host, int tcpPort,
                          int udpPort) throws IOException {
        this.format = format;
        this.options = options;
        this.protocolVersion = protocolVersion;
        this.wire = new WireSerialization(format);
        this.kryo = new Server(options.tcpWriteBufferBytes(), format.objectBufferBytes(), wire) {
            @Override
            protected Connection newConnection() {
                ServerConnection c = new ServerConnection(now());
                tracked.add(c);
                return c;
            }
        };
        DatagramChannel channel = null;
        try {
            kryo.addListener(tcpListener);
            kryo.bind(address(host, tcpPort), null);
            this.tcpPort = boundTcpPort(kryo);
            channel = DatagramChannel.open();
            channel.setOption(StandardSocketOptions.SO_RCVBUF, 4 << 20);
            channel.setOption(StandardSocketOptions.SO_SNDBUF, 4 << 20);
            channel.bind(address(host, udpPort));
            this.udp = channel;
            this.udpPort = ((InetSocketAddress) channel.getLocalAddress()).getPort();
        } catch (IOException | RuntimeException e) {
            kryo.dispose();
            if (channel != null) {
                channel.close();
            }
            throw e;
        }
        tcpThread = new Thread(this::runTcp, "javelin-net-server-" + this.tcpPort);
        udpLoop = new ServerUdp(this);
        udpThread = new Thread(udpLoop, "javelin-net-server-udp-" + this.udpPort);
        tcpThread.setDaemon(true);
        udpThread.setDaemon(true);
    }

    static KryoNetServer open(WireFormat format, KryoNetOptions options, int protocolVersion, String host,
                              int tcpPort, int udpPort) throws IOException {
        KryoNetServer server = new KryoNetServer(format, options, protocolVersion, host, tcpPort, udpPort);
        server.tcpThread.start();
        server.udpThread.start();
        return server;
    }

    private static InetSocketAddress address(String host, int port) {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be 0..65535, was " + port);
        }
        return host == null ? new InetSocketAddress(port) : new InetSocketAddress(host, port);
    }

    /** KryoNet does not expose the port it bound; with port 0 only the channel knows it. */
    private static int boundTcpPort(Server server) throws IOException {
        try {
            Field f = Server.class.getDeclaredField("serverChannel");
            f.setAccessible(true);
            ServerSocketChannel channel = (ServerSocketChannel) f.get(server);
            return ((InetSocketAddress) channel.getLocalAddress()).getPort();
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IOException("cannot read the TCP port KryoNet bound (KryoNet version changed?)", e);
        }
    }

    long now() {
        return options.clock().nanoTime();
    }

    boolean running() {
        return running;
    }

    boolean frozen() {
        return frozen;
    }

    /** Datagrams ignored so far (strays, wrong tokens, undecodable). */
    long strayDatagrams() {
        return udpLoop.strays();
    }

    /**
     * TCP connections that ended before completing the handshake: scanners, strays, garbage, handshake timeouts,
     * rejected versions.
     */
    long refusedConnections() {
        return refusedConnections.sum();
    }

    /** Connections held, from accept to close, handshaking ones included. */
    int connectionsHeld() {
        return table.size();
    }

    /** For tests: stops reading, writing keep-alives and answering pings, as a hung process would. */
    void freezeForTest() {
        frozen = true;
    }

    private void runTcp() {
        while (running) {
            if (frozen) {
                LockSupport.parkNanos(1_000_000L);
                continue;
            }
            try {
                kryo.update(SELECT_MILLIS);
                housekeeping(now());
            } catch (IOException | RuntimeException | LinkageError e) {
                if (running) {
                    strayLog.log(Level.ERROR, "server update failed: " + e);
                }
            }
        }
    }

    private void housekeeping(long now) {
        if (now - nextHousekeepingNanos < 0) {
            return;
        }
        nextHousekeepingNanos = now + HOUSEKEEPING_NANOS;
        long handshakeNanos = options.handshakeTimeout().toNanos();
        long timeoutNanos = options.timeout().toNanos();
        for (int i = tracked.size() - 1; i >= 0; i--) {
            ServerConnection c = tracked.get(i);
            switch (c.state) {
                case ServerConnection.HANDSHAKE -> {
                    if (now - c.acceptedNanos > handshakeNanos) {
                        strayLog.log(Level.WARNING, "dropped " + c.remote() + ": no handshake within "
                                + options.handshakeTimeout().toMillis() + " ms");
                        closeNow(c);
                    }
                }
                case ServerConnection.OPEN -> {
                    if (now - c.lastHeardNanos > timeoutNanos) {
                        leave(c, DisconnectReason.of(Cause.TIMED_OUT, "nothing heard for "
                                + (now - c.lastHeardNanos) / 1_000_000 + " ms"), ServerConnection.CLOSED);
                        closeNow(c);
                    } else if (now - c.nextPingNanos >= 0) {
                        c.nextPingNanos = now + options.pingInterval().toNanos();
                        c.ping.sent(now);
                        sendUdp(c, format.encoder().encodeInternal(new Wire.ClockPing(now), false, 0, 0));
                    }
                }
                case ServerConnection.CLOSING, ServerConnection.REJECTED -> {
                    if (now - c.closeDeadlineNanos > 0) {
                        closeNow(c);
                    }
                }
                default -> {
                }
            }
            if (c.state == ServerConnection.CLOSED) {
                tracked.remove(i);
            }
        }
    }

    private void closeNow(ServerConnection c) {
        c.state = ServerConnection.CLOSED;
        c.close();
        table.remove(c);
    }

    /**
     * Moves an open connection to {@code newState} and queues its one {@code disconnected} event. Returns false
     * (and does nothing) if it was not open.
     */
    synchronized boolean leave(ServerConnection c, DisconnectReason reason, int newState) {
        if (c.state != ServerConnection.OPEN) {
            return false;
        }
        c.state = newState;
        table.markNotOpen(c);
        events.addDisconnected(c.getID(), reason);
        return true;
    }

    /** Sends a TCP frame unless the connection's send buffer would overflow; then it is closed. */
    boolean sendTcp(ServerConnection c, FrameEncoder frame) {
        synchronized (c.tcpSendLock) {
            if (c.getTcpWriteBufferSize() + frame.length() + 64 > options.tcpWriteBufferBytes()) {
                leave(c, DisconnectReason.of(Cause.SEND_BUFFER_FULL, "the client did not read "
                        + c.getTcpWriteBufferSize() + " bytes of reliable messages"), ServerConnection.CLOSED);
                c.close();
                return false;
            }
            return c.sendTCP(frame) > 0;
        }
    }

    void sendUdp(ServerConnection c, FrameEncoder frame) {
        InetSocketAddress to = c.udpAddress;
        if (to == null) {
            return;
        }
        try {
            udp.send(frame.buffer(), to);
        } catch (IOException e) {
            if (running) {
                strayLog.log(Level.WARNING, "UDP send to " + to + " failed: " + e);
            }
        }
    }

    private boolean sendFrame(ServerConnection c, FrameEncoder frame, Channel channel) {
        if (c == null || c.state != ServerConnection.OPEN) {
            return false;
        }
        if (channel == Channel.RELIABLE) {
            return sendTcp(c, frame);
        }
        sendUdp(c, frame);
        return true;
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
        FrameEncoder frame = format.encoder().encodeMessage(message, Objects.requireNonNull(channel, "channel"),
                false, 0, 0);
        return sendFrame(table.get(connectionId), frame, channel);
    }

    @Override
    public int send(int[] connectionIds, int count, Object message, Channel channel) {
        Objects.requireNonNull(connectionIds, "connectionIds");
        if (count < 0 || count > connectionIds.length) {
            throw new IllegalArgumentException("count must be 0.." + connectionIds.length + ", was " + count);
        }
        FrameEncoder frame = format.encoder().encodeMessage(message, Objects.requireNonNull(channel, "channel"),
                false, 0, 0);
        int sent = 0;
        for (int i = 0; i < count; i++) {
            if (sendFrame(table.get(connectionIds[i]), frame, channel)) {
                sent++;
            }
        }
        return sent;
    }

    @Override
    public int sendToAll(Object message, Channel channel) {
        FrameEncoder frame = format.encoder().encodeMessage(message, Objects.requireNonNull(channel, "channel"),
                false, 0, 0);
        int sent = 0;
        for (ServerConnection c : table.open()) {
            if (sendFrame(c, frame, channel)) {
                sent++;
            }
        }
        return sent;
    }

    @Override
    public void disconnect(int connectionId, String reason) {
        ServerConnection c = table.get(connectionId);
        if (c == null || c.state != ServerConnection.OPEN) {
            return;
        }
        // The deadline first: housekeeping closes a CLOSING connection whose deadline has passed.
        c.closeDeadlineNanos = now() + CLOSE_GRACE_NANOS;
        if (!leave(c, DisconnectReason.of(Cause.CLOSED_LOCALLY, reason), ServerConnection.CLOSING)) {
            return;
        }
        sendTcp(c, format.encoder().encodeInternal(new Wire.Goodbye(Wire.GOODBYE_LEAVE, Wire.shortText(reason)),
                false, 0, 0));
    }

    @Override
    public int connectionCount() {
        return table.open().length;
    }

    @Override
    public long rttNanos(int connectionId) {
        ServerConnection c = table.get(connectionId);
        return c == null || c.state != ServerConnection.OPEN ? -1L : c.ping.rttNanos();
    }

    @Override
    public long bytesReceived() {
        return wire.bytesRead.get() + udpBytesIn.get();
    }

    @Override
    public int poll(TransportListener listener) {
        return events.drain(Objects.requireNonNull(listener, "listener"));
    }

    @Override
    public void close() {
        close("server closed");
    }

    @Override
    public void close(String reason) {
        if (!closing.compareAndSet(false, true)) {
            return;
        }
        String said = Wire.shortText(reason == null ? "server closed" : reason);
        for (ServerConnection c : table.open()) {
            c.closeDeadlineNanos = now() + CLOSE_GRACE_NANOS;
            if (leave(c, DisconnectReason.of(Cause.CLOSED_LOCALLY, said), ServerConnection.CLOSING)) {
                sendTcp(c, format.encoder().encodeInternal(new Wire.Goodbye(Wire.GOODBYE_SHUTDOWN, said), false, 0, 0));
            }
        }
        awaitDrained();
        running = false;
        kryo.close();
        try {
            udp.close();
        } catch (IOException e) {
            strayLog.log(Level.WARNING, "closing the UDP channel failed: " + e);
        }
        join(tcpThread);
        join(udpThread);
        try {
            kryo.dispose();
        } catch (IOException e) {
            strayLog.log(Level.WARNING, "disposing the KryoNet server failed: " + e);
        }
        events.clear();
    }

    /** Gives goodbyes a moment to reach the sockets (bounded; loopback takes microseconds). */
    private void awaitDrained() {
        long deadline = System.nanoTime() + 200_000_000L;
        for (Connection c : kryo.getConnections()) {
            while (c.isConnected() && c.getTcpWriteBufferSize() > 0 && System.nanoTime() - deadline < 0) {
                LockSupport.parkNanos(1_000_000L);
            }
        }
        // A client closes its end when it reads the goodbye. Closing ours first, while its pings sit unread
        // in our receive buffer, makes the kernel send a reset, and a reset can discard the goodbye before
        // the client reads it; so give each client a bounded moment to hang up first.
        long hangUpDeadline = System.nanoTime() + 500_000_000L;
        for (Connection c : kryo.getConnections()) {
            while (c.isConnected() && System.nanoTime() - hangUpDeadline < 0) {
                LockSupport.parkNanos(1_000_000L);
            }
        }
    }

    private static void join(Thread t) {
        if (t == Thread.currentThread()) {
            return;
        }
        try {
            t.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (t.isAlive()) {
            throw new IllegalStateException("thread " + t.getName() + " did not stop within 10 s");
        }
    }

    @Override
    public String toString() {
        return "KryoNetServer[" + tcpPort + "/" + udpPort + "]";
    }
}

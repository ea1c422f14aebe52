package dev.javelin.net;

import com.esotericsoftware.kryonet.FrameworkMessage;
import dev.javelin.engine.transport.Channel;
import dev.javelin.engine.transport.MessageRegistry;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * A hostile client that speaks Javelin's wire protocol by hand over plain sockets: it completes the handshake
 * exactly as a real client does (KryoNet's TCP and UDP registration, then the Hello), and from then on can send
 * anything: well-formed game messages the server must refuse, raw frames, raw datagrams with its real token.
 * After the handshake a daemon thread reads the server's TCP frames and keeps its game messages; the server's
 * datagrams are never read.
 *
 * <p>Threads: the sending methods from one thread at a time.
 */
final class RawPeer implements AutoCloseable {

    private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();

    private final Socket tcp;
    private final DataInputStream in;
    private final OutputStream out;
    private final DatagramSocket udp;
    private final int udpPort;
    private final WireFormat format;
    private final FrameDecoder decoder;
    private final ConcurrentLinkedQueue<Object> received = new ConcurrentLinkedQueue<>();
    private volatile boolean closedByServer;
    private int connectionId;
    private int token;

    private RawPeer(MessageRegistry registry, int tcpPort, int udpPort) throws IOException {
        this.format = new WireFormat(registry, KryoNetOptions.defaults().maxReliableMessageBytes());
        this.decoder = format.newDecoder();
        this.udpPort = udpPort;
        this.tcp = new Socket(LOOPBACK, tcpPort);
        this.in = new DataInputStream(tcp.getInputStream());
        this.out = tcp.getOutputStream();
        this.udp = new DatagramSocket(0, LOOPBACK);
    }

    /** Connects to a server on 127.0.0.1 and completes the handshake, or throws. */
    static RawPeer handshake(MessageRegistry registry, int tcpPort, int udpPort, Duration timeout) throws IOException {
        return handshake(registry, registry.fingerprint(), tcpPort, udpPort, timeout);
    }

    /**
     * Connects claiming {@code fingerprint} while encoding with {@code registry}: a cheater's registry that puts
     * look-alike classes under the real ids can send what the real classes refuse to construct.
     */
    static RawPeer handshake(MessageRegistry registry, long fingerprint, int tcpPort, int udpPort, Duration timeout)
            throws IOException {
        RawPeer p = new RawPeer(registry, tcpPort, udpPort);
        try {
            p.tcp.setSoTimeout(100);
            long deadline = System.nanoTime() + timeout.toNanos();
            FrameworkMessage.RegisterTCP tcpId = p.await(FrameworkMessage.RegisterTCP.class, deadline, null);
            FrameworkMessage.RegisterUDP register = new FrameworkMessage.RegisterUDP();
            register.connectionID = tcpId.connectionID;
            FrameEncoder registration = p.format.encoder().encodeInternal(register, false, 0, 0);
            byte[] datagram = java.util.Arrays.copyOf(registration.bytes(), registration.length());
            p.await(FrameworkMessage.RegisterUDP.class, deadline, () -> p.sendRawDatagram(datagram));
            p.sendTcp(p.format.encoder().encodeInternal(new Wire.Hello(Wire.MAGIC, Wire.PROTOCOL_VERSION,
                    fingerprint), false, 0, 0));
            Wire.ConnectionAccepted welcome = p.await(Wire.ConnectionAccepted.class, deadline, null);
            p.connectionId = welcome.connectionId();
            p.token = welcome.token();
            p.tcp.setSoTimeout(0);
            Thread reader = new Thread(p::readForever, "raw-peer-reader-" + p.connectionId);
            reader.setDaemon(true);
            reader.start();
            return p;
        } catch (IOException | RuntimeException e) {
            p.close();
            throw e;
        }
    }

    /** Reads TCP frames until one of {@code type} arrives, running {@code meanwhile} between reads. */
    private <T> T await(Class<T> type, long deadline, IoAction meanwhile) throws IOException {
        while (System.nanoTime() < deadline) {
            if (meanwhile != null) {
                meanwhile.run();
            }
            Object frame;
            try {
                frame = readFrame();
            } catch (SocketTimeoutException e) {
                continue;
            }
            if (type.isInstance(frame)) {
                return type.cast(frame);
            }
            if (frame instanceof Wire.Reject r) {
                throw new IOException("rejected: " + r.detail());
            }
        }
        throw new IOException("no " + type.getSimpleName() + " from the server in time");
    }

    private interface IoAction {
        void run() throws IOException;
    }

    /** One TCP frame from the server, decoded (a game message unwrapped from its holder). */
    private Object readFrame() throws IOException {
        int length = in.readInt();
        if (length < 2 || length > format.objectBufferBytes()) {
            throw new IOException("the server sent a frame length of " + length);
        }
        byte[] body = new byte[length];
        in.readFully(body);
        return decoder.decode(body, 1, length - 1, body[0] & Wire.KIND_MASK);
    }

    private void readForever() {
        try {
            while (true) {
                Object frame = readFrame();
                if (!(frame instanceof FrameworkMessage) && !WireKryo.isInternal(frame)) {
                    received.add(frame);
                }
            }
        } catch (EOFException e) {
            closedByServer = true;
        } catch (IOException | RuntimeException e) {
            closedByServer = !tcp.isClosed();
        }
    }

    /** The connection id the server gave this peer. */
    int connectionId() {
        return connectionId;
    }

    /** The first received game message of {@code type}, or null. */
    <T> T received(Class<T> type) {
        for (Object o : received) {
            if (type.isInstance(o)) {
                return type.cast(o);
            }
        }
        return null;
    }

    /** True once the server closed the TCP connection. */
    boolean closedByServer() {
        return closedByServer;
    }

    /** A game message over TCP, as a real client sends it. */
    void sendReliable(Object message) throws IOException {
        sendTcp(format.encoder().encodeMessage(message, Channel.RELIABLE, false, 0, 0));
    }

    /** A game message in a datagram carrying this peer's real connection id and token. */
    void sendDatagram(Object message) throws IOException {
        FrameEncoder frame = format.encoder().encodeMessage(message, Channel.UNRELIABLE, true, connectionId, token);
        udp.send(new DatagramPacket(frame.bytes(), frame.length(), LOOPBACK, udpPort));
    }

    /** A datagram with this peer's real id and token followed by {@code body} (any bytes). */
    void sendTokenedDatagram(int header, byte[] body) throws IOException {
        byte[] d = new byte[Wire.TOKENED_PREFIX_BYTES + body.length];
        d[0] = (byte) header;
        Wire.putInt(d, 1, connectionId);
        Wire.putInt(d, 5, token);
        System.arraycopy(body, 0, d, Wire.TOKENED_PREFIX_BYTES, body.length);
        sendRawDatagram(d);
    }

    void sendRawDatagram(byte[] bytes) throws IOException {
        udp.send(new DatagramPacket(bytes, bytes.length, LOOPBACK, udpPort));
    }

    /** Writes {@code bytes} to the TCP stream as they are (a length field of your own making, or none). */
    void sendRawTcp(byte[] bytes) throws IOException {
        out.write(bytes);
        out.flush();
    }

    private void sendTcp(FrameEncoder frame) throws IOException {
        byte[] b = new byte[4 + frame.length()];
        Wire.putInt(b, 0, frame.length());
        System.arraycopy(frame.bytes(), 0, b, 4, frame.length());
        sendRawTcp(b);
    }

    @Override
    public void close() {
        udp.close();
        try {
            tcp.close();
        } catch (IOException ignored) {
            // closing a socket the server may already have reset
        }
    }
}

package dev.javelin.net;

import com.esotericsoftware.kryonet.FrameworkMessage;
import com.esotericsoftware.kryonet.KryoNetException;
import dev.javelin.engine.transport.Channel;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.util.concurrent.locks.LockSupport;

/**
 * The server's datagram loop: blocking receives on the server's own UDP channel, one datagram at a time.
 *
 * <p>A client's datagrams carry its connection id and secret token (see {@link Wire}), so each is routed with one
 * table lookup and a spoofed or stray datagram is dropped before any decoding. The only untokened datagram
 * accepted is KryoNet's {@code RegisterUDP}, which a client sends during {@code connect} before it has a token;
 * it is answered over the client's own TCP connection, never over UDP, so the server never answers an
 * unauthenticated datagram with a datagram (no amplification). Stray datagrams are counted and logged at a
 * limited rate.
 */
final class ServerUdp implements Runnable {

    private final KryoNetServer server;
    private final FrameDecoder decoder;
    private final ByteBuffer buffer;
    private final byte[] bytes;
    private volatile long strays;

    ServerUdp(KryoNetServer server) {
        this.server = server;
        this.decoder = server.format.newDecoder();
        this.bytes = new byte[server.format.objectBufferBytes()];
        this.buffer = ByteBuffer.wrap(bytes);
    }

    @Override
    public void run() {
        while (server.running()) {
            buffer.clear();
            SocketAddress from;
            try {
                from = server.udp.receive(buffer);
            } catch (ClosedChannelException e) {
                return;
            } catch (IOException e) {
                if (server.running()) {
                    server.strayLog.log(Level.WARNING, "UDP receive failed: " + e);
                }
                continue;
            }
            while (server.frozen() && server.running()) {
                LockSupport.parkNanos(1_000_000L);
            }
            server.udpBytesIn.getAndAdd(buffer.position());
            if (from instanceof InetSocketAddress address) {
                try {
                    handle(buffer.position(), address);
                } catch (RuntimeException | LinkageError e) {
                    server.strayLog.log(Level.ERROR, "handling a datagram from " + address + " failed: " + e);
                }
            }
        }
    }

    private void stray(InetSocketAddress from, String why) {
        stray(Level.WARNING, from, why);
    }

    private void stray(Level level, InetSocketAddress from, String why) {
        strays++;
        server.strayLog.log(level, "ignored a datagram from " + from + ": " + why);
    }

    private void handle(int length, InetSocketAddress from) {
        if (length < 2) {
            stray(from, length + " bytes");
            return;
        }
        int header = bytes[0] & 0xff;
        int kind = header & Wire.KIND_MASK;
        if ((header & Wire.HEADER_MAGIC_MASK) != Wire.HEADER_MAGIC || kind > Wire.KIND_UNRELIABLE) {
            stray(from, String.format("not a Javelin datagram (header 0x%02x)", header));
            return;
        }
        if ((header & Wire.TOKENED) == 0) {
            untokened(length, kind, from);
            return;
        }
        if (length <= Wire.TOKENED_PREFIX_BYTES) {
            stray(from, "truncated");
            return;
        }
        ServerConnection c = server.table.get(Wire.getInt(bytes, 1));
        if (c == null) {
            // Usually a ping of a connection that just ended.
            stray(Level.DEBUG, from, "unknown connection " + Wire.getInt(bytes, 1));
            return;
        }
        if (c.token != Wire.getInt(bytes, 5)) {
            stray(from, "wrong token for connection " + c.getID());
            return;
        }
        if (c.state != ServerConnection.OPEN) {
            return; // a late datagram of a connection that is ending
        }
        Object message;
        try {
            message = decoder.decode(bytes, Wire.TOKENED_PREFIX_BYTES, length - Wire.TOKENED_PREFIX_BYTES, kind);
        } catch (KryoNetException e) {
            stray(from, "connection " + c.getID() + ": " + e.getMessage());
            return;
        }
        long now = server.now();
        c.lastHeardNanos = now;
        if (!from.equals(c.udpAddress)) {
            // The client's address changed (a NAT rebinding); the token proves it is the same client.
            c.udpAddress = from;
        }
        if (kind != Wire.KIND_INTERNAL) {
            server.events.addMessage(c.getID(), message,
                    kind == Wire.KIND_RELIABLE ? Channel.RELIABLE : Channel.UNRELIABLE);
        } else if (message instanceof Wire.ClockPing ping) {
            server.sendUdp(c, server.format.encoder().encodeInternal(
                    new Wire.ClockPong(ping.originNanos(), server.now()), false, 0, 0));
        } else if (message instanceof Wire.ClockPong pong) {
            c.ping.pong(pong.originNanos(), pong.responderNanos(), now);
        }
    }

    private void untokened(int length, int kind, InetSocketAddress from) {
        if (kind != Wire.KIND_INTERNAL) {
            stray(from, "a game message without a connection token");
            return;
        }
        Object message;
        try {
            message = decoder.decode(bytes, 1, length - 1, kind);
        } catch (KryoNetException e) {
            stray(from, e.getMessage());
            return;
        }
        if (message instanceof FrameworkMessage.RegisterUDP register) {
            server.tcpListener.registerUdp(register, from);
        } else if (!(message instanceof FrameworkMessage.KeepAlive)) {
            stray(from, "unexpected " + message.getClass().getSimpleName());
        }
    }

    /** Datagrams dropped so far. */
    long strays() {
        return strays;
    }
}

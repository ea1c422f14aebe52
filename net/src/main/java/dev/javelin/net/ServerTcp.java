package dev.javelin.net;

import com.esotericsoftware.kryonet.Connection;
import com.esotericsoftware.kryonet.FrameworkMessage;
import com.esotericsoftware.kryonet.Listener;
import dev.javelin.engine.transport.Channel;
import dev.javelin.engine.transport.DisconnectReason;
import dev.javelin.engine.transport.DisconnectReason.Cause;

import java.lang.System.Logger.Level;
import java.net.InetSocketAddress;
import java.security.SecureRandom;

/**
 * The server's side of the connection life: KryoNet's TCP callbacks (on the update thread; {@code disconnected}
 * also on whichever thread closed a socket), the UDP registration and the handshake.
 *
 * <p>Handshake: KryoNet registers the TCP connection and then the client's UDP address (its RegisterUDP
 * datagram, see {@link ServerUdp}); the client then sends a {@link Wire.Hello}. A wrong magic, protocol
 * version or registry fingerprint gets a {@link Wire.Reject} naming the problem, is logged, and is closed after
 * a grace period; a good one gets a {@link Wire.ConnectionAccepted} with the connection's datagram token. Anything else
 * before the handshake is rejected the same way.
 */
final class ServerTcp extends Listener {

    private final KryoNetServer server;
    private final SecureRandom tokens = new SecureRandom();

    ServerTcp(KryoNetServer server) {
        this.server = server;
    }

    @Override
    public void connected(Connection connection) {
        ServerConnection c = (ServerConnection) connection;
        if (c.state == ServerConnection.CLOSED || !c.isConnected()) {
            // KryoNet's accept sends its registration before it announces the connection; when that send fails
            // (the peer reset at once, as scanners do) it closes the connection, and announces it anyway, after
            // the disconnect. Tracking it then would keep a dead connection, and its buffers, forever.
            return;
        }
        c.setKeepAliveTCP((int) server.options.keepAlive().toMillis());
        c.setTimeout(0);
        server.table.add(c);
    }

    @Override
    public void disconnected(Connection connection) {
        ServerConnection c = (ServerConnection) connection;
        String error = c.decodeError;
        if (!c.welcomed) {
            server.refusedConnections.increment();
            if (error != null) {
                server.strayLog.log(Level.WARNING, "dropped " + c.remote() + " before the handshake: " + error);
            }
        }
        server.leave(c, error != null ? DisconnectReason.of(Cause.PROTOCOL_ERROR, error)
                : DisconnectReason.of(Cause.CONNECTION_LOST, "the client closed the connection without goodbye"),
                ServerConnection.CLOSED);
        c.state = ServerConnection.CLOSED;
        server.table.remove(c);
    }

    @Override
    public void received(Connection connection, Object object) {
        ServerConnection c = (ServerConnection) connection;
        c.lastHeardNanos = server.now();
        if (!(object instanceof WireSerialization.Inbound in)) {
            return; // KryoNet's keep-alives and registration
        }
        Object message = in.message;
        if (in.kind != Wire.KIND_INTERNAL) {
            if (c.state == ServerConnection.OPEN) {
                server.events.addMessage(c.getID(), message,
                        in.kind == Wire.KIND_RELIABLE ? Channel.RELIABLE : Channel.UNRELIABLE);
            } else if (c.state == ServerConnection.HANDSHAKE) {
                reject(c, Wire.REJECT_HANDSHAKE, "a game message before the handshake");
            }
            return;
        }
        if (message instanceof Wire.Hello hello) {
            if (c.state == ServerConnection.HANDSHAKE) {
                hello(c, hello);
            }
        } else if (message instanceof Wire.Goodbye goodbye) {
            if (server.leave(c, DisconnectReason.of(Cause.CLOSED_BY_PEER, goodbye.detail()),
                    ServerConnection.CLOSED)) {
                c.close();
            }
        } else if (c.state == ServerConnection.HANDSHAKE) {
            reject(c, Wire.REJECT_HANDSHAKE, "unexpected " + message.getClass().getSimpleName()
                    + " before the handshake");
        }
    }

    /** Registers a client's UDP address from KryoNet's RegisterUDP datagram (untokened, before the Hello). */
    void registerUdp(FrameworkMessage.RegisterUDP register, InetSocketAddress from) {
        ServerConnection c = server.table.get(register.connectionID);
        if (c == null || c.state != ServerConnection.HANDSHAKE || c.udpAddress != null) {
            return;
        }
        c.udpAddress = from;
        c.sendTCP(new FrameworkMessage.RegisterUDP());
    }

    private void hello(ServerConnection c, Wire.Hello hello) {
        long fingerprint = server.format.registry().fingerprint();
        if (hello.magic() != Wire.MAGIC) {
            reject(c, Wire.REJECT_HANDSHAKE, "not a Javelin client (bad magic)");
        } else if (hello.version() != server.protocolVersion) {
            reject(c, Wire.REJECT_VERSION, "server speaks protocol version " + server.protocolVersion + ", client "
                    + hello.version());
        } else if (hello.registryFingerprint() != fingerprint) {
            reject(c, Wire.REJECT_VERSION, "the message registries differ (server "
                    + Long.toHexString(fingerprint) + ", client " + Long.toHexString(hello.registryFingerprint())
                    + "); both sides must register the same classes with the same ids");
        } else if (c.udpAddress == null) {
            // A client that knows only the TCP port asks for the UDP port this way; it closes on the answer.
            c.state = ServerConnection.REJECTED;
            c.closeDeadlineNanos = server.now() + KryoNetServer.CLOSE_GRACE_NANOS;
            server.sendTcp(c, server.format.encoder().encodeInternal(new Wire.UdpPort(server.udpPort()),
                    false, 0, 0));
        } else {
            welcome(c);
        }
    }

    /**
     * Opens the connection and queues {@code connected} before the Welcome is written, all under the
     * connection's send lock: the client sends nothing before it reads the Welcome, so its first datagram finds
     * the connection open and lands after {@code connected}; and a game message sent as soon as
     * {@code connected} is polled waits for the lock, so it follows the Welcome on the wire.
     */
    private void welcome(ServerConnection c) {
        int token;
        do {
            token = tokens.nextInt();
        } while (token == 0);
        long now = server.now();
        synchronized (c.tcpSendLock) {
            c.token = token;
            c.welcomed = true;
            c.lastHeardNanos = now;
            c.nextPingNanos = now;
            c.state = ServerConnection.OPEN;
            server.table.markOpen(c);
            server.events.addConnected(c.getID());
            server.sendTcp(c, server.format.encoder().encodeInternal(new Wire.ConnectionAccepted(c.getID(), token, now),
                    false, 0, 0));
        }
    }

    private void reject(ServerConnection c, int code, String detail) {
        server.strayLog.log(Level.WARNING, "rejected " + c.remote() + ": " + detail);
        c.state = ServerConnection.REJECTED;
        c.closeDeadlineNanos = server.now() + KryoNetServer.CLOSE_GRACE_NANOS;
        server.sendTcp(c, server.format.encoder().encodeInternal(new Wire.Reject(code, Wire.shortText(detail)),
                false, 0, 0));
    }
}

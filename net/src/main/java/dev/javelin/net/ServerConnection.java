package dev.javelin.net;

import com.esotericsoftware.kryonet.Connection;

import java.net.InetSocketAddress;

/**
 * One client as the server sees it: KryoNet's TCP {@link Connection} plus Javelin's state. KryoNet creates it
 * on accept (see {@code KryoNetServer}); the id is KryoNet's connection id, which is also the id the game sees.
 *
 * <p>Lifecycle: {@link #HANDSHAKE} (TCP accepted, waiting for the client's UDP registration and Hello) then
 * {@link #OPEN} (welcomed), then {@link #CLOSING} (a goodbye was sent, waiting for the peer to close) or
 * {@link #REJECTED} (a reject was sent), then {@link #CLOSED}. Fields written by one thread and read by others
 * are volatile.
 */
final class ServerConnection extends Connection {

    static final int HANDSHAKE = 0;
    static final int OPEN = 1;
    static final int CLOSING = 2;
    static final int REJECTED = 3;
    static final int CLOSED = 4;

    final long acceptedNanos;
    final PingStats ping = new PingStats();
    final Object tcpSendLock = new Object();
    volatile int state = HANDSHAKE;
    volatile long lastHeardNanos;
    volatile InetSocketAddress udpAddress;
    volatile int token;
    volatile long closeDeadlineNanos;
    volatile String decodeError;
    /** True once the handshake completed; a connection that ends without it is counted as refused. */
    volatile boolean welcomed;
    long nextPingNanos;

    ServerConnection(long acceptedNanos) {
        this.acceptedNanos = acceptedNanos;
        this.lastHeardNanos = acceptedNanos;
    }

    /** The remote TCP address for logs, or "?" once the socket is gone. */
    String remote() {
        InetSocketAddress a = getRemoteAddressTCP();
        return a == null ? "?" : a.toString();
    }
}

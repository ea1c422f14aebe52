package dev.javelin.engine.client;

import dev.javelin.engine.protocol.JoinRequest;
import dev.javelin.engine.protocol.PlayerPresence;
import dev.javelin.engine.protocol.SnapshotPacket;
import dev.javelin.engine.protocol.Welcome;
import dev.javelin.engine.transport.Channel;
import dev.javelin.engine.transport.DisconnectReason;
import dev.javelin.engine.transport.TransportClient;
import dev.javelin.engine.transport.TransportException;
import dev.javelin.engine.transport.TransportListener;
import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;

/**
 * A client's connection to its server: sends the join, routes what arrives (the welcome once, snapshots,
 * player presence, anything else: the game's messages) to the client engine, and remembers why the connection ended.
 *
 * <p>Threads: {@link #poll} and {@link #awaitWelcome} on the thread that steps the client (or, before it
 * starts, the one that builds it); {@link #disconnectReason()} from any thread.
 */
final class ServerLink implements TransportListener {

    private final TransportClient connection;
    private final Consumer<Welcome> onWelcome;
    private final Consumer<SnapshotPacket> onSnapshot;
    private final Consumer<PlayerPresence> onPresence;
    private final Consumer<Object> onOther;
    private volatile DisconnectReason disconnectReason;
    private Welcome welcome;

    /** Sends {@code join} over {@code connection}; what arrives goes to the matching handler. */
    ServerLink(TransportClient connection, JoinRequest join, Consumer<Welcome> onWelcome,
               Consumer<SnapshotPacket> onSnapshot, Consumer<PlayerPresence> onPresence, Consumer<Object> onOther) {
        this.connection = connection;
        this.onWelcome = onWelcome;
        this.onSnapshot = onSnapshot;
        this.onPresence = onPresence;
        this.onOther = onOther;
        connection.send(join, Channel.RELIABLE);
    }

    TransportClient connection() {
        return connection;
    }

    /** The server's welcome, or null before it arrived. */
    Welcome welcome() {
        return welcome;
    }

    DisconnectReason disconnectReason() {
        return disconnectReason;
    }

    void poll() {
        connection.poll(this);
    }

    /** Polls until the welcome arrives; throws if the connection ends or {@code timeout} passes first. */
    void awaitWelcome(String server, Duration timeout) throws TransportException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (welcome == null) {
            if (disconnectReason != null) {
                throw new TransportException(disconnectReason);
            }
            if (System.nanoTime() > deadline) {
                connection.close();
                throw new TransportException(DisconnectReason.of(DisconnectReason.Cause.TIMED_OUT,
                        "no welcome from " + server + " within " + timeout));
            }
            poll();
            if (welcome == null) {
                LockSupport.parkNanos(200_000L);
            }
        }
    }

    void close() {
        connection.close();
    }

    @Override
    public void connected(int connectionId) {
    }

    @Override
    public void message(int connectionId, Object message, Channel channel) {
        if (message instanceof SnapshotPacket p) {
            onSnapshot.accept(p);
        } else if (message instanceof Welcome w) {
            if (welcome == null) {
                welcome = w;
                onWelcome.accept(w);
            }
        } else if (message instanceof PlayerPresence p) {
            onPresence.accept(p);
        } else {
            onOther.accept(message);
        }
    }

    @Override
    public void disconnected(int connectionId, DisconnectReason reason) {
        disconnectReason = reason;
    }
}

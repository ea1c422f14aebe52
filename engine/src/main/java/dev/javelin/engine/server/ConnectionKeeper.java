package dev.javelin.engine.server;

import dev.javelin.engine.GameEngine;
import dev.javelin.engine.protocol.InputMessage;
import dev.javelin.engine.protocol.JoinRequest;
import dev.javelin.engine.transport.Channel;
import dev.javelin.engine.transport.DisconnectReason;
import dev.javelin.engine.transport.TransportListener;
import dev.javelin.engine.transport.TransportServer;
import java.util.ArrayList;
import java.util.List;

/**
 * The server's side of its connections: takes the transport's events (a connection opens, a join, inputs, a game
 * message, a connection ends) and drops the connections that never joined or went quiet and the players whose
 * reconnect grace ran out. Inputs go to the {@code InputGate}, joins to the {@code Admissions}, game messages to
 * the {@code GameMessageGate}.
 *
 * <p>Threads: the simulation thread; the transport hands its events over inside {@link #poll}.
 */
final class ConnectionKeeper implements TransportListener {

    private final GameEngine game;
    private final TransportServer transport;
    private final ServerConfig config;
    private final PlayerRoster roster;
    private final ServerStats stats;
    private final Admissions admissions;
    private final SnapshotSender snapshots;
    private final InputGate gate;
    private final GameMessageGate messages;
    private final List<ServerPlayer> leaving = new ArrayList<>();
    private long now;

    ConnectionKeeper(GameEngine game, TransportServer transport, ServerConfig config, PlayerRoster roster,
                     ServerStats stats, Admissions admissions, SnapshotSender snapshots, InputGate gate,
                     GameMessageGate messages) {
        this.game = game;
        this.transport = transport;
        this.config = config;
        this.roster = roster;
        this.stats = stats;
        this.admissions = admissions;
        this.snapshots = snapshots;
        this.gate = gate;
        this.messages = messages;
    }

    /** Drains the transport's events, as of {@code now} (clock nanoseconds). */
    void poll(long now) {
        this.now = now;
        transport.poll(this);
    }

    /** Disconnects who never joined or went quiet, and lets go of players whose grace ran out by {@code now}. */
    void enforceTimeouts(long now) {
        this.now = now;
        roster.expireJoins(now, seconds(config.joinTimeoutSeconds()), connection ->
                transport.disconnect(connection, "no join request within " + config.joinTimeoutSeconds() + " s"));
        long idleLimit = seconds(config.idleTimeoutSeconds());
        long graceLimit = seconds(config.reconnectGraceSeconds());
        leaving.clear();
        List<ServerPlayer> order = roster.inOrder();
        for (int i = 0, count = order.size(); i < count; i++) {
            ServerPlayer p = order.get(i);
            if (p.connectionId() != 0 && now - p.lastHeardNanos() > idleLimit) {
                transport.disconnect(p.connectionId(), "idle for " + config.idleTimeoutSeconds() + " s");
                roster.unbind(p.connectionId());
                p.drop(now);
                leaving.add(p);
            } else if (p.connectionId() == 0 && now - p.droppedAtNanos() >= graceLimit) {
                leaving.add(p);
            }
        }
        for (int i = 0, count = leaving.size(); i < count; i++) {
            admissions.leave(leaving.get(i));
        }
        leaving.clear();
    }

    private static long seconds(double s) {
        return (long) (s * 1e9);
    }

    @Override
    public void connected(int connectionId) {
        roster.awaitJoin(connectionId, now);
    }

    @Override
    public void message(int connectionId, Object message, Channel channel) {
        if (message instanceof InputMessage m) {
            onInputs(connectionId, m);
        } else if (message instanceof JoinRequest j) {
            admissions.join(connectionId, j, now);
        } else {
            messages.offer(roster.byConnection(connectionId), message, channel, now);
        }
    }

    @Override
    public void disconnected(int connectionId, DisconnectReason reason) {
        roster.stopAwaiting(connectionId);
        ServerPlayer p = roster.unbind(connectionId);
        if (p == null) {
            return;
        }
        p.drop(now);
        if (config.reconnectGraceSeconds() == 0) {
            admissions.leave(p);
        }
    }

    private void onInputs(int connectionId, InputMessage m) {
        ServerPlayer p = roster.byConnection(connectionId);
        if (p == null) {
            stats.badMessages++;
            return;
        }
        p.heard(now);
        if (m.snapshotAck() >= 0) {
            snapshots.acknowledge(p, m.snapshotAck());
        }
        if (m.wantFull()) {
            snapshots.requestFull(p);
        }
        p.echo(m.clientTimeNanos(), now);
        gate.admit(p, m.inputs(), game.world().stepCount() + 1, now);
    }
}

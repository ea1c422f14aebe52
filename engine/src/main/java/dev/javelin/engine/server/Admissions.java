package dev.javelin.engine.server;

import dev.javelin.engine.GameEngine;
import dev.javelin.engine.protocol.JoinRequest;
import dev.javelin.engine.protocol.PlayerPresence;
import dev.javelin.engine.util.SafeText;
import dev.javelin.engine.protocol.Welcome;
import dev.javelin.engine.transport.Channel;
import dev.javelin.engine.transport.TransportServer;

/**
 * Admits joining connections (checks the request, resumes a player by its token or adds a new one,
 * welcomes it) and tells each room who is present: a joining client learns of the players already in its
 * room, and everyone in a room learns when a player joins or leaves ({@link PlayerPresence}).
 *
 * <p>Threads: the server's simulation thread.
 */
final class Admissions {

    private final GameEngine game;
    private final TransportServer transport;
    private final ServerConfig config;
    private final PlayerRoster roster;
    private final SnapshotSender snapshots;
    private final ServerStats stats;
    private final JoinPolicy policy;

    Admissions(GameEngine game, TransportServer transport, ServerConfig config, PlayerRoster roster,
               SnapshotSender snapshots, ServerStats stats, JoinPolicy policy) {
        this.policy = policy;
        this.game = game;
        this.transport = transport;
        this.config = config;
        this.roster = roster;
        this.snapshots = snapshots;
        this.stats = stats;
    }

    /** Handles {@code join} from {@code connectionId} at {@code now}; refusals disconnect with a one-line reason. */
    void join(int connectionId, JoinRequest join, long now) {
        if (!roster.stopAwaiting(connectionId)) {
            stats.badMessages++;
            return;
        }
        String refusal = refusal(join);
        ServerPlayer player = roster.holding(join.resumeToken());
        boolean resumed = player != null;
        if (refusal == null && !resumed) {
            // A player coming back with its resume token was approved when it first joined.
            refusal = policy.refusal(join, roster.all().size(), now);
        }
        if (refusal != null) {
            stats.joinsRefused++;
            transport.disconnect(connectionId, refusal);
            return;
        }
        if (resumed) {
            if (player.connectionId() != 0) {
                // The old connection died without the server noticing yet: the token proves it is the same player.
                roster.unbind(player.connectionId());
                transport.disconnect(player.connectionId(), "replaced by a resumed connection");
            }
            player.inputs().restartSequence();
        } else {
            int room = roster.room(join.room());
            if (room < 0) {
                transport.disconnect(connectionId, "too many rooms");
                return;
            }
            // The name is shown to every player and logged: keep no control characters or escapes in it.
            player = roster.add(SafeText.of(join.playerName()), room,
                    new PlayerInputQueue(config.maxFutureSteps(), config.inputQueueCapacity()));
        }
        player.connect(connectionId, now, config.maxInputsPerSecond());
        roster.bind(connectionId, player);
        snapshots.reset(player);
        transport.send(connectionId, new Welcome(player.id(), player.resumeToken(), game.config().stepRate(),
                config.updateRate(), config.fullSyncRate(), game.world().stepCount(), now), Channel.RELIABLE);
        for (ServerPlayer present : roster.inOrder()) {
            if (present.roomId() == player.roomId() && present != player) {
                transport.send(connectionId, presence(present, true), Channel.RELIABLE);
            }
        }
        if (resumed) {
            transport.send(connectionId, presence(player, true), Channel.RELIABLE);
        } else {
            stats.playersJoined++;
            announce(player, true);
            game.notifyPlayerJoined(player.id(), player.name(), player.roomId());
        }
    }

    private static String refusal(JoinRequest join) {
        String name = join.playerName();
        if (name == null || name.isBlank() || name.length() > JoinRequest.MAX_NAME_LENGTH) {
            return "player name must be 1 to " + JoinRequest.MAX_NAME_LENGTH + " characters";
        }
        if (join.room() != null && join.room().length() > JoinRequest.MAX_ROOM_LENGTH) {
            return "room name must be at most " + JoinRequest.MAX_ROOM_LENGTH + " characters";
        }
        return null;
    }

    /** Removes {@code p} for good: its stream, the room's clients and the game are told. */
    void leave(ServerPlayer p) {
        if (roster.remove(p)) {
            stats.playersLeft++;
            snapshots.forget(p);
            announce(p, false);
            game.notifyPlayerDisconnected(p.id());
        }
    }

    /**
     * Moves {@code p} to room {@code room}: the old room's clients see it leave and it sees them go, the new
     * room's clients see it come and it sees them. Its snapshots go on with the same stream, so objects of the
     * old room reach its client as destroyed and those of the new room as created.
     */
    void move(ServerPlayer p, int room) {
        for (ServerPlayer other : roster.inOrder()) {
            if (other != p && other.roomId() == p.roomId()) {
                send(other, presence(p, false));
                send(p, presence(other, false));
            }
        }
        p.moveTo(room);
        for (ServerPlayer other : roster.inOrder()) {
            if (other != p && other.roomId() == room) {
                send(other, presence(p, true));
                send(p, presence(other, true));
            }
        }
    }

    private void send(ServerPlayer to, Object message) {
        if (to.connectionId() != 0) {
            transport.send(to.connectionId(), message, Channel.RELIABLE);
        }
    }

    /** Tells every connected player of {@code p}'s room, {@code p} included, that it joined or left. */
    private void announce(ServerPlayer p, boolean present) {
        PlayerPresence message = presence(p, present);
        for (ServerPlayer other : roster.inOrder()) {
            if (other.roomId() == p.roomId() && other.connectionId() != 0) {
                transport.send(other.connectionId(), message, Channel.RELIABLE);
            }
        }
    }

    private static PlayerPresence presence(ServerPlayer p, boolean present) {
        return new PlayerPresence(p.id(), p.name(), p.roomId(), present);
    }
}

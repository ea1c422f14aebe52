package dev.javelin.engine.server;

import dev.javelin.engine.transport.Channel;
import dev.javelin.engine.transport.TransportServer;
import java.util.Arrays;

/**
 * What the game sends its players outside the snapshots' objects: game events (queued on the players' snapshots
 * until acknowledged) and game messages (straight to the transport), to one player, one room or everyone.
 * Only connected players get messages; a player in its reconnect grace has no connection to send on.
 *
 * <p>Threads: the simulation thread.
 */
final class MessageOutbox {

    private final TransportServer transport;
    private final PlayerRoster roster;
    private final SnapshotSender snapshots;
    /** The connections of one broadcast, reused so that sending allocates nothing in steady state. */
    private int[] targets = new int[16];

    MessageOutbox(TransportServer transport, PlayerRoster roster, SnapshotSender snapshots) {
        this.transport = transport;
        this.roster = roster;
        this.snapshots = snapshots;
    }

    /** Queues {@code event}, raised at world step {@code step}, on the snapshots of every player in {@code roomId}. */
    void event(Object event, int roomId, int step) {
        for (ServerPlayer p : roster.inOrder()) {
            if (p.roomId() == roomId) {
                snapshots.queueEvent(p, event, step);
            }
        }
    }

    /** Sends to player {@code playerId}; false if it is not connected now or the transport refused. */
    boolean toPlayer(int playerId, Object message, Channel channel) {
        ServerPlayer p = roster.byId(playerId);
        return p != null && p.connectionId() != 0 && transport.send(p.connectionId(), message, channel);
    }

    /** Sends to every connected player of room {@code roomId}, or of every room if {@code oneRoom} is false. */
    int toPlayers(Object message, Channel channel, boolean oneRoom, int roomId) {
        int count = 0;
        for (ServerPlayer p : roster.inOrder()) {
            if (p.connectionId() != 0 && (!oneRoom || p.roomId() == roomId)) {
                if (count == targets.length) {
                    targets = Arrays.copyOf(targets, count * 2);
                }
                targets[count++] = p.connectionId();
            }
        }
        return count == 0 ? 0 : transport.send(targets, count, message, channel);
    }
}

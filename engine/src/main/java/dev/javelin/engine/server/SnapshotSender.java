package dev.javelin.engine.server;

import dev.javelin.engine.GameEngine;
import dev.javelin.engine.schema.ClassRegistry;
import dev.javelin.engine.internal.codec.SnapshotEncoder;
import dev.javelin.engine.internal.codec.WorldFrame;
import dev.javelin.engine.protocol.SnapshotPacket;
import dev.javelin.engine.transport.Channel;
import dev.javelin.engine.transport.TransportServer;
import dev.javelin.engine.world.GameObject;
import dev.javelin.engine.world.GameWorld;
import java.util.List;

/**
 * Sends each player its snapshots: every {@code updateRate} steps, players taking turns by id so the work
 * spreads evenly over the steps. One {@link WorldFrame} is captured per step that sends and shared by every
 * player; each player has its own {@link SnapshotEncoder} (baselines, acks, priorities, pending events).
 * A player receives the objects of its room that the {@link InterestPolicy} selects and whose class is
 * registered: objects of other classes may live in the world and are simply never networked.
 *
 * <p>Threads: the server's simulation thread.
 */
final class SnapshotSender {

    /** One player's encoder and counters; held by its {@link ServerPlayer} (no map lookup per message). */
    static final class PlayerStream {
        final SnapshotEncoder encoder;
        int sequence;
        int sent;

        PlayerStream(SnapshotEncoder encoder) {
            this.encoder = encoder;
        }
    }

    private final GameEngine game;
    private final ServerConfig config;
    private final TransportServer transport;
    private final InterestPolicy interest;
    private final ServerStats stats;
    private final WorldFrame frame;
    private final byte[] buffer;
    private final IndexSet selection = new IndexSet();
    private final SnapshotPacket packet = new SnapshotPacket();
    private boolean[] networked = new boolean[64];

    SnapshotSender(GameEngine game, ServerConfig config, TransportServer transport, InterestPolicy interest,
                   ServerStats stats) {
        this.game = game;
        this.config = config;
        this.transport = transport;
        this.interest = interest;
        this.stats = stats;
        this.frame = new WorldFrame(game.classes());
        this.buffer = new byte[config.snapshotBudgetBytes()];
    }

    /** Whether {@code p} gets a snapshot at step {@code n}: every updateRate steps, phase by player id. */
    private boolean due(ServerPlayer p, int n) {
        return p.connectionId() != 0 && (n + p.id()) % config.updateRate() == 0;
    }

    /** Sends the snapshots due at {@code step} to the players of {@code roster}. */
    void send(int step, long now, PlayerRoster roster) {
        List<ServerPlayer> order = roster.inOrder();
        boolean any = false;
        for (int i = 0, count = order.size(); i < count && !any; i++) {
            any = due(order.get(i), step);
        }
        if (!any) {
            return;
        }
        GameWorld world = game.world();
        List<GameObject> objects = world.objects();
        frame.capture(step, objects);
        interest.prepare(world);
        indexObjects(objects, roster);
        for (int i = 0, count = order.size(); i < count; i++) {
            ServerPlayer p = order.get(i);
            if (due(p, step)) {
                sendTo(p, objects, world, now);
            }
        }
    }

    private void sendTo(ServerPlayer p, List<GameObject> objects, GameWorld world, long now) {
        selection.clear();
        interest.select(p, p.owned(), world, selection);
        selection.sortDistinct();
        int kept = 0;
        for (int k = 0, m = selection.size(); k < m; k++) {
            int index = selection.get(k);
            if (networked[index] && objects.get(index).roomId() == p.roomId()) {
                selection.set(kept++, index);
            }
        }
        selection.truncate(kept);
        PlayerStream s = stream(p);
        if (s.sent > 0 && s.sent % config.fullSyncRate() == 0) {
            s.encoder.requestFull();
        }
        int length = s.encoder.encode(++s.sequence, frame, selection.array(), selection.size(), buffer, 0);
        s.sent++;
        packet.set(p.inputs().highestReceived(), p.echoTimeNanos(), p.echoHeldNanos(now), buffer, length);
        if (transport.send(p.connectionId(), packet, Channel.UNRELIABLE)) {
            stats.snapshotsSent++;
            stats.snapshotBytesSent += length;
        }
    }

    /** Marks which objects are networked and fills each player's list of its own objects, in one pass. */
    private void indexObjects(List<GameObject> objects, PlayerRoster roster) {
        List<ServerPlayer> order = roster.inOrder();
        for (int i = 0, count = order.size(); i < count; i++) {
            order.get(i).owned().clear();
        }
        if (networked.length < objects.size()) {
            networked = new boolean[Math.max(objects.size(), networked.length * 2)];
        }
        ClassRegistry classes = game.classes();
        for (int i = 0, n = objects.size(); i < n; i++) {
            GameObject o = objects.get(i);
            networked[i] = classes.isRegistered(o.getClass());
            ServerPlayer owner = roster.byId(o.ownerId());
            if (owner != null) {
                owner.owned().add(o);
            }
        }
    }

    void acknowledge(ServerPlayer player, int sequence) {
        stream(player).encoder.acknowledge(sequence);
    }

    void requestFull(ServerPlayer player) {
        stream(player).encoder.requestFull();
    }

    /** Queues a game event for {@code player}; it rides its snapshots until one carrying it is acknowledged. */
    void queueEvent(ServerPlayer player, Object event, int step) {
        stream(player).encoder.queueEvent(event, step);
    }

    /** A new connection for {@code player}: its client knows nothing, so start from an empty baseline. */
    void reset(ServerPlayer player) {
        player.stream(new PlayerStream(newEncoder()));
    }

    void forget(ServerPlayer player) {
        player.stream(null);
    }

    private PlayerStream stream(ServerPlayer player) {
        if (player.stream() == null) {
            player.stream(new PlayerStream(newEncoder()));
        }
        return player.stream();
    }

    private SnapshotEncoder newEncoder() {
        return new SnapshotEncoder(game.classes(), config.snapshotBudgetBytes(), SnapshotEncoder.DEFAULT_WINDOW,
                SnapshotEncoder.DEFAULT_MAX_PENDING_EVENTS);
    }
}

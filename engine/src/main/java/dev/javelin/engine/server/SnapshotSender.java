package dev.javelin.engine.server;

import dev.javelin.engine.GameEngine;
import dev.javelin.engine.internal.codec.SnapshotEncoder;
import dev.javelin.engine.internal.codec.WorldFrame;

/**
 * The server's side of the snapshot codec: one {@link WorldFrame} captured per snapshot tick and
 * shared by every player, and one {@link SnapshotEncoder} per player (its baselines, acks, priorities
 * and pending events). Threads: the server's simulation thread.
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
    private final WorldFrame frame;
    private final byte[] buffer;

    SnapshotSender(GameEngine game, ServerConfig config) {
        this.game = game;
        this.config = config;
        this.frame = new WorldFrame(game.classes());
        this.buffer = new byte[config.snapshotBudgetBytes()];

    }

    /** Captures the world once for this tick's snapshots. */
    void capture(int step) {
        frame.capture(step, game.world().objects());
    }

    /**
     * Encodes {@code player}'s next snapshot of the objects at {@code indices[0, count)} of the world's object list
     * (ascending) from the captured frame into {@link #buffer()} and returns its length. The next call overwrites
     * it: send it first.
     */
    int encode(ServerPlayer player, int[] indices, int count) {
        PlayerStream s = stream(player);
        if (s.sent > 0 && s.sent % config.fullSyncRate() == 0) {
            s.encoder.requestFull();
        }
        int len = s.encoder.encode(++s.sequence, frame, indices, count, buffer, 0);
        s.sent++;
        return len;
    }

    /** The buffer {@link #encode} writes to. */
    byte[] buffer() {
        return buffer;
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
        player.stream = new PlayerStream(newEncoder());
    }

    void forget(ServerPlayer player) {
        player.stream = null;
    }

    private PlayerStream stream(ServerPlayer player) {
        if (player.stream == null) {
            player.stream = new PlayerStream(newEncoder());
        }
        return player.stream;
    }

    private SnapshotEncoder newEncoder() {
        return new SnapshotEncoder(game.classes(), config.snapshotBudgetBytes(), SnapshotEncoder.DEFAULT_WINDOW,
                SnapshotEncoder.DEFAULT_MAX_PENDING_EVENTS);
    }
}

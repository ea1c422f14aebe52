package dev.javelin.engine.server;

import dev.javelin.engine.GameEngine;
import dev.javelin.engine.GameObject;
import dev.javelin.engine.codec.SnapshotEncoder;
import dev.javelin.engine.codec.WorldFrame;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The server's side of the snapshot codec: one {@link WorldFrame} captured per snapshot tick and
 * shared by every player, and one {@link SnapshotEncoder} per player (its baselines, acks, priorities
 * and pending events). Threads: the server's simulation thread.
 */
final class SnapshotSender {

    private static final class PlayerStream {
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
    private final Map<Integer, PlayerStream> streams = new HashMap<>();
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

    /** Encodes {@code player}'s next snapshot of {@code relevant} (ascending ids) from the captured frame. */
    byte[] encode(ServerPlayer player, List<GameObject> relevant) {
        PlayerStream s = stream(player);
        if (s.sent > 0 && s.sent % config.fullSyncRate() == 0) {
            s.encoder.requestFull();
        }
        int len = s.encoder.encode(++s.sequence, frame, relevant, buffer, 0);
        s.sent++;
        return Arrays.copyOf(buffer, len);
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
        streams.put(player.id(), new PlayerStream(newEncoder()));
    }

    void forget(ServerPlayer player) {
        streams.remove(player.id());
    }

    private PlayerStream stream(ServerPlayer player) {
        return streams.computeIfAbsent(player.id(), id -> new PlayerStream(newEncoder()));
    }

    private SnapshotEncoder newEncoder() {
        return new SnapshotEncoder(game.classes(), config.snapshotBudgetBytes(), SnapshotEncoder.DEFAULT_WINDOW,
                SnapshotEncoder.DEFAULT_MAX_PENDING_EVENTS);
    }
}

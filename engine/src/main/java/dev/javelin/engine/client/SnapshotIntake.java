package dev.javelin.engine.client;

import dev.javelin.engine.GameEngine;
import dev.javelin.engine.internal.wire.CodecException;
import dev.javelin.engine.internal.codec.DesyncException;
import dev.javelin.engine.protocol.SnapshotPacket;
import dev.javelin.engine.sync.InputHistory;
import dev.javelin.engine.sync.WorldUpdate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Takes in the server's snapshot packets: measures the round trip from their echo, acknowledges inputs,
 * decodes them into {@link WorldUpdate}s (game events go to the game as they decode) and holds the updates
 * until the next client step hands them to the strategy, oldest first.
 *
 * <p>Threads: the client's simulation thread.
 */
final class SnapshotIntake {

    private final GameEngine game;
    private final InputHistory history;
    private final ClientStats stats;
    private final RttEstimator rtt;
    private final ServerStepClock serverClock;
    private final InputSender sender;
    private final List<WorldUpdate> pending = new ArrayList<>();
    private SnapshotReceiver receiver;
    private int lastSnapshotBytes;
    private long snapshotPacketsIn;
    private int firstSequence = -1;

    SnapshotIntake(GameEngine game, InputHistory history, ClientStats stats, RttEstimator rtt,
                   ServerStepClock serverClock, InputSender sender) {
        this.game = game;
        this.history = history;
        this.stats = stats;
        this.rtt = rtt;
        this.serverClock = serverClock;
        this.sender = sender;
    }

    /** The welcome arrived: snapshots may be decoded from now on. */
    void open() {
        receiver = new SnapshotReceiver(game);
    }

    /** The decoder's state (newest sequence, full requested), or null before the welcome. */
    SnapshotReceiver receiver() {
        return receiver;
    }

    int lastSnapshotBytes() {
        return lastSnapshotBytes;
    }

    /** Snapshot datagrams received since the first one decoded. */
    long snapshotPacketsIn() {
        return snapshotPacketsIn;
    }

    /** How many snapshots the server numbered from the first one decoded to the newest: received plus lost. */
    long numberedSnapshots() {
        return firstSequence < 0 ? 0 : receiver.newestSequence() - firstSequence + 1L;
    }

    void accept(SnapshotPacket packet, long now) {
        if (receiver == null) {
            return;
        }
        rtt.onEcho(packet.echoTimeNanos(), packet.heldNanos(), now);
        history.acknowledge(packet.inputAck());
        stats.snapshotBytesIn += packet.length();
        lastSnapshotBytes = packet.length();
        if (firstSequence >= 0) {
            snapshotPacketsIn++;
        }
        WorldUpdate update;
        try {
            update = receiver.decode(packet.data(), packet.length(),
                    (event, step) -> game.events().gameEvent.dispatch(l -> l.onEvent(event, step)));
        } catch (DesyncException desync) {
            stats.desyncs++;
            sender.ackDue();
            return;
        } catch (CodecException bad) {
            stats.decodeErrors++;
            return;
        }
        if (update == null) {
            return;
        }
        stats.snapshotsIn++;
        if (firstSequence < 0) {
            // Loss is counted from the first snapshot decoded: the numbering may not start at 1 (a resumed player).
            firstSequence = update.sequence();
            snapshotPacketsIn = 1;
        }
        serverClock.onSample(update.step(), now);
        sender.ackDue();
        pending.add(update);
    }

    /** The updates received since the last call, oldest first; the list is reused, read it before the next call. */
    List<WorldUpdate> drain(List<WorldUpdate> into) {
        into.clear();
        if (!pending.isEmpty()) {
            pending.sort(Comparator.comparingInt(WorldUpdate::sequence));
            into.addAll(pending);
            pending.clear();
        }
        return into;
    }
}

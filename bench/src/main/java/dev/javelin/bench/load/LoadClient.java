package dev.javelin.bench.load;

import dev.javelin.engine.internal.wire.CodecException;
import dev.javelin.engine.internal.codec.DecodedSnapshot;
import dev.javelin.engine.internal.codec.DesyncException;
import dev.javelin.engine.internal.codec.SnapshotDecoder;
import dev.javelin.engine.world.Input;
import dev.javelin.engine.protocol.InputMessage;
import dev.javelin.engine.protocol.JoinRequest;
import dev.javelin.engine.protocol.SnapshotPacket;
import dev.javelin.engine.protocol.Welcome;
import dev.javelin.engine.transport.Channel;
import dev.javelin.engine.transport.DisconnectReason;
import dev.javelin.engine.transport.TransportClient;
import dev.javelin.engine.transport.TransportListener;
import java.util.SplittableRandom;

/**
 * One headless load client: joins, sends a "move" input every client step with every unacknowledged input
 * repeated (as {@code ClientEngine} does), decodes every snapshot (the decoder verifies the server's checksum
 * of the resulting view) and acknowledges it. No prediction, no rendering: the server is what is measured.
 * Driven by the load process's tick thread.
 */
final class LoadClient implements TransportListener {

    /**
     * Unacknowledged inputs kept and resent: as many "move" inputs as one datagram holds (about 24 bytes each with
     * the view lag, within {@code Transport.MAX_UNRELIABLE_PAYLOAD_BYTES}), at most {@link InputMessage#MAX_INPUTS}.
     */
    private static final int MAX_UNACKED = Math.min(InputMessage.MAX_INPUTS, 48);

    private final TransportClient connection;
    private final SnapshotDecoder decoder = new SnapshotDecoder(LoadGame.CLASSES);
    private final SplittableRandom random;
    private final Input[] unacked = new Input[MAX_UNACKED];
    private int unackedCount;
    private int nextSequence = 1;
    private Welcome welcome;
    private long welcomedNanos;
    private long stepPeriodNanos;
    private float dirX;
    private float dirY;
    private int lastSnapshotStep = -1;
    private long lastSnapshotNanos;
    private int lastStamp;

    long snapshots;
    long snapshotBytes;
    long decodeErrors;
    long desyncs;
    long stale;
    long gaps;
    long inputsSent;
    boolean disconnected;
    String disconnectReason;
    /** An idle player: joins, then only keeps its connection alive (KryoNet's keep-alives, ping answers). */
    private boolean idle;

    LoadClient(TransportClient connection, long seed) {
        this.connection = connection;
        this.random = new SplittableRandom(seed);
    }

    void join(String name) {
        connection.send(new JoinRequest(name, "", 0), Channel.RELIABLE);
    }

    /** Makes this client idle from now on: it reads what arrives, decodes nothing, acknowledges nothing, sends nothing. */
    void idle() {
        idle = true;
    }

    boolean isIdle() {
        return idle;
    }

    boolean joined() {
        return welcome != null;
    }

    /** One client step: handle what arrived, then send this step's input. */
    void tick(long now) {
        connection.poll(this);
        if (welcome == null || disconnected || idle) {
            return;
        }
        if (random.nextInt(60) == 0) {
            double a = random.nextDouble() * 2 * Math.PI;
            dirX = (float) Math.cos(a);
            dirY = (float) Math.sin(a);
        }
        // Stamped from the server's own progress (the newest snapshot's step), as ClientEngine's clock follows it,
        // so a server that falls behind is not sent inputs for steps it has not reached.
        int step = (lastSnapshotStep >= 0 ? lastSnapshotStep : welcome.serverStep())
                + (int) ((now - (lastSnapshotStep >= 0 ? lastSnapshotNanos : welcomedNanos)) / stepPeriodNanos) + 2;
        // Never lower than the last stamp: the server refuses a stream whose steps go back.
        step = Math.max(step, lastStamp);
        lastStamp = step;
        if (unackedCount == MAX_UNACKED) {
            System.arraycopy(unacked, 1, unacked, 0, MAX_UNACKED - 1);
            unackedCount--;
        }
        unacked[unackedCount++] = new Input("move", dirX, dirY, step, nextSequence++);
        Input[] entries = new Input[unackedCount];
        System.arraycopy(unacked, 0, entries, 0, unackedCount);
        if (connection.send(new InputMessage(decoder.newestSequence(), now, decoder.fullRequested(), entries),
                Channel.UNRELIABLE)) {
            inputsSent++;
        }
    }

    @Override
    public void connected(int connectionId) {
    }

    @Override
    public void message(int connectionId, Object message, Channel channel) {
        if (message instanceof SnapshotPacket p) {
            if (idle) {
                snapshotBytes += p.length();
                return;
            }
            snapshot(p);
        } else if (message instanceof Welcome w) {
            welcome = w;
            welcomedNanos = System.nanoTime();
            stepPeriodNanos = 1_000_000_000L / w.stepRate();
        }
    }

    private void snapshot(SnapshotPacket p) {
        acknowledgeInputs(p.inputAck());
        snapshotBytes += p.length();
        try {
            DecodedSnapshot s = decoder.decode(p.data(), 0, p.length());
            if (s.isStale()) {
                stale++;
                return;
            }
            snapshots++;
            if (lastSnapshotStep >= 0 && welcome != null
                    && s.step() - lastSnapshotStep > 2 * welcome.updateRate()) {
                gaps++;
            }
            if (s.step() > lastSnapshotStep) {
                lastSnapshotStep = s.step();
                lastSnapshotNanos = System.nanoTime();
            }
        } catch (DesyncException e) {
            desyncs++;
        } catch (CodecException e) {
            decodeErrors++;
        }
    }

    private void acknowledgeInputs(int ack) {
        int drop = 0;
        while (drop < unackedCount && unacked[drop].sequence() <= ack) {
            drop++;
        }
        if (drop > 0) {
            System.arraycopy(unacked, drop, unacked, 0, unackedCount - drop);
            unackedCount -= drop;
        }
    }

    @Override
    public void disconnected(int connectionId, DisconnectReason reason) {
        disconnected = true;
        disconnectReason = reason.toString();
    }

    void close() {
        connection.close();
    }
}

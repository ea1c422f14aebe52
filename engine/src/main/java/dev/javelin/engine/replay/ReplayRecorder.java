package dev.javelin.engine.replay;

import dev.javelin.engine.GameEngine;
import dev.javelin.engine.util.Signal;
import dev.javelin.engine.world.GameObject;
import dev.javelin.engine.world.Input;
import dev.javelin.engine.world.PlayerInfo;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * Records a server's session as it runs: the start (the game's class, step rate, seed, registry fingerprint and
 * the start world's checksums), then per step the players who joined or left and every input applied, in the
 * order the server applied them, and the world checksum at the step's end; every {@code keyframeSteps} steps a
 * keyframe of each object's checksum. A {@link ReplayPlayer} plays it back through the same game code.
 *
 * <p>Wiring: {@code recorder = ReplayRecorder.attach(server.game(), out, 60);
 * server.addInputListener(recorder::inputApplied);}
 * after the server is built (so its start state is the game's own, from its constructor and {@code onServerStart}).
 * Records are gathered in memory on the simulation thread and handed, at every keyframe, to a writer thread that
 * deflate-compresses and flushes them, so a file is readable up to the last keyframe while the server still runs
 * and the step never waits on compression or the disk; {@link #close()} ends it.
 *
 * <p>Threads: the server's simulation thread ({@link #close()} too, or after the server stopped). An I/O error
 * stops the recording (reported once through {@link #failure()}); it never stops the server.
 */
public final class ReplayRecorder implements AutoCloseable {

    private final GameEngine game;
    private final CountingStream counted;
    private final DataOutputStream compressed;
    private final ByteArrayOutputStream pending = new ByteArrayOutputStream(8192);
    private final DataOutputStream out = new DataOutputStream(pending);
    // Compression and file I/O run on a writer thread that collects the chunks every 200 ms: handing one over
    // never wakes a thread from the step (on a loaded machine a wake-up can cost the step its time slice).
    private final ConcurrentLinkedQueue<byte[]> chunks = new ConcurrentLinkedQueue<>();
    private final ScheduledExecutorService writer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "javelin-replay-writer");
        t.setDaemon(true);
        return t;
    });
    private final int keyframeSteps;
    private final Map<String, Integer> actions = new HashMap<>();
    private final List<Signal.Subscription> subscriptions = new ArrayList<>();
    private long recorderNanos;
    private int steps;
    private volatile IOException failure;
    private boolean closed;

    private ReplayRecorder(GameEngine game, OutputStream sink, int keyframeSteps) throws IOException {
        this.game = game;
        this.keyframeSteps = keyframeSteps;
        sink.write(ReplayFormat.MAGIC);
        this.counted = new CountingStream(sink);
        this.compressed = new DataOutputStream(new BufferedOutputStream(
                new DeflaterOutputStream(counted, new Deflater(Deflater.BEST_COMPRESSION), 4096, true), 4096));
    }

    /**
     * Starts recording {@code game} (a server's, already started) to {@code sink}, with a keyframe every
     * {@code keyframeSteps} steps. The recorder owns {@code sink} and closes it.
     */
    public static ReplayRecorder attach(GameEngine game, OutputStream sink, int keyframeSteps) throws IOException {
        if (game == null || sink == null || keyframeSteps < 1) {
            throw new IllegalArgumentException("game and sink must not be null and keyframeSteps at least 1");
        }
        ReplayRecorder r = new ReplayRecorder(game, sink, keyframeSteps);
        r.writeHeader();
        r.writer.scheduleWithFixedDelay(r::drain, 200, 200, TimeUnit.MILLISECONDS);
        r.subscriptions.add(game.events().playerJoined.subscribe(r::joined));
        r.subscriptions.add(game.events().playerDisconnected.subscribe(r::left));
        r.subscriptions.add(game.events().stepEnded.subscribe((step, reenact) -> r.stepEnded(step)));
        return r;
    }

    private void writeHeader() throws IOException {
        out.writeInt(ReplayFormat.VERSION);
        out.writeUTF(game.getClass().getName());
        out.writeInt(game.config().stepRate());
        out.writeLong(game.config().seed());
        out.writeLong(game.classes().fingerprint());
        out.writeInt(game.world().stepCount());
        out.writeInt(keyframeSteps);
        out.writeInt(WorldChecksum.of(game.world()));
        writeObjects();
        handOff();
    }

    /** Queues what was written since the last hand-off for the writer thread, which compresses and flushes it. */
    private void handOff() {
        chunks.add(pending.toByteArray());
        pending.reset();
    }

    /** Writer thread: compresses and flushes the chunks queued so far. */
    private void drain() {
        byte[] chunk;
        boolean wrote = false;
        while (failure == null && (chunk = chunks.poll()) != null) {
            try {
                compressed.write(chunk);
                wrote = true;
            } catch (IOException e) {
                failure = e;
            }
        }
        if (wrote && failure == null) {
            try {
                compressed.flush();
            } catch (IOException e) {
                failure = e;
            }
        }
    }

    private void writeObjects() throws IOException {
        List<GameObject> objects = game.world().objects();
        ReplayFormat.writeVarInt(out, objects.size());
        for (int i = 0, n = objects.size(); i < n; i++) {
            GameObject o = objects.get(i);
            ReplayFormat.writeVarInt(out, o.id());
            out.writeInt(WorldChecksum.of(o));
        }
    }

    private void joined(int playerId) {
        long t0 = System.nanoTime();
        PlayerInfo p = game.player(playerId);
        write(() -> {
            out.writeByte(ReplayFormat.JOIN);
            ReplayFormat.writeVarInt(out, playerId);
            out.writeUTF(p == null ? "" : p.name());
            ReplayFormat.writeVarInt(out, p == null ? 0 : p.roomId());
        });
        recorderNanos += System.nanoTime() - t0;
    }

    private void left(int playerId) {
        long t0 = System.nanoTime();
        write(() -> {
            out.writeByte(ReplayFormat.LEAVE);
            ReplayFormat.writeVarInt(out, playerId);
        });
        recorderNanos += System.nanoTime() - t0;
    }

    /** The server is about to apply {@code input} of {@code playerId} (the server engine's input listener). */
    public void inputApplied(Input input, int playerId) {
        long t0 = System.nanoTime();
        write(() -> {
            Integer action = actions.get(input.action());
            if (action == null) {
                action = actions.size();
                actions.put(input.action(), action);
                out.writeByte(ReplayFormat.ACTION);
                out.writeUTF(input.action());
            }
            out.writeByte(ReplayFormat.INPUT);
            ReplayFormat.writeVarInt(out, playerId);
            ReplayFormat.writeVarInt(out, action);
            out.writeFloat(input.x());
            out.writeFloat(input.y());
            ReplayFormat.writeVarInt(out, input.step() - (game.world().stepCount() + 1));
            ReplayFormat.writeVarInt(out, input.sequence());
            out.writeFloat(input.viewLag());
        });
        recorderNanos += System.nanoTime() - t0;
    }

    private void stepEnded(int step) {
        long t0 = System.nanoTime();
        steps++;
        int sum = WorldChecksum.of(game.world());
        write(() -> {
            out.writeByte(ReplayFormat.STEP);
            out.writeInt(sum);
            if (steps % keyframeSteps == 0) {
                out.writeByte(ReplayFormat.KEYFRAME);
                writeObjects();
                handOff();
            }
        });
        recorderNanos += System.nanoTime() - t0;
    }

    private interface Write {
        void run() throws IOException;
    }

    private void write(Write w) {
        if (failure != null || closed) {
            return;
        }
        try {
            w.run();
        } catch (IOException e) {
            failure = e;
        }
    }

    /** Steps recorded so far. */
    public int steps() {
        return steps;
    }

    /** Compressed bytes written so far (as of the writer's last flush; exact after {@link #close()}), no magic. */
    public long bytesWritten() {
        return counted.count;
    }

    /** Time spent recording on the simulation thread, in nanoseconds. */
    public long recorderNanos() {
        return recorderNanos;
    }

    /** The I/O error that stopped the recording, or null. */
    public IOException failure() {
        return failure;
    }

    /** Ends the file and closes the sink; further events are ignored. Idempotent. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        subscriptions.forEach(Signal.Subscription::close);
        write(() -> out.writeByte(ReplayFormat.END));
        closed = true;
        handOff();
        writer.shutdown();
        try {
            if (!writer.awaitTermination(30, TimeUnit.SECONDS) && failure == null) {
                failure = new IOException("the replay writer did not finish within 30 s");
            }
            drain();
            compressed.close();
        } catch (IOException e) {
            if (failure == null) {
                failure = e;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failure = new IOException("interrupted while finishing the replay", e);
        }
        if (failure != null) {
            throw new UncheckedIOException("the replay recording failed", failure);
        }
    }

    private static final class CountingStream extends FilterOutputStream {
        volatile long count;

        CountingStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }
    }
}

package dev.javelin.bench.codec;

import dev.javelin.bench.bandwidth.ObjectGame;
import dev.javelin.engine.codec.ClassRegistry;
import dev.javelin.engine.codec.DecodedSnapshot;
import dev.javelin.engine.codec.SnapshotDecoder;
import dev.javelin.engine.codec.SnapshotEncoder;
import dev.javelin.engine.codec.WorldFrame;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Encode and decode of a 1,000-object delta snapshot: scene (b)'s 1,000 moving 2D objects at 20 Hz, each
 * snapshot a delta against the one two packets back, so every object changed (position, and for some
 * velocity, angle, spin). The world is stepped in setup and 240 consecutive frames are kept; each
 * operation takes the next frame. Scores are per object (operations per invocation = 1,000).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class CodecBenchmark {

    static final int OBJECTS = 1000;
    private static final int FRAMES = 240;

    private final ClassRegistry registry = ObjectGame.REGISTRY;
    private WorldFrame[] frames;
    private ObjectGame game;
    private SnapshotEncoder encoder;
    private SnapshotDecoder decoder;
    private final byte[] buffer = new byte[65536];
    private int sequence;

    @Setup
    public void setup() {
        game = new ObjectGame();
        frames = new WorldFrame[FRAMES];
        for (int i = 0; i < FRAMES; i++) {
            for (int s = 0; s < 3; s++) {
                game.step(false);
            }
            frames[i] = new WorldFrame(registry);
            frames[i].capture(game.world().stepCount(), game.world().objects());
        }
        encoder = new SnapshotEncoder(registry, 65536, 32, 16);
        decoder = new SnapshotDecoder(registry);
        // Join: the client takes the world, then deltas follow.
        for (int i = 0; i < 3; i++) {
            encodeDecode();
        }
    }

    private WorldFrame next() {
        sequence++;
        encoder.acknowledge(sequence - 2);
        return frames[sequence % FRAMES];
    }

    /** Quantizing the world into a frame, once per tick for all clients. */
    @Benchmark
    @OperationsPerInvocation(OBJECTS)
    public int capture() {
        WorldFrame f = frames[++sequence % FRAMES];
        f.capture(f.step(), game.world().objects());
        return f.checksum();
    }

    /** One client's delta snapshot from a captured frame. */
    @Benchmark
    @OperationsPerInvocation(OBJECTS)
    public int encode() {
        return encoder.encode(sequence + 1, next(), buffer, 0);
    }

    /** Encode, then decode on the client (checksum verified, objects updated). */
    @Benchmark
    @OperationsPerInvocation(OBJECTS)
    public int encodeDecode() {
        int n = encoder.encode(sequence + 1, next(), buffer, 0);
        DecodedSnapshot r = decoder.decode(buffer, 0, n);
        encoder.acknowledge(r.sequence() - 1);
        return r.updated().size();
    }
}

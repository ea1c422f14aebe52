package dev.javelin.bench.codec;

import dev.javelin.bench.bandwidth.CubeGame;
import dev.javelin.bench.bandwidth.ObjectGame;
import dev.javelin.engine.GameEngine;
import dev.javelin.engine.codec.ClassRegistry;
import dev.javelin.engine.codec.DecodedSnapshot;
import dev.javelin.engine.codec.SnapshotDecoder;
import dev.javelin.engine.codec.SnapshotEncoder;
import dev.javelin.engine.codec.WorldFrame;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Encode and decode of a delta snapshot of a whole world, each a delta against the snapshot two back:
 * <ul>
 *   <li>{@code objects2d}: scene (b), 1,000 2D objects that all move, at 20 Hz; every object changed
 *       (position, and for some velocity, angle), the worst case;</li>
 *   <li>{@code cubes}: scene (a), 901 cubes at 60 Hz while the pusher drives; about 8% changed.</li>
 * </ul>
 * The world is stepped in setup and 240 consecutive frames are kept; each operation takes the next frame
 * (one in 240 is a delta across the wrap back to the first frame). Scores are per snapshot.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CodecBenchmark {

    private static final int FRAMES = 240;

    @Param({"objects2d", "cubes"})
    public String scene;

    private GameEngine game;
    private WorldFrame[] frames;
    private SnapshotEncoder encoder;
    private SnapshotDecoder decoder;
    private final byte[] buffer = new byte[65536];
    private int sequence;

    @Setup
    public void setup() {
        boolean cubes = scene.equals("cubes");
        game = cubes ? new CubeGame() : new ObjectGame();
        ClassRegistry registry = cubes ? CubeGame.REGISTRY : ObjectGame.REGISTRY;
        int stepsPerFrame = cubes ? 1 : 3;
        for (int i = 0; i < (cubes ? 120 : 0); i++) {
            game.step(false);
        }
        frames = new WorldFrame[FRAMES];
        for (int i = 0; i < FRAMES; i++) {
            for (int s = 0; s < stepsPerFrame; s++) {
                game.step(false);
            }
            frames[i] = new WorldFrame(registry);
            frames[i].capture(game.world().stepCount(), game.world().objects());
        }
        encoder = new SnapshotEncoder(registry, 65536, 32, 16);
        decoder = new SnapshotDecoder(registry);
        // Join: the client takes the world, then deltas follow.
        for (int i = 0; i < 4; i++) {
            encodeDecode();
        }
    }

    /** The number of networked objects in the scene. */
    int objects() {
        return frames[0].size();
    }

    private WorldFrame next() {
        sequence++;
        encoder.acknowledge(sequence - 2);
        return frames[sequence % FRAMES];
    }

    /** Quantizing the world into a frame: once per tick, shared by all clients. */
    @Benchmark
    public int capture() {
        WorldFrame f = frames[++sequence % FRAMES];
        f.capture(f.step(), game.world().objects());
        return f.size();
    }

    /** One client's delta snapshot from a captured frame. */
    @Benchmark
    public int encode() {
        return encoder.encode(sequence + 1, next(), buffer, 0);
    }

    /** Encode, then decode on the client (checksum verified, client objects updated). */
    @Benchmark
    public int encodeDecode() {
        int n = encoder.encode(sequence + 1, next(), buffer, 0);
        DecodedSnapshot r = decoder.decode(buffer, 0, n);
        return r.updated().size();
    }
}

package dev.javelin.bench.codec;

import com.esotericsoftware.kryo.kryo5.Kryo;
import com.esotericsoftware.kryo.kryo5.unsafe.UnsafeInput;
import com.esotericsoftware.kryo.kryo5.unsafe.UnsafeOutput;
import dev.javelin.bench.bandwidth.CubeGame;
import dev.javelin.bench.bandwidth.ObjectGame;
import dev.javelin.engine.GameEngine;
import dev.javelin.engine.internal.codec.DecodedSnapshot;
import dev.javelin.engine.internal.codec.SnapshotDecoder;
import dev.javelin.engine.internal.codec.SnapshotEncoder;
import dev.javelin.engine.internal.codec.WorldFrame;
import dev.javelin.engine.schema.ClassRegistry;
import dev.javelin.engine.world.GameObject;
import java.util.Arrays;
import java.util.List;
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
 * Javelin's snapshot codec and Kryo 5 side by side, on the same objects:
 * <ul>
 *   <li>{@code objects2d}: scene (b), 1,000 2D objects that all move, at 20 Hz; every object changed
 *       (position, and for some velocity, angle), the worst case;</li>
 *   <li>{@code cubes}: scene (a), 901 cubes at 60 Hz while the pusher drives; about 8% changed.</li>
 * </ul>
 * The world is stepped in setup and {@value #FRAMES} consecutive frames are kept. Javelin's snapshots are
 * deltas against the snapshot two back, as a client acknowledges them. {@code encode} writes one from a
 * captured frame (capturing, once per tick for all clients, is {@code capture}). {@code decode} reads,
 * on its own, snapshots recorded in setup from the same stream: the frames repeat with period
 * {@value #FRAMES}, so the recorded snapshots of the second period are replayed again and again, each with
 * its sequence number rewritten to the next one the decoder expects (the baseline it refers to, two back,
 * has the same content). Kryo writes and reads every networked field of every object, as it must without a
 * baseline ({@link KryoBaseline}). Scores are per snapshot.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CodecBenchmark {

    static final int FRAMES = 240;

    @Param({"objects2d", "cubes"})
    public String scene;

    private GameEngine game;
    private WorldFrame[] frames;
    private SnapshotEncoder encoder;
    private int sequence;
    private final byte[] buffer = new byte[65536];

    private SnapshotDecoder decoder;
    private byte[][] recorded;
    private int decodeSequence;

    private Kryo kryo;
    private UnsafeOutput kryoOut;
    private UnsafeInput kryoIn;
    private byte[] kryoBytes;
    private List<GameObject> objects;

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
        for (int i = 0; i < 4; i++) {
            encode();
        }
        recordDecodeStream(registry);

        objects = game.world().objects();
        kryo = KryoBaseline.kryo();
        kryoOut = new UnsafeOutput(1 << 20);
        kryoEncode();
        kryoBytes = Arrays.copyOf(kryoOut.getBuffer(), kryoOut.position());
        kryoIn = new UnsafeInput(kryoBytes);
    }

    /** Two periods of the frames: the decoder takes the first, the second is recorded for replay. */
    private void recordDecodeStream(ClassRegistry registry) {
        SnapshotEncoder e = new SnapshotEncoder(registry, 65536, 32, 16);
        decoder = new SnapshotDecoder(registry);
        recorded = new byte[FRAMES][];
        for (int s = 1; s <= 2 * FRAMES; s++) {
            e.acknowledge(s - 2);
            int n = e.encode(s, frames[s % FRAMES], buffer, 0);
            if (s <= FRAMES) {
                decoder.decode(buffer, 0, n);
            } else {
                recorded[s % FRAMES] = Arrays.copyOf(buffer, n);
            }
        }
        decodeSequence = FRAMES;
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

    /** The client's decode of the next snapshot (checksum verified, client objects updated). */
    @Benchmark
    public int decode() {
        int s = ++decodeSequence;
        byte[] bytes = recorded[s % FRAMES];
        // The sequence is the snapshot's first 32 bits, least significant byte first.
        bytes[0] = (byte) s;
        bytes[1] = (byte) (s >>> 8);
        bytes[2] = (byte) (s >>> 16);
        bytes[3] = (byte) (s >>> 24);
        DecodedSnapshot r = decoder.decode(bytes, 0, bytes.length);
        return r.updated().size();
    }

    /** Kryo writing every networked field of every object. */
    @Benchmark
    public int kryoEncode() {
        UnsafeOutput out = kryoOut;
        out.setPosition(0);
        List<GameObject> list = objects;
        int n = list.size();
        out.writeVarInt(n, true);
        for (int i = 0; i < n; i++) {
            kryo.writeClassAndObject(out, list.get(i));
        }
        return out.position();
    }

    /** Kryo reading them back into new objects. */
    @Benchmark
    public Object kryoDecode() {
        UnsafeInput in = kryoIn;
        in.setPosition(0);
        int n = in.readVarInt(true);
        Object last = null;
        for (int i = 0; i < n; i++) {
            last = kryo.readClassAndObject(in);
        }
        return last;
    }
}

package dev.javelin.bench.bandwidth;

import dev.javelin.engine.world.DynamicObject;
import dev.javelin.engine.GameEngine;
import dev.javelin.engine.world.GameObject;
import dev.javelin.engine.world.PhysicalObject3D;
import dev.javelin.engine.schema.ClassRegistry;
import dev.javelin.engine.internal.codec.EncodeStats;
import dev.javelin.engine.internal.codec.SnapshotDecoder;
import dev.javelin.engine.internal.codec.SnapshotEncoder;
import dev.javelin.engine.internal.codec.WorldFrame;
import java.util.List;
import java.util.Locale;

/**
 * {@code bench/run.sh bandwidth}: snapshot bandwidth of scene (a), 901 cubes at 60 Hz, moving and at
 * rest, and scene (b), 1,000 2D objects at 20 Hz; Javelin's codec against the naive encoding, measured in
 * the same run on the same states. Every Javelin snapshot is also decoded (its checksum verified) and at
 * the end the client's objects are compared bit for bit with the server's. Prints one BANDWIDTH line per
 * scene and encoding, and '#' lines with what moved. Then scene {@code cubes-bullet}, the cube sample on Bullet
 * ({@link BulletCubes}), with wire sizes.
 *
 * <p>Each snapshot is a delta against the snapshot two packets back (the client's acknowledgement of it
 * arrives just before), a realistic ack delay.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        cubes();
        objects();
        BulletCubes.run();
    }

    private static void cubes() {
        CubeGame game = new CubeGame();
        Run run = new Run(game, CubeGame.REGISTRY, SnapshotEncoder.DEFAULT_BUDGET_BYTES, cubeFields());
        SnapshotEncoder absolute = new SnapshotEncoder(CubeGame.REGISTRY, 65536, 32, 16);
        Meter jMoving = new Meter();
        Meter nMoving = new Meter();
        Meter aMoving = new Meter();
        Meter jResting = new Meter();
        Meter nResting = new Meter();
        run.steps(120, 1, null, null);
        long deferredBefore = run.deferred;
        int incompleteBefore = run.incomplete;
        for (int i = 0; i < 1800; i++) {
            run.steps(1, 1, jMoving, nMoving);
            if (i % 10 == 0) {
                int n = absolute.encode(run.seq, run.frame, run.scratch, 0);
                EncodeStats s = absolute.stats();
                aMoving.add(n, s.created(), s.createBits(), 0);
            }
        }
        long deferredMoving = run.deferred - deferredBefore;
        int incompleteMoving = run.incomplete - incompleteBefore;
        game.stopDriving();
        int quiet = 0;
        int settle = 0;
        while (quiet < 120 && settle < 3600) {
            run.steps(1, 1, null, null);
            quiet = run.encoder.stats().updated() == 0 && run.encoder.stats().deferred() == 0 ? quiet + 1 : 0;
            settle++;
        }
        run.steps(300, 1, jResting, nResting);
        run.verify();
        int total = game.world().size();
        System.out.println(jMoving.line("cubes-moving", "javelin", 60));
        System.out.println(nMoving.line("cubes-moving", "naive", 60));
        System.out.println(aMoving.line("cubes-moving", "javelin-absolute", 60));
        System.out.println(jResting.line("cubes-resting", "javelin", 60));
        System.out.println(nResting.line("cubes-resting", "naive", 60));
        System.out.printf(Locale.ROOT, "# cubes-moving: %d cubes, %.1f changed per snapshot (%.1f%%), %d of %d snapshots"
                        + " over the budget (%d changes deferred); 30 s measured after a 2 s join%n", total,
                jMoving.movingPerSnapshot(), 100 * jMoving.movingPerSnapshot() / total, incompleteMoving,
                jMoving.snapshots(), deferredMoving);
        System.out.printf(Locale.ROOT, "# cubes-resting: %.1f changed per snapshot after %.1f s of settling;"
                + " 5 s measured%n", jResting.movingPerSnapshot(), settle / 60.0);
    }

    private static void objects() {
        ObjectGame game = new ObjectGame();
        Run run = new Run(game, ObjectGame.REGISTRY, 65536, objectFields());
        Meter j = new Meter();
        Meter n = new Meter();
        run.steps(40, 3, null, null);
        run.steps(600, 3, j, n);
        run.verify();
        System.out.println(j.line("objects2d", "javelin", 20));
        System.out.println(n.line("objects2d", "naive", 20));
        System.out.printf(Locale.ROOT, "# objects2d: %d objects, %.1f changed per snapshot; naive / javelin = %.1fx;"
                        + " budget raised to 64 KiB so both carry every change (with 1200 bytes the priority"
                        + " accumulator spreads them over several snapshots)%n", game.world().size(),
                j.movingPerSnapshot(), n.kbps(20) / j.kbps(20));
    }

    /** One server, one client: encode, decode, and the naive encoding of the same states. */
    private static final class Run {
        final GameEngine game;
        final WorldFrame frame;
        final SnapshotEncoder encoder;
        final SnapshotDecoder decoder;
        final NaiveEncoding naive;
        final ClassRegistry registry;
        final byte[] buffer = new byte[65536];
        final byte[] scratch = new byte[65536];
        int seq;
        long deferred;
        int incomplete;

        Run(GameEngine game, ClassRegistry registry, int budget, NaiveEncoding.Fields fields) {
            this.game = game;
            this.registry = registry;
            this.frame = new WorldFrame(registry);
            this.encoder = new SnapshotEncoder(registry, budget, 32, 16);
            this.decoder = new SnapshotDecoder(registry);
            this.naive = new NaiveEncoding(fields);
        }

        void steps(int snapshots, int stepsPerSnapshot, Meter javelin, Meter naiveMeter) {
            for (int i = 0; i < snapshots; i++) {
                for (int s = 0; s < stepsPerSnapshot; s++) {
                    game.step(false);
                }
                seq++;
                List<GameObject> objects = game.world().objects();
                frame.capture(game.world().stepCount(), objects);
                encoder.acknowledge(seq - 2);
                int bytes = encoder.encode(seq, frame, buffer, 0);
                decoder.decode(buffer, 0, bytes);
                int naiveBytes = naive.encode(seq, seq - 2, game.world().stepCount(), objects);
                EncodeStats st = encoder.stats();
                deferred += st.deferred();
                incomplete += st.complete() ? 0 : 1;
                if (javelin != null) {
                    javelin.add(bytes, st.updated(), st.updateBits(), st.unchanged());
                    naiveMeter.add(naiveBytes, naive.lastChanged, (long) naive.lastChanged * naive.bitsPerObject(),
                            objects.size() - naive.lastChanged);
                }
            }
        }

        /** The client's objects must equal the server's networked state bit for bit. */
        void verify() {
            for (GameObject o : game.world().objects()) {
                GameObject d = decoder.get(o.id());
                int[] a = new int[32];
                int[] b = new int[32];
                NaiveEncoding.Fields f = o instanceof PhysicalObject3D ? cubeFields() : objectFields();
                f.read(o, a, 0);
                f.read(d, b, 0);
                if (!java.util.Arrays.equals(a, b)) {
                    throw new AssertionError("client state of " + o + " differs from the server's");
                }
            }
        }
    }

    private static int bits(float f) {
        return Float.floatToRawIntBits(f);
    }

    static NaiveEncoding.Fields cubeFields() {
        return new NaiveEncoding.Fields() {
            @Override
            public int count() {
                return 7;
            }

            @Override
            public void read(GameObject g, int[] out, int i) {
                PhysicalObject3D o = (PhysicalObject3D) g;
                out[i] = bits(o.position.x);
                out[i + 1] = bits(o.position.y);
                out[i + 2] = bits(o.position.z);
                out[i + 3] = bits(o.orientation.x);
                out[i + 4] = bits(o.orientation.y);
                out[i + 5] = bits(o.orientation.z);
                out[i + 6] = bits(o.orientation.w);
            }
        };
    }

    static NaiveEncoding.Fields objectFields() {
        return new NaiveEncoding.Fields() {
            @Override
            public int count() {
                return 14;
            }

            @Override
            public void read(GameObject g, int[] out, int i) {
                DynamicObject o = (DynamicObject) g;
                out[i] = bits(o.position.x);
                out[i + 1] = bits(o.position.y);
                out[i + 2] = bits(o.velocity.x);
                out[i + 3] = bits(o.velocity.y);
                out[i + 4] = bits(o.angle);
                out[i + 5] = bits(o.angularVelocity);
                out[i + 6] = o.ownerId();
                out[i + 7] = o.roomId();
                out[i + 8] = bits(o.width);
                out[i + 9] = bits(o.height);
                out[i + 10] = bits(o.friction);
                out[i + 11] = bits(o.maxSpeed);
                out[i + 12] = bits(o.mass);
                out[i + 13] = o.isStatic ? 1 : 0;
            }
        };
    }
}

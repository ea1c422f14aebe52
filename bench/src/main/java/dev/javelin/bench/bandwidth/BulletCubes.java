package dev.javelin.bench.bandwidth;

import dev.javelin.cubes.game.Cube;
import dev.javelin.cubes.game.CubeBot;
import dev.javelin.cubes.game.CubesClasses;
import dev.javelin.cubes.game.CubesGame;
import dev.javelin.engine.world.GameObject;
import dev.javelin.engine.world.Input;
import dev.javelin.engine.world.PhysicalObject3D;
import dev.javelin.engine.internal.codec.EncodeStats;
import dev.javelin.engine.internal.codec.SnapshotDecoder;
import dev.javelin.engine.internal.codec.SnapshotEncoder;
import dev.javelin.engine.internal.codec.WorldFrame;
import dev.javelin.net.SnapshotFraming;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;

/**
 * Scene {@code cubes-bullet}: the cube sample's own game (Bullet physics, 900 cubes and one player cube, the
 * sample's network schema) at 60 steps and 60 snapshots a second, each snapshot a delta against the one two
 * packets back. Cases: {@code pushing}, the player cube driven through the pile by the sample's bot as in
 * Fiedler's demo (20 s after a 2 s join); {@code resting}, 5 s once the pile has come to rest;
 * {@code all-moving}, every cube kicked into the air every second (5 s). Each is measured with the default
 * 1200-byte budget and with a budget that holds the wire rate at Fiedler's 256 kbit/s (the priority
 * accumulator then sends the most urgent changes first), and at 20 snapshots a second (the samples' default
 * {@code updateRate} of 3 steps) with the default budget. Every snapshot is decoded, and once the pile rests
 * the client's cubes are compared with the server's.
 *
 * <p>Per line: payload rate, wire rate (payload plus 28 bytes of UDP/IP and the transport's frame, measured by
 * encoding each snapshot packet through KryoNet's frame encoder), bits per changed cube in deltas and in
 * absolute (full) snapshots, and p99 and largest snapshot on the wire.
 */
final class BulletCubes {

    static final int HZ = 60;
    static final int UDP_IP_BYTES = 28;
    /** Wire bytes per snapshot that make 256 kbit/s at 60 Hz, minus room for the headers. */
    static final int FIEDLER_BUDGET = 256_000 / 8 / HZ - UDP_IP_BYTES - 24;

    private final CubesGame game = new CubesGame(CubesGame.config(42, HZ));
    private final SnapshotFraming framing = new SnapshotFraming();
    private final CubeBot bot = new CubeBot(7);
    private final Random kicks = new Random(11);
    private final byte[] buffer = new byte[65536];
    private final WorldFrame frame = new WorldFrame(CubesClasses.REGISTRY);

    private BulletCubes() {
        game.populate();
        game.notifyPlayerJoined(1, "pusher");
    }

    static void run() {
        new BulletCubes().measure();
    }

    /** One server and, per budget, one client (an encoder and a decoder), fed the same states, through all cases. */
    private void measure() {
        Client[] clients = {new Client(SnapshotEncoder.DEFAULT_BUDGET_BYTES, 1), new Client(FIEDLER_BUDGET, 1),
            new Client(SnapshotEncoder.DEFAULT_BUDGET_BYTES, 3)};
        snapshots(120, clients, -1, true, false);
        snapshots(1200, clients, Client.PUSHING, true, false);
        int settle = 0;
        while (!allAsleep() && settle < 3600) {
            snapshots(60, clients, -1, false, false);
            settle += 60;
        }
        boolean rested = allAsleep();
        snapshots(300, clients, Client.RESTING, false, false);
        // At rest every deferred change has gone out: each client must hold the server's state exactly.
        for (Client c : clients) {
            c.verify();
        }
        snapshots(300, clients, Client.MOVING, false, true);
        int cubes = game.world().size() - 1;
        for (Client c : clients) {
            System.out.println(c.cases[Client.PUSHING].line("pushing", c.budget, c.hz, cubes));
            System.out.println(c.cases[Client.RESTING].line("resting", c.budget, c.hz, cubes));
            System.out.println(c.cases[Client.MOVING].line("all-moving", c.budget, c.hz, cubes));
        }
        Sizes pushing = clients[0].cases[Client.PUSHING];
        System.out.printf(Locale.ROOT, "# cubes-bullet: %d cubes; pushing: %.1f changed per snapshot, %d of %d snapshots"
                        + " over the %d-byte budget; rest reached %.1f s after the pushing stopped%s; all-moving: %.1f"
                        + " changed per snapshot; 20 s pushing after a 2 s join, 5 s resting, 5 s all-moving%n", cubes,
                pushing.changedPerSnapshot(), pushing.incomplete, pushing.count, clients[0].budget, settle / 60.0,
                rested ? "" : " (NOT all asleep)", clients[0].cases[Client.MOVING].changedPerSnapshot());
    }

    /** Steps {@code n} times, each followed by a snapshot to every client, measured into case {@code kase} (-1: not). */
    private void snapshots(int n, Client[] clients, int kase, boolean drive, boolean kick) {
        for (int i = 0; i < n; i++) {
            int step = game.world().stepCount() + 1;
            if (drive) {
                for (String action : bot.decide(game.cubeOf(1), game.grid())) {
                    game.processInput(Input.of(action, step, step), 1, true);
                }
            }
            if (kick && step % HZ == 0) {
                kickAll();
            }
            game.step(false);
            frame.capture(step, game.world().objects());
            for (Client c : clients) {
                c.send(step, kase);
            }
        }
    }

    /** One client's encoder, decoder and measurements. */
    private final class Client {
        static final int PUSHING = 0;
        static final int RESTING = 1;
        static final int MOVING = 2;
        final int budget;
        final int stepsPerSnapshot;
        final int hz;
        final SnapshotEncoder encoder;
        int seq;
        final SnapshotDecoder decoder = new SnapshotDecoder(CubesClasses.REGISTRY);
        final Sizes[] cases = {new Sizes(), new Sizes(), new Sizes()};

        Client(int budget, int stepsPerSnapshot) {
            this.budget = budget;
            this.stepsPerSnapshot = stepsPerSnapshot;
            this.hz = HZ / stepsPerSnapshot;
            this.encoder = new SnapshotEncoder(CubesClasses.REGISTRY, budget, 32, 16);
        }

        void send(int step, int kase) {
            if (step % stepsPerSnapshot != 0) {
                return;
            }
            seq++;
            encoder.acknowledge(seq - 2);
            int bytes = encoder.encode(seq, frame, buffer, 0);
            decoder.decode(buffer, 0, bytes);
            if (kase >= 0) {
                EncodeStats st = encoder.stats();
                cases[kase].add(bytes, framing.frameBytes(buffer, bytes, seq) + UDP_IP_BYTES, st.updated(),
                        st.updateBits(), st.complete());
                if (seq % 10 == 0) {
                    cases[kase].absolute(frame);
                }
            }
        }

        /** The decoded cubes equal the server's, field for field (the state is quantized on both sides). */
        void verify() {
            for (GameObject o : game.world().objects()) {
                PhysicalObject3D s = (PhysicalObject3D) o;
                PhysicalObject3D c = (PhysicalObject3D) decoder.get(o.id());
                if (c == null || !s.position.equals(c.position) || !s.orientation.equals(c.orientation)
                        || !s.velocity.equals(c.velocity) || !s.angularVelocity.equals(c.angularVelocity)) {
                    throw new AssertionError("client state of " + o + " differs from the server's (budget " + budget + ")");
                }
            }
        }
    }

    /** Every cube gets a random upward kick and spin: for a moment nothing rests. */
    private void kickAll() {
        for (GameObject o : game.world().objects()) {
            if (o instanceof Cube c && !c.isStatic) {
                c.velocity.set(kicks.nextFloat() * 4f - 2f, kicks.nextFloat() * 4f - 2f, 3f + kicks.nextFloat() * 3f);
                c.angularVelocity.set(kicks.nextFloat() * 6f - 3f, kicks.nextFloat() * 6f - 3f, kicks.nextFloat() * 6f - 3f);
                c.activation = Cube.ACTIVE;
                c.restSteps = 0;
            }
        }
    }

    private boolean allAsleep() {
        for (GameObject o : game.world().objects()) {
            if (o instanceof Cube c && !c.isStatic && !c.isAsleep()) {
                return false;
            }
        }
        return true;
    }

    /** The snapshots of one case. */
    private static final class Sizes {
        private final SnapshotEncoder full = new SnapshotEncoder(CubesClasses.REGISTRY, 65536, 32, 16);
        private final byte[] scratch = new byte[65536];
        private int[] wire = new int[256];
        int count;
        int incomplete;
        private long payloadBytes;
        private long wireBytes;
        private long changed;
        private long changedBits;
        private long absoluteObjects;
        private long absoluteBits;
        private int absoluteSeq;

        void add(int payload, int wireSize, int updated, long updateBits, boolean complete) {
            if (count == wire.length) {
                wire = Arrays.copyOf(wire, count * 2);
            }
            wire[count++] = wireSize;
            payloadBytes += payload;
            wireBytes += wireSize;
            changed += updated;
            changedBits += updateBits;
            incomplete += complete ? 0 : 1;
        }

        /** Bits per object of a full snapshot of the same state (every object created from nothing). */
        void absolute(WorldFrame frame) {
            full.requestFull();
            full.encode(++absoluteSeq, frame, scratch, 0);
            absoluteObjects += full.stats().created();
            absoluteBits += full.stats().createBits();
        }

        double changedPerSnapshot() {
            return count == 0 ? 0 : changed / (double) count;
        }

        String line(String scene, int budget, int hz, int cubes) {
            int[] sorted = Arrays.copyOf(wire, count);
            Arrays.sort(sorted);
            int p99 = sorted[Math.min(count - 1, (int) Math.ceil(count * 0.99) - 1)];
            return String.format(Locale.ROOT, "BANDWIDTH scene=cubes-bullet case=%s encoding=javelin budget=%d hz=%d"
                            + " kbps=%.1f wireKbps=%.1f bitsPerCubeDelta=%.1f bitsPerCubeAbsolute=%.1f"
                            + " changedPerSnapshot=%.1f p99WireBytes=%d maxWireBytes=%d",
                    scene, budget, hz, payloadBytes * 8.0 * hz / count / 1000, wireBytes * 8.0 * hz / count / 1000,
                    changed == 0 ? 0 : changedBits / (double) changed,
                    absoluteObjects == 0 ? 0 : absoluteBits / (double) absoluteObjects, changedPerSnapshot(), p99,
                    sorted[count - 1]);
        }
    }
}

package dev.javelin.engine.internal.codec;

import dev.javelin.engine.schema.ClassRegistry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.javelin.engine.util.Angles;
import dev.javelin.engine.world.DynamicObject;
import dev.javelin.engine.GameConfig;
import dev.javelin.engine.GameEngine;
import dev.javelin.engine.world.GameObject;
import dev.javelin.engine.world.Input;
import dev.javelin.engine.physics.PhysicsConfig;
import dev.javelin.engine.physics.SimplePhysicsEngine;
import dev.javelin.engine.physics.WorldBounds;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class QuantizedTruthTest {

    static final GameConfig CONFIG = new GameConfig(60, 5L, PhysicsConfig.builder()
            .bounds(WorldBounds.clamp(400, 400)).autoResolve(true).restitution(0.5f).build());

    /** Ships that thrust and turn on input, bump into each other and into rocks. */
    static final class ArenaGame extends GameEngine {
        ArenaGame(ClassRegistry classes) {
            super(CONFIG, new SimplePhysicsEngine(CONFIG.physics()), classes);
        }

        ArenaGame() {
            super(CONFIG, new SimplePhysicsEngine(CONFIG.physics()));
        }

        @Override
        public void processInput(Input input, int playerId, boolean isServer) {
            for (GameObject o : world().byOwner(playerId)) {
                Fixtures.Ship s = (Fixtures.Ship) o;
                if (input.action().equals("thrust")) {
                    s.velocity.add(Angles.cos(s.angle) * input.x(), Angles.sin(s.angle) * input.x());
                    s.heat = Math.min(1f, s.heat + 0.01f);
                } else {
                    s.angularVelocity = input.x();
                }
            }
        }
    }

    private static ArenaGame server(ClassRegistry reg, Random rnd) {
        ArenaGame g = new ArenaGame(reg);
        for (int i = 0; i < 40; i++) {
            Fixtures.Ship s = new Fixtures.Ship();
            s.position.set(20 + rnd.nextFloat() * 360, 20 + rnd.nextFloat() * 360);
            s.width = 8;
            s.height = 8;
            s.friction = 0.01f;
            s.maxSpeed = 120;
            s.setOwnerId(i + 1);
            g.addObject(s);
            Fixtures.Rock r = new Fixtures.Rock();
            r.position.set(20 + rnd.nextFloat() * 360, 20 + rnd.nextFloat() * 360);
            r.width = 12;
            r.height = 12;
            r.mass = 5;
            g.addObject(r);
        }
        return g;
    }

    private static List<List<Input>> inputs(Random rnd, int steps) {
        List<List<Input>> all = new ArrayList<>();
        for (int s = 0; s < steps; s++) {
            List<Input> in = new ArrayList<>();
            for (int p = 1; p <= 40; p++) {
                if (rnd.nextInt(4) == 0) {
                    in.add(new Input(rnd.nextBoolean() ? "thrust" : "turn", rnd.nextFloat() * 6 - 3, 0, s, s));
                }
            }
            all.add(in);
        }
        return all;
    }

    private static void run(GameEngine g, List<List<Input>> inputs, int from, int to) {
        for (int s = from; s < to; s++) {
            for (Input in : inputs.get(s)) {
                // The owner is encoded as the input's y in this test: player = index + 1.
                g.processInput(in, (int) in.y(), true);
            }
            g.step(false);
        }
    }

    private static List<List<Input>> withPlayers(List<List<Input>> raw) {
        List<List<Input>> out = new ArrayList<>();
        for (List<Input> step : raw) {
            List<Input> s = new ArrayList<>();
            for (int i = 0; i < step.size(); i++) {
                Input in = step.get(i);
                s.add(new Input(in.action(), in.x(), 1 + (in.sequence() * 7 + i * 13) % 40, in.step(), in.sequence()));
            }
            out.add(s);
        }
        return out;
    }

    @Test
    void theEngineSnapsRegisteredObjectsWhenAddedAndAfterEveryStep() {
        ArenaGame g = new ArenaGame(Fixtures.registry());
        assertSame(Fixtures.registry().getClass(), g.classes().getClass());
        Fixtures.Ship s = new Fixtures.Ship();
        s.position.set(10.001f, 0f);
        g.addObject(s);
        assertEquals(10f, s.position.x);
        Fixtures.Spark spark = new Fixtures.Spark();
        spark.position.set(10.001f, 0f);
        spark.velocity.set(0.37f, 0f);
        g.addObject(spark);
        s.velocity.set(0.37f, 0.11f);
        g.step(false);
        assertEquals(0f, s.position.x * 64 % 1f, "quantized to 1/64");
        assertEquals(0f, s.velocity.x * 64 % 1f);
        assertNotEquals(0f, spark.position.x * 64 % 1f, "unregistered objects keep full precision");
        assertSame(ClassRegistry.empty(), new ArenaGame().classes());
    }

    @Test
    void aClientRewindingToADecodedSnapshotAndReplayingInputsMatchesTheServerBitForBit() {
        ClassRegistry reg = Fixtures.registry();
        ArenaGame server = server(reg, new Random(1));
        List<List<Input>> inputs = withPlayers(inputs(new Random(2), 240));
        run(server, inputs, 0, 120);

        WorldFrame frame = new WorldFrame(reg);
        frame.capture(server.world().stepCount(), server.world().objects());
        byte[] buf = new byte[65536];
        int n = new SnapshotEncoder(reg, 65536, 32, 16).encode(1, frame, buf, 0);
        SnapshotDecoder decoder = new SnapshotDecoder(reg);
        DecodedSnapshot snap = decoder.decode(buf, 0, n);
        States.assertSameStates(server.world().objects(), decoder.objects());

        ArenaGame client = new ArenaGame(reg);
        for (GameObject o : snap.carried()) {
            client.addObject(o.copy());
        }
        client.world().setStepCount(snap.step());
        run(server, inputs, 120, 240);
        run(client, inputs, 120, 240);
        States.assertSameStates(server.world().objects(), client.world().objects());

        // Without quantization on the client the same replay drifts away: the snap is what makes it exact.
        ArenaGame loose = new ArenaGame();
        for (GameObject o : snap.carried()) {
            loose.addObject(o.copy());
        }
        loose.world().setStepCount(snap.step());
        run(loose, inputs, 120, 240);
        int differing = 0;
        for (int i = 0; i < server.world().size(); i++) {
            DynamicObject a = (DynamicObject) server.world().objects().get(i);
            DynamicObject b = (DynamicObject) loose.world().objects().get(i);
            differing += a.position.equals(b.position) ? 0 : 1;
        }
        assertNotEquals(0, differing);
    }
}

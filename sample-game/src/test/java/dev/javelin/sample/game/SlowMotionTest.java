package dev.javelin.sample.game;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.javelin.engine.GameConfig;
import dev.javelin.engine.GameEngine;
import dev.javelin.engine.client.ClientEngine;
import dev.javelin.engine.loop.ManualClock;
import dev.javelin.engine.physics.PhysicsConfig;
import dev.javelin.engine.physics.SimplePhysicsEngine;
import dev.javelin.engine.physics.WorldBounds;
import dev.javelin.engine.protocol.Protocol;
import dev.javelin.engine.schema.ClassRegistry;
import dev.javelin.engine.server.ServerConfig;
import dev.javelin.engine.server.ServerEngine;
import dev.javelin.engine.sync.SyncSettings;
import dev.javelin.engine.transport.LocalTransport;
import dev.javelin.engine.transport.TransportServer;
import dev.javelin.engine.world.DynamicObject;
import dev.javelin.engine.world.GameObject;
import dev.javelin.engine.world.Input;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Motion below one position step per simulation step is kept, at the arena's precision (positions to
 * 1/16 unit, velocities to 1/16 unit/s, 60 steps/s: one position step per step is 3.75 units/s): objects
 * at 0.125, 0.4375 and 1.25 units/s advance at their speed, and one slowed by friction comes to a real
 * stop, on the server and on an extrapolating (predicting) client over the real codec, whose positions
 * are the server's bit for bit at every step both have.
 */
class SlowMotionTest {

    /** A plain moving object of the arena's precision. */
    public static class Mote extends DynamicObject {
    }

    static final ClassRegistry CLASSES = ClassRegistry.builder(SpaceClasses.PRECISION).object(1, Mote.class).build();

    /** A world of motes and nothing else. */
    static final class Drift extends GameEngine {
        Drift() {
            super(driftConfig(), new SimplePhysicsEngine(driftConfig().physics()), CLASSES);
        }

        static GameConfig driftConfig() {
            return new GameConfig(60, 1, PhysicsConfig.builder()
                    .bounds(WorldBounds.wrap(SpaceGame.WORLD_WIDTH, SpaceGame.WORLD_HEIGHT)).build());
        }

        @Override
        public void processInput(Input input, int playerId, boolean isServer) {
        }
    }

    private static final float[] SPEEDS = {0.125f, 0.4375f, 1.25f};

    @Test
    void slowObjectsMoveAtTheirSpeedAndFrictionStopsOnServerAndClient() throws Exception {
        assertEquals(0.0625f, SpaceClasses.PRECISION.slowestSpeed());
        assertEquals(3.75f, SpaceClasses.PRECISION.stepSpeed(60));
        ManualClock clock = new ManualClock(1_000_000_000L);
        LocalTransport local = new LocalTransport(Protocol.registry(), clock, 64 * 1024);
        TransportServer endpoint = local.bind("local", 0, 0);
        Drift serverGame = new Drift();
        int[] ids = new int[4];
        for (int i = 0; i < 3; i++) {
            Mote m = new Mote();
            m.position.set(100, 100 + 100 * i);
            m.velocity.set(SPEEDS[i], 0);
            ids[i] = serverGame.addObject(m).id();
        }
        Mote braking = new Mote();
        braking.position.set(500, 500);
        braking.velocity.set(1f, 0);
        braking.friction = 0.02f;
        ids[3] = serverGame.addObject(braking).id();

        Map<Integer, float[]> serverX = new HashMap<>();
        Map<Integer, float[]> clientX = new HashMap<>();
        try (ServerEngine server = ServerEngine.builder(serverGame, endpoint).config(ServerConfig.defaults())
                .clock(clock).log(l -> { }).build()) {
            Drift clientGame = new Drift();
            ClientEngine client = ClientEngine.builder(clientGame).sync(SyncSettings.of("extrapolate")).clock(clock)
                .server(local, "local", endpoint.tcpPort(), endpoint.udpPort()).name("watcher").timeout(Duration.ofSeconds(1)).join();
            try {
                for (int ms = 0; ms < 13_000; ms++) {
                    clock.advanceMillis(1);
                    server.loop().runDue();
                    client.loop().runDue();
                    record(serverGame, ids, serverX);
                    record(clientGame, ids, clientX);
                }
            } finally {
                client.close();
            }
        }
        int from = 120;
        int to = from + 600;
        for (int i = 0; i < 3; i++) {
            float[] a = serverX.get(from);
            float[] b = serverX.get(to);
            float speed = (b[i] - a[i]) / 10f;
            assertEquals(SPEEDS[i], speed, SPEEDS[i] * 0.01f, "server speed of the object at " + SPEEDS[i]);
            float[] c = clientX.get(from);
            float[] d = clientX.get(to);
            float clientSpeed = (d[i] - c[i]) / 10f;
            assertEquals(SPEEDS[i], clientSpeed, SPEEDS[i] * 0.01f, "client speed of the object at " + SPEEDS[i]);
        }
        // Friction brings the braking object to a stop: the same place for the last two seconds.
        int last = serverX.keySet().stream().mapToInt(Integer::intValue).max().orElseThrow();
        assertEquals(serverX.get(last - 120)[3], serverX.get(last)[3], "the braking object stopped on the server");
        assertTrue(((DynamicObject) serverGame.world().get(ids[3])).velocity.x == 0f, "its velocity is exactly 0");
        assertTrue(serverX.get(last)[3] >= 500.25f, "it moved before stopping: " + serverX.get(last)[3]);
        // Prediction is exact: at every step both have, the client's positions are the server's.
        int compared = 0;
        for (Map.Entry<Integer, float[]> e : clientX.entrySet()) {
            float[] s = serverX.get(e.getKey());
            if (s != null && e.getKey() >= from) {
                for (int i = 0; i < 4; i++) {
                    assertEquals(s[i], e.getValue()[i], "object " + i + " at step " + e.getKey());
                }
                compared++;
            }
        }
        assertTrue(compared > 600, "steps compared: " + compared);
    }

    /** The x of each object at the world's current step, once all four exist. */
    private static void record(GameEngine game, int[] ids, Map<Integer, float[]> out) {
        float[] x = new float[ids.length];
        for (int i = 0; i < ids.length; i++) {
            GameObject o = game.world().get(ids[i]);
            if (o == null) {
                return;
            }
            x[i] = ((DynamicObject) o).position.x;
        }
        out.put(game.world().stepCount(), x);
    }
}

package dev.javelin.sample.physics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.javelin.engine.world.GameObject;
import dev.javelin.engine.client.ClientEngine;
import dev.javelin.engine.loop.Clock;
import dev.javelin.engine.protocol.Protocol;
import dev.javelin.engine.rigid.PhysicalObject2D;
import dev.javelin.engine.server.ServerEngine;
import dev.javelin.engine.sync.SyncSettings;
import dev.javelin.net.KryoNetTransport;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Timeout;

/**
 * Two clients and a server of the push game over real KryoNet sockets on 127.0.0.1, each engine on its own
 * thread: the players push the stacks about, stop, and both clients' worlds come to the server's.
 */
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class PushOverKryoNetTest {

    /** Every body's (x, y, angle), by id. */
    private static Map<Integer, float[]> state(PushGame game) {
        Map<Integer, float[]> out = new HashMap<>();
        for (GameObject o : game.world().objects()) {
            if (o instanceof PhysicalObject2D p) {
                out.put(o.id(), new float[] {p.position.x, p.position.y, p.angle});
            }
        }
        return out;
    }

    private static float difference(Map<Integer, float[]> a, Map<Integer, float[]> b) {
        if (!a.keySet().equals(b.keySet())) {
            return Float.POSITIVE_INFINITY;
        }
        float worst = 0;
        for (Map.Entry<Integer, float[]> e : a.entrySet()) {
            float[] p = e.getValue();
            float[] q = b.get(e.getKey());
            worst = Math.max(worst, Math.max(Math.abs(p[0] - q[0]), Math.max(Math.abs(p[1] - q[1]),
                    Math.abs(p[2] - q[2]))));
        }
        return worst;
    }

    private static String describe(Map<Integer, float[]> server, Map<Integer, float[]> client, String name) {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<Integer, float[]> e : server.entrySet()) {
            float[] q = client.get(e.getKey());
            if (q == null || Math.abs(q[0] - e.getValue()[0]) + Math.abs(q[1] - e.getValue()[1]) + Math.abs(q[2] - e.getValue()[2]) > 0.01f) {
                sb.append(name).append(" #").append(e.getKey()).append(" server ").append(java.util.Arrays.toString(e.getValue()))
                        .append(" client ").append(q == null ? "missing" : java.util.Arrays.toString(q)).append('\n');
            }
        }
        return sb.toString();
    }

    private static void await(BooleanSupplier condition, long millis, String what) throws InterruptedException {
        long deadline = System.nanoTime() + millis * 1_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + millis + " ms: " + what);
            }
            Thread.sleep(10);
        }
    }

    private static ClientEngine player(PushGame.Physics physics, String sync, KryoNetTransport net, ServerEngine server,
                                       int seed, AtomicBoolean playing, AtomicReference<Map<Integer, float[]>> seen)
            throws java.io.IOException {
        ClientEngine c = ClientEngine.builder(() -> new PushGame(physics)).sync(SyncSettings.of(sync)).clock(Clock.system())
                .server(net, "127.0.0.1", server.transport().tcpPort(), server.transport().udpPort()).name("p" + seed).timeout(Duration.ofSeconds(10)).connect();
        PushBot bot = new PushBot(seed);
        AtomicBoolean stopped = new AtomicBoolean();
        c.addStepListener((client, due) -> {
            if (playing.get()) {
                float[] move = bot.decide(client.game().world().stepCount());
                if (move != null) {
                    client.queueInput("move", move[0], move[1]);
                }
            } else if (stopped.compareAndSet(false, true)) {
                client.queueInput("move", 0, 0);
            }
            seen.set(state((PushGame) client.game()));
        });
        return c;
    }

    @ParameterizedTest
    @EnumSource(value = PushGame.Physics.class, names = "DYN4J")
    void twoClientsPushTheStacksAndThenAgreeWithTheServer(PushGame.Physics physics) throws Exception {
        KryoNetTransport net = new KryoNetTransport(Protocol.registry());
        AtomicBoolean playing = new AtomicBoolean(true);
        AtomicReference<Map<Integer, float[]>> onServer = new AtomicReference<>(Map.of());
        AtomicReference<Map<Integer, float[]>> onA = new AtomicReference<>(Map.of());
        AtomicReference<Map<Integer, float[]>> onB = new AtomicReference<>(Map.of());
        try (ServerEngine server = Main.startServer(physics, net, "127.0.0.1", 0)) {
            PushGame serverGame = (PushGame) server.game();
            Map<Integer, float[]> hall = new HashMap<>();
            serverGame.events().preStep.subscribe((step, re) -> {
                onServer.set(state(serverGame));
                if (hall.isEmpty()) {
                    hall.putAll(onServer.get());
                }
            });
            try (ClientEngine a = player(physics, "extrapolate", net, server, 1, playing, onA);
                 ClientEngine b = player(physics, "interpolate", net, server, 2, playing, onB)) {
                a.start();
                b.start();
                await(() -> onServer.get().size() == hall.size() + 2 && onA.get().size() == onServer.get().size()
                        && onB.get().size() == onServer.get().size(), 20_000, "both players in both worlds");
                await(() -> {
                    Map<Integer, float[]> now = onServer.get();
                    for (Map.Entry<Integer, float[]> e : hall.entrySet()) {
                        float[] v = now.get(e.getKey());
                        if (Math.abs(v[0] - e.getValue()[0]) + Math.abs(v[1] - e.getValue()[1]) > 0.5f) {
                            return true;
                        }
                    }
                    return false;
                }, 20_000, "the players knock something over");
                Thread.sleep(2000);
                playing.set(false);
                Map<Integer, float[]> during = onServer.get();
                float moved = 0;
                for (Map.Entry<Integer, float[]> e : hall.entrySet()) {
                    float[] now = during.get(e.getKey());
                    moved = Math.max(moved, Math.abs(now[0] - e.getValue()[0]) + Math.abs(now[1] - e.getValue()[1]));
                }
                StringBuilder dbg = new StringBuilder();
                during.forEach((id, v) -> dbg.append(id).append(java.util.Arrays.toString(v)).append(' '));
                assertTrue(moved > 0.5f, "the players moved something of the hall: " + moved + " " + dbg);
                try {
                    await(() -> difference(onServer.get(), onA.get()) < 0.01f
                            && difference(onServer.get(), onB.get()) < 0.01f, 30_000, "both clients converge on the server's world");
                } catch (AssertionError e) {
                    throw new AssertionError(e.getMessage() + "\n" + describe(onServer.get(), onA.get(), "a")
                            + describe(onServer.get(), onB.get(), "b"), e);
                }
                assertEquals(0, a.stats().decodeErrors() + a.stats().desyncs() + b.stats().decodeErrors()
                        + b.stats().desyncs());
            }
        }
    }
}

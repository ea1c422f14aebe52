package dev.javelin.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.javelin.engine.world.DynamicObject;
import dev.javelin.engine.client.ClientEngine;
import dev.javelin.engine.loop.Clock;
import dev.javelin.engine.protocol.Protocol;
import dev.javelin.engine.server.ServerConfig;
import dev.javelin.engine.server.ServerEngine;
import dev.javelin.engine.sync.SyncSettings;
import dev.javelin.engine.testgame.ArenaGame;
import dev.javelin.engine.transport.ConditionedTransport;
import dev.javelin.engine.transport.NetworkConditions;
import dev.javelin.engine.transport.Transport;
import dev.javelin.engine.transport.TransportServer;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The server and client engines over real KryoNet sockets on 127.0.0.1, each on its own step thread. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class EnginesOverKryoNetTest {

    private static void await(BooleanSupplier condition, long millis, String what) throws InterruptedException {
        long deadline = System.nanoTime() + millis * 1_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + millis + " ms: " + what);
            }
            Thread.sleep(5);
        }
    }

    @Test
    void joinPlayAndLeaveOverLoopback() throws Exception {
        KryoNetTransport net = new KryoNetTransport(Protocol.registry());
        ArenaGame serverGame = new ArenaGame();
        TransportServer endpoint = net.bind("127.0.0.1", 0, 0);
        try (ServerEngine server = ServerEngine.builder(serverGame, endpoint)
                .config(ServerConfig.defaults().withUpdateRate(3).withReconnectGraceSeconds(0)).log(l -> { }).build()) {
            server.start();
            ClientEngine a = ClientEngine.builder(ArenaGame::new).sync(SyncSettings.of("extrapolate")).clock(Clock.system())
                .server(net, "127.0.0.1", endpoint.tcpPort(), endpoint.udpPort())
                .name("ann").timeout(Duration.ofSeconds(5)).connect();
            ClientEngine b = ClientEngine.builder(ArenaGame::new).sync(SyncSettings.of("interpolate")).clock(Clock.system())
                .server(net, "127.0.0.1", endpoint.tcpPort(), endpoint.udpPort())
                .name("bob").timeout(Duration.ofSeconds(5)).connect();
            a.start();
            b.start();
            try {
                await(() -> a.stats().snapshotsIn() > 5 && b.stats().snapshotsIn() > 5, 5000, "snapshots flowing");
                a.queueInput("move", 1, 0);
                await(() -> serverGame.applied().size() == 1, 5000, "input applied on the server");
                await(() -> a.unackedInputs() == 0, 5000, "input acknowledged");
                assertTrue(a.rttNanos() > 0 && a.rttNanos() < 1_000_000_000L, "rtt " + a.rttNanos());
                assertEquals(0, a.stats().decodeErrors() + a.stats().desyncs());
                assertEquals(0, b.stats().decodeErrors() + b.stats().desyncs());
            } finally {
                a.close();
            }
            await(() -> server.stats().playersLeft() == 1, 10_000, "a's leave seen by the server");
            b.close();
        }
        Set<String> threads = new HashSet<>();
        Thread.getAllStackTraces().keySet().forEach(t -> threads.add(t.getName()));
        assertTrue(!threads.contains("javelin-server") && !threads.contains("javelin-client"), "threads " + threads);
    }

    @Test
    void everyInputIsAppliedOnceThroughTenPercentLoss() throws Exception {
        KryoNetTransport net = new KryoNetTransport(Protocol.registry());
        ArenaGame serverGame = new ArenaGame();
        TransportServer endpoint = net.bind("127.0.0.1", 0, 0);
        NetworkConditions lossy = NetworkConditions.NONE.withLatencyMillis(20).withLoss(0.1);
        Transport conditioned = new ConditionedTransport(net, lossy, lossy, 9, Clock.system());
        try (ServerEngine server = ServerEngine.builder(serverGame, endpoint)
                .config(ServerConfig.defaults().withUpdateRate(3)).log(l -> { }).build()) {
            server.start();
            try (ClientEngine c = ClientEngine.builder(ArenaGame::new).sync(SyncSettings.of("extrapolate")).clock(Clock.system())
                .server(conditioned, "127.0.0.1", endpoint.tcpPort(), endpoint.udpPort())
                .name("cat").timeout(Duration.ofSeconds(5)).connect()) {
                c.start();
                for (int i = 0; i < 60; i++) {
                    c.queueInput("move", i % 2, 1);
                    Thread.sleep(17);
                }
                await(() -> c.unackedInputs() == 0, 10_000, "all acknowledged");
                await(() -> serverGame.applied().size() >= 60, 5000, "all applied");
                Thread.sleep(200);
                assertEquals(60, serverGame.applied().size());
                DynamicObject avatar = serverGame.avatarOf(c.playerId());
                assertTrue(avatar != null);
            }
        }
    }

    private static ClientEngine client(Transport via, TransportServer endpoint, String sync, String room)
            throws java.io.IOException {
        return ClientEngine.builder(ArenaGame::new).sync(SyncSettings.of(sync)).clock(Clock.system())
                .server(via, "127.0.0.1", endpoint.tcpPort(), endpoint.udpPort())
                .name(room == null ? "solo" : room).room(room).timeout(Duration.ofSeconds(5)).connect();
    }

    /** The ids in {@code c}'s world, published from its own simulation thread after every step. */
    private static AtomicReference<Set<Integer>> watch(ClientEngine c) {
        AtomicReference<Set<Integer>> ids = new AtomicReference<>(Set.of());
        c.addStepListener((client, due) -> {
            Set<Integer> now = new HashSet<>();
            client.game().world().objects().forEach(o -> now.add(o.id()));
            ids.set(now);
        });
        return ids;
    }

    @Test
    void destroysReachAClientThroughLossAndRoomsStayApart() throws Exception {
        KryoNetTransport net = new KryoNetTransport(Protocol.registry());
        ArenaGame serverGame = new ArenaGame();
        TransportServer endpoint = net.bind("127.0.0.1", 0, 0);
        NetworkConditions lossy = NetworkConditions.NONE.withLatencyMillis(15).withLoss(0.3);
        // Work for the server's world runs on its simulation thread, at the start of a step.
        ConcurrentLinkedQueue<Runnable> onServer = new ConcurrentLinkedQueue<>();
        serverGame.events().preStep.subscribe((step, re) -> {
            for (Runnable r; (r = onServer.poll()) != null; ) {
                r.run();
            }
        });
        try (ServerEngine server = ServerEngine.builder(serverGame, endpoint)
                .config(ServerConfig.defaults().withUpdateRate(3)).log(l -> { }).build()) {
            server.start();
            try (ClientEngine red = client(new ConditionedTransport(net, lossy, lossy, 3, Clock.system()), endpoint,
                    "frameSync", "red");
                 ClientEngine blue = client(net, endpoint, "frameSync", "blue")) {
                AtomicReference<Set<Integer>> redIds = watch(red);
                AtomicReference<Set<Integer>> blueIds = watch(blue);
                red.start();
                blue.start();
                CompletableFuture<int[]> drones = new CompletableFuture<>();
                onServer.add(() -> drones.complete(new int[] {
                        serverGame.addDrone(server.room("red"), 10, 10, 1, 0).id(),
                        serverGame.addDrone(server.room("blue"), 20, 20, 1, 0).id()}));
                int redDrone = drones.get(5, TimeUnit.SECONDS)[0];
                int blueDrone = drones.get()[1];
                await(() -> redIds.get().contains(redDrone) && blueIds.get().contains(blueDrone), 10_000, "drones seen");
                onServer.add(() -> serverGame.removeObject(redDrone));
                await(() -> !redIds.get().contains(redDrone), 10_000, "the destroy reached red through 30 % loss");
                long snapshotsNow = blue.stats().snapshotsIn();
                await(() -> blue.stats().snapshotsIn() > snapshotsNow + 20, 10_000, "more snapshots");
                assertTrue(!redIds.get().contains(blueDrone) && !blueIds.get().contains(redDrone),
                        "rooms apart: red " + redIds.get() + " blue " + blueIds.get());
            }
        }
    }

    @Test
    void driftCorrectionBringsAClientThirtyStepsOffBackIntoItsBand() throws Exception {
        KryoNetTransport net = new KryoNetTransport(Protocol.registry());
        TransportServer endpoint = net.bind("127.0.0.1", 0, 0);
        try (ServerEngine server = ServerEngine.builder(new ArenaGame(), endpoint)
                .config(ServerConfig.defaults().withUpdateRate(3)).log(l -> { }).build()) {
            server.start();
            try (ClientEngine c = client(net, endpoint, "extrapolate", null)) {
                java.util.concurrent.atomic.AtomicBoolean shift = new java.util.concurrent.atomic.AtomicBoolean();
                c.addStepListener((client, due) -> {
                    if (shift.compareAndSet(true, false)) {
                        client.game().world().setStepCount(client.game().world().stepCount() - 30);
                    }
                });
                c.start();
                await(() -> c.stats().snapshotsIn() > 20, 10_000, "snapshots");
                shift.set(true);
                await(() -> c.stepDrift() < -20, 5_000, "knocked 30 steps off");
                await(() -> Math.abs(c.stepDrift()) <= 3, 10_000, "back in band");
                assertEquals(0, c.stats().stepResets(), "nudged back, not reset");
            }
        }
    }
}

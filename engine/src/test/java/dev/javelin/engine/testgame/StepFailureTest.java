package dev.javelin.engine.testgame;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.javelin.engine.StepFailure;
import dev.javelin.engine.client.ClientEngine;
import dev.javelin.engine.protocol.Protocol;
import dev.javelin.engine.server.ServerConfig;
import dev.javelin.engine.server.ServerEngine;
import dev.javelin.engine.sync.SyncSettings;
import dev.javelin.engine.transport.DisconnectReason;
import dev.javelin.engine.transport.LocalTransport;
import dev.javelin.engine.transport.TransportServer;
import dev.javelin.engine.world.DynamicObject;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

/** Game code that throws stops the engine loudly: logged with step and object, clients told, loop stopped. */
class StepFailureTest {

    /** An object of a class the registry does not know: it may live in the world and is never networked. */
    static final class Marker extends DynamicObject {
        Marker() {
            super(1, 1, 1, 1);
        }
    }

    /** The arena, with switches that make the game's own code throw. */
    public static final class FragileArena extends ArenaGame {
        volatile boolean breakServer;
        volatile boolean breakClient;

        public FragileArena() {
            events().postStep.subscribe((step, reenact) -> {
                if (isAuthority() && breakServer) {
                    addObject(new Drone());
                }
                if (!isAuthority() && breakClient) {
                    throw new IllegalStateException("the client's postStep broke");
                }
            });
            events().objectAdded.subscribe(o -> {
                if (o instanceof Drone && breakServer) {
                    throw new IllegalStateException("the game's objectAdded listener broke");
                }
            });
        }
    }

    @Test
    void aServerWhoseGameThrowsStopsAndTellsItsClientsWhy() throws Exception {
        List<String> log = new CopyOnWriteArrayList<>();
        List<StepFailure> failures = new CopyOnWriteArrayList<>();
        LocalTransport local = new LocalTransport(Protocol.registry());
        TransportServer endpoint = local.bind("127.0.0.1", 0, 0);
        try (ServerEngine server = ServerEngine.builder(FragileArena::new, endpoint)
                .config(ServerConfig.defaults().withUpdateRate(3)).log(log::add).onFailure(failures::add).build()) {
            FragileArena game = server.game(FragileArena.class);
            game.addObject(new Marker());
            server.start();
            ClientEngine client = client(local, endpoint);
            client.start();
            await(() -> client.stats().snapshotsIn() > 3, "snapshots flow although an unregistered object lives");
            assertTrue(server.loop().isRunning());
            game.breakServer = true;
            await(() -> !server.loop().isRunning(), "the server loop stops");
            assertEquals(1, failures.size());
            StepFailure f = failures.get(0);
            assertEquals(f, server.failure());
            assertTrue(f.phase().contains("added"), f.phase());
            assertTrue(f.object().startsWith("Drone#"), f.object());
            assertTrue(log.stream().anyMatch(l -> l.contains("server stopped: step " + f.step())
                    && l.contains("Drone#") && l.contains("objectAdded listener broke")), log.toString());
            await(() -> client.disconnectReason() != null, "the client is told");
            DisconnectReason why = client.disconnectReason();
            assertTrue(why.detail().contains("server stopped") && why.detail().contains("Drone#"), why.toString());
            long steps = server.stats().steps();
            server.step();
            assertEquals(steps, server.stats().steps(), "a stopped server does not step");
            client.close();
        }
    }

    @Test
    void aClientWhoseGameThrowsStopsAndLeavesTheServer() throws Exception {
        List<String> log = new CopyOnWriteArrayList<>();
        LocalTransport local = new LocalTransport(Protocol.registry());
        TransportServer endpoint = local.bind("127.0.0.1", 0, 0);
        try (ServerEngine server = ServerEngine.builder(FragileArena::new, endpoint).log(l -> { })
                .config(ServerConfig.defaults().withUpdateRate(3).withReconnectGraceSeconds(0)).build()) {
            server.start();
            ClientEngine client = ClientEngine.builder(FragileArena::new).sync(SyncSettings.of("extrapolate"))
                     .server(local, "127.0.0.1", endpoint.tcpPort(), endpoint.udpPort()).name("bob")
                     .timeout(Duration.ofSeconds(5)).log(log::add).connect();
            client.start();
            await(() -> client.stats().snapshotsIn() > 3, "snapshots flow");
            client.game(FragileArena.class).breakClient = true;
            await(() -> !client.loop().isRunning(), "the client loop stops");
            assertNotNull(client.failure());
            assertTrue(client.failure().phase().contains("postStep"), client.failure().phase());
            assertTrue(log.get(0).startsWith("client stopped: step "), log.get(0));
            await(() -> server.stats().playersLeft() == 1, "the server sees the player leave");
            assertNull(server.failure());
            assertTrue(server.loop().isRunning());
            client.close();
        }
    }

    private static ClientEngine client(LocalTransport local, TransportServer endpoint) throws Exception {
        return ClientEngine.builder(FragileArena::new).sync(SyncSettings.of("interpolate"))
                .server(local, "127.0.0.1", endpoint.tcpPort(), endpoint.udpPort()).name("ann")
                .timeout(Duration.ofSeconds(5)).log(l -> { }).connect();
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, "timed out waiting for: " + what);
            Thread.sleep(5);
        }
    }
}

package dev.javelin.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.javelin.engine.client.ClientEngine;
import dev.javelin.engine.loop.Clock;
import dev.javelin.engine.protocol.Protocol;
import dev.javelin.engine.server.ServerConfig;
import dev.javelin.engine.server.ServerEngine;
import dev.javelin.engine.sync.SyncSettings;
import dev.javelin.engine.testgame.ArenaGame;
import dev.javelin.engine.transport.MessageRegistry;
import dev.javelin.engine.transport.Transport;
import dev.javelin.engine.transport.TransportClient;
import dev.javelin.engine.transport.TransportServer;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A client whose connection dies comes back over real KryoNet sockets on 127.0.0.1 with its resume token and gets
 * its player back, with the same id and objects, within the server's reconnect grace; after it, the player and its
 * objects are gone.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ReconnectOverKryoNetTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final double GRACE_SECONDS = 3;

    /** A transport that remembers the last client connection it opened, so a test can kill it. */
    private static final class Capturing implements Transport {
        final KryoNetTransport net = new KryoNetTransport(Protocol.registry());
        volatile KryoNetClient last;

        @Override
        public TransportServer bind(String host, int tcpPort, int udpPort) throws IOException {
            return net.bind(host, tcpPort, udpPort);
        }

        @Override
        public TransportClient connect(String host, int tcpPort, int udpPort, Duration timeout) throws IOException {
            TransportClient c = net.connect(host, tcpPort, udpPort, timeout);
            last = (KryoNetClient) c;
            return c;
        }

        @Override
        public MessageRegistry registry() {
            return net.registry();
        }

        @Override
        public int maxReliableMessageBytes() {
            return net.maxReliableMessageBytes();
        }
    }

    private final Capturing net = new Capturing();
    private final ArenaGame serverGame = new ArenaGame();
    private final WorldWatch serverWorld = WorldWatch.ofServer(serverGame);
    private TransportServer endpoint;
    private ServerEngine server;
    private ClientEngine a;
    private KryoNetClient aLink;
    private ClientEngine b;
    private WorldWatch bWorld;

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + WAIT.toMillis() + " ms: " + what);
            }
            Thread.sleep(5);
        }
    }

    private ClientEngine connect(String name, long resumeToken) throws IOException {
        return ClientEngine.builder(ArenaGame::new).sync(SyncSettings.of("extrapolate")).clock(Clock.system())
                .server(net, "127.0.0.1", endpoint.tcpPort(), endpoint.udpPort())
                .name(name).resumeToken(resumeToken).timeout(WAIT).connect();
    }

    @BeforeEach
    void playing() throws Exception {
        endpoint = net.bind("127.0.0.1", 0, 0);
        server = ServerEngine.builder(serverGame, endpoint).log(l -> { })
                .config(ServerConfig.defaults().withUpdateRate(3).withReconnectGraceSeconds(GRACE_SECONDS)).build();
        server.start();
        a = connect("ann", 0);
        aLink = net.last;
        b = connect("bob", 0);
        bWorld = WorldWatch.of(b);
        a.start();
        b.start();
        int id = a.playerId();
        await(() -> serverWorld.firstOwnedBy(id) != 0 && bWorld.objects().containsKey(serverWorld.firstOwnedBy(id)),
                "a's avatar on the server and at b");
        a.queueInput("move", 1, 0);
        await(() -> serverWorld.objects().get(serverWorld.firstOwnedBy(id)).x() > 40, "a moved");
        a.queueInput("move", 0, 0);
        await(() -> a.unackedInputs() == 0, "a's inputs acknowledged");
    }

    @AfterEach
    void close() {
        a.close();
        b.close();
        server.close();
    }

    @Test
    void aClientWhoseConnectionDiesRejoinsWithinTheGraceAsItselfWithItsObjects() throws Exception {
        int id = a.playerId();
        int avatar = serverWorld.firstOwnedBy(id);
        long token = a.resumeToken();
        aLink.killForTest();
        await(() -> a.disconnectReason() != null, "a's connection is dead");
        await(() -> endpoint.connectionCount() == 1, "the server saw it go");
        a.close();
        Thread.sleep(500);
        assertTrue(serverWorld.objects().containsKey(avatar), "the avatar waits for its player");

        a = connect("ann", token);
        WorldWatch aWorld = WorldWatch.of(a);
        a.start();
        assertEquals(id, a.playerId(), "the same player id");
        await(() -> aWorld.objects().containsKey(avatar), "its avatar reaches the new client");
        await(() -> serverWorld.differencesFrom(aWorld, 0.05f).isEmpty(),
                "the new client shows its avatar (and b's) where the server kept them: "
                        + serverWorld.differencesFrom(aWorld, 0.05f));
        a.queueInput("move", 0, 1);
        await(() -> serverWorld.objects().get(avatar).y() > 60, "the rejoined player's inputs drive its avatar");
        assertEquals(2, server.stats().playersJoined(), "a resume is not a new player");
        assertEquals(0, server.stats().playersLeft());
        assertNull(b.disconnectReason());
    }

    @Test
    void aClientWhoseNetworkHangsTakesItsPlayerBackBeforeTheServerNotices() throws Exception {
        int id = a.playerId();
        int avatar = serverWorld.firstOwnedBy(id);
        KryoNetClient old = aLink;
        old.freezeForTest(); // silent, as a lost Wi-Fi link is; the server would wait 5 s to call it dead
        ClientEngine again = connect("ann", a.resumeToken());
        WorldWatch world = WorldWatch.of(again);
        again.start();
        ClientEngine hung = a;
        a = again;
        hung.close();
        assertEquals(id, again.playerId());
        await(() -> world.objects().containsKey(avatar), "its avatar reaches the new client");
        await(() -> endpoint.connectionCount() == 2, "the old connection was closed by the server");
        again.queueInput("move", 0, -1);
        await(() -> serverWorld.objects().get(avatar).y() < 40, "the new connection drives the avatar");
        assertEquals(2, server.stats().playersJoined());
    }

    @Test
    void afterTheGraceThePlayerAndItsObjectsAreGone() throws Exception {
        int id = a.playerId();
        int avatar = serverWorld.firstOwnedBy(id);
        long token = a.resumeToken();
        aLink.killForTest();
        a.close();
        await(() -> server.stats().playersLeft() == 1, "the player leaves after the grace");
        await(() -> !serverWorld.objects().containsKey(avatar) && !bWorld.objects().containsKey(avatar),
                "its avatar is gone from the server and from b");

        a = connect("ann", token);
        a.start();
        assertNotEquals(id, a.playerId(), "an expired token joins as a new player");
        int fresh = a.playerId();
        await(() -> serverWorld.firstOwnedBy(fresh) != 0, "with a new avatar");
        assertNotEquals(avatar, serverWorld.firstOwnedBy(fresh));
    }
}

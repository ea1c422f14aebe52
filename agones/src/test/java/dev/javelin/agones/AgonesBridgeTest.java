package dev.javelin.agones;

import static dev.javelin.agones.AgonesSdkTest.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.javelin.engine.client.ClientEngine;
import dev.javelin.engine.protocol.JoinRequest;
import dev.javelin.engine.protocol.Welcome;
import dev.javelin.engine.server.ServerConfig;
import dev.javelin.engine.sync.SyncSettings;
import dev.javelin.engine.testgame.Session;
import dev.javelin.engine.transport.Channel;
import dev.javelin.engine.transport.DisconnectReason;
import dev.javelin.engine.transport.TransportClient;
import dev.javelin.engine.transport.TransportListener;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A {@code ServerEngine} (in memory, on a manual clock) bridged to a stand-in sidecar on 127.0.0.1: what the
 * sidecar hears as the server starts, players come and go, the server is allocated and the match ends, and that
 * an absent, failing or slow sidecar never stops the game.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class AgonesBridgeTest {

    private static final String SECRET = "0123456789abcdef0123456789abcdef";

    private final SidecarStandIn sidecar;
    private AgonesSdk sdk;
    private final List<String> log = new CopyOnWriteArrayList<>();
    private Session session;
    private AgonesBridge bridge;

    AgonesBridgeTest() throws Exception {
        sidecar = new SidecarStandIn("gs-1", "javelin");
        // Generous: on a busy machine a first request can take a second, and a timeout here would be retried.
        sdk = new AgonesSdk(URI.create("http://127.0.0.1:" + sidecar.port()), Duration.ofSeconds(3));
    }

    @AfterEach
    void stop() {
        if (bridge != null) {
            bridge.close();
        }
        if (session != null) {
            session.close();
        }
        sidecar.close();
    }

    private void serve(UnaryOperator<AgonesBridge.Builder> settings) {
        bridge = settings.apply(AgonesBridge.builder(sdk).capacity(2).healthPeriod(Duration.ofMillis(50))
                .backoff(new Backoff(Duration.ofMillis(10), Duration.ofMillis(200))).log(log::add)).build();
        session = new Session(ServerConfig.defaults().withReconnectGraceSeconds(0),
                b -> b.maxPlayers(bridge.capacity()).joinApprover(bridge.approver()));
        bridge.attach(session.server);
    }

    /** The sidecar calls other than health pings and the watch, as "METHOD /path". */
    private List<String> calls() {
        return sidecar.requests().stream().filter(r -> !r.path().equals("/health") && !r.path().startsWith("/watch"))
                .map(r -> r.method() + " " + r.path()).toList();
    }

    private void runUntil(java.util.function.BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within 10 s: " + what + "; " + sidecar + "; log " + log);
            }
            session.run(5);
            Thread.sleep(1);
        }
    }

    @Test
    void startingSetsCapacityAndMetadataThenReadyAndPingsHealth() throws Exception {
        serve(b -> b.label("game", "arena").annotation("version", "0.1.0"));
        bridge.start();
        await(() -> sidecar.state().equals("Ready"), "Ready");
        assertEquals(List.of("PUT /alpha/player/capacity", "PUT /metadata/label", "PUT /metadata/annotation",
                "GET /gameserver", "POST /ready"), calls().stream().distinct().toList());
        assertEquals(2, sidecar.capacity());
        assertEquals("arena", sidecar.labels().get("agones.dev/sdk-game"));
        assertEquals("0.1.0", sidecar.annotations().get("agones.dev/sdk-version"));
        await(() -> sidecar.requests("POST", "/health").size() >= 3, "three health pings");
        assertTrue(bridge.healthPings() >= 3);
        assertEquals("gs-1", bridge.gameServerName());
    }

    @Test
    void playersAreReportedAsTheyComeAndGoAndTheEmptyServerShutsDown() throws Exception {
        serve(b -> b.shutdownWhenEmpty(Duration.ofMillis(200)));
        bridge.start();
        ClientEngine p1 = session.join(SyncSettings.of("frameSync"), null, null, 1);
        ClientEngine p2 = session.join(SyncSettings.of("frameSync"), null, null, 2);
        runUntil(() -> p1.isJoined() && p2.isJoined(), "both joined");
        await(() -> sidecar.players().equals(Set.of("p1", "p2")), "both reported");
        assertEquals("{\"playerID\":\"p1\"}", sidecar.first(r -> r.path().equals("/alpha/player/connect")).body().toString());

        session.clients.remove(p1);
        p1.close();
        runUntil(() -> sidecar.players().equals(Set.of("p2")), "p1's leave reported");
        assertEquals("{\"playerID\":\"p1\"}",
                sidecar.first(r -> r.path().equals("/alpha/player/disconnect")).body().toString());
        assertEquals("Ready", sidecar.state(), "one player left: the match goes on");

        session.clients.remove(p2);
        p2.close();
        runUntil(() -> sidecar.state().equals("Shutdown"), "Shutdown once empty");
        assertEquals(1, sidecar.requests("POST", "/shutdown").size());
    }

    @Test
    void theWatchTellsTheServerItWasAllocatedAndForWhichRoom() throws Exception {
        serve(b -> b);
        List<GameServerInfo> allocations = new CopyOnWriteArrayList<>();
        bridge.onAllocated(allocations::add);
        bridge.start();
        await(() -> sidecar.state().equals("Ready"), "Ready");
        assertFalse(bridge.allocated());
        sidecar.allocate(Map.of(AgonesBridge.ROOM_LABEL, "arena-7"), Map.of());
        await(bridge::allocated, "allocation seen");
        assertEquals("arena-7", bridge.allocatedRoom());
        sidecar.ports(Map.of("game-tcp", 7000));
        await(() -> bridge.gameServer().ports().containsKey("game-tcp"), "later changes seen");
        assertEquals(1, allocations.size(), "the listener hears of the allocation once");
    }

    @Test
    void aSidecarThatIsDownThenFailingNeverStopsTheGameAndGetsEveryCallInOrder() throws Exception {
        sidecar.stop();
        serve(b -> b.label("game", "arena"));
        bridge.start();
        ClientEngine p1 = session.join(SyncSettings.of("frameSync"), null, null, 1);
        long before = session.server.stats().steps();
        session.run(2000);
        assertTrue(session.server.stats().steps() - before >= 119, "the game steps on: "
                + (session.server.stats().steps() - before));
        assertTrue(p1.isJoined(), "and takes players");
        assertTrue(bridge.callsWaiting() >= 4, "the calls wait: " + bridge.callsWaiting());

        sidecar.failNext(3, 503);
        sidecar.restart();
        await(() -> sidecar.state().equals("Ready") && sidecar.players().equals(Set.of("p1")),
                "everything delivered once the sidecar is back");
        assertEquals(List.of("PUT /alpha/player/capacity", "PUT /metadata/label", "GET /gameserver", "POST /ready",
                "POST /alpha/player/connect"), calls().stream().distinct().toList(), "in the order queued");
        assertTrue(log.stream().anyMatch(l -> l.contains("SetPlayerCapacity 2 failed") && l.contains("retry")), log.toString());
        await(() -> log.stream().anyMatch(l -> l.equals("agones: health pings reach the sidecar again")), "recovery logged");
    }

    @Test
    void aSlowSidecarTimesOutAndIsRetriedWhileTheGamePlays() throws Exception {
        sdk = new AgonesSdk(sdk.base(), Duration.ofMillis(500));
        sidecar.delay(Duration.ofSeconds(2));
        serve(b -> b);
        bridge.start();
        long before = session.server.stats().steps();
        session.run(1000);
        assertTrue(session.server.stats().steps() - before >= 59);
        await(() -> log.stream().anyMatch(l -> l.contains("HttpTimeoutException")), "a timeout logged");
        sidecar.delay(Duration.ZERO);
        await(() -> sidecar.state().equals("Ready"), "Ready once the sidecar answers in time");
    }

    @Test
    void aLongOutageKeepsOnlyTheNewestCalls() throws Exception {
        sidecar.stop();
        bridge = AgonesBridge.builder(sdk).queueCapacity(3).log(log::add)
                .backoff(new Backoff(Duration.ofSeconds(5), Duration.ofSeconds(5))).build();
        for (int i = 0; i < 6; i++) {
            bridge.label("k" + i, "v");
        }
        assertTrue(bridge.callsWaiting() <= 3, "bounded: " + bridge.callsWaiting());
        assertTrue(log.stream().anyMatch(l -> l.contains("dropped SetLabel k0")), log.toString());
    }

    @Test
    void aRefusedCallIsNotRetriedAndARetriedOneGivesUpAfterItsAttempts() throws Exception {
        bridge = AgonesBridge.builder(sdk).maxAttempts(3).log(log::add)
                .backoff(new Backoff(Duration.ofMillis(10), Duration.ofMillis(20))).build();
        sidecar.failNext(1, 400);
        bridge.label("bad", "x");
        bridge.label("good", "y");
        assertTrue(bridge.awaitCalls(Duration.ofSeconds(10)));
        assertEquals(1, sidecar.requests().stream().filter(r -> r.body() != null
                && "bad".equals(r.body().path("key").asText())).count(), "a 400 is not repeated: " + log + " " + sidecar);
        assertEquals("y", sidecar.labels().get("agones.dev/sdk-good"), "and does not hold up the next call");

        sidecar.failNext(100, 503);
        bridge.label("doomed", "z");
        assertTrue(bridge.awaitCalls(Duration.ofSeconds(10)));
        assertEquals(3, sidecar.requests().stream().filter(r -> r.body() != null
                && "doomed".equals(r.body().path("key").asText())).count());
        assertTrue(log.stream().anyMatch(l -> l.startsWith("agones: SetLabel doomed gave up after 3 attempts")), log.toString());
    }

    @Test
    void withTicketsOnlyAPlayerSentToThisServerGetsIn() throws Exception {
        TicketSigner signer = TicketSigner.fromText(SECRET, Clock.systemUTC());
        serve(b -> b.tickets(signer));
        bridge.start();
        await(() -> "gs-1".equals(bridge.gameServerName()), "name known");
        String good = signer.sign(signer.issue("gs-1", "arena-7", "ann", Duration.ofSeconds(30)));
        String other = signer.sign(signer.issue("gs-2", "arena-7", "bob", Duration.ofSeconds(30)));

        Probe ann = new Probe(new JoinRequest("ann", "arena-7", 0, good, "0.1.0"));
        Probe bob = new Probe(new JoinRequest("bob", "arena-7", 0, other, "0.1.0"));
        runUntil(() -> ann.answered() && bob.answered(), "both answered");
        assertNotNull(ann.welcome);
        assertEquals("join ticket is for game server gs-2, not this one", bob.goodbye.detail());
        assertEquals(1, session.server.stats().joinsRefused());
        await(() -> sidecar.players().equals(Set.of("ann")), "ann reported");
    }

    /** A raw client of the session's server. */
    private final class Probe implements TransportListener {
        final TransportClient link;
        Welcome welcome;
        DisconnectReason goodbye;

        Probe(JoinRequest join) throws Exception {
            link = session.local.connect("127.0.0.1", session.server.transport().tcpPort(),
                    session.server.transport().udpPort(), Duration.ofSeconds(1));
            link.send(join, Channel.RELIABLE);
        }

        boolean answered() {
            link.poll(this);
            return welcome != null || goodbye != null;
        }

        @Override
        public void connected(int connectionId) {
        }

        @Override
        public void message(int connectionId, Object message, Channel channel) {
            if (message instanceof Welcome w) {
                welcome = w;
            }
        }

        @Override
        public void disconnected(int connectionId, DisconnectReason reason) {
            goodbye = reason;
        }
    }
}

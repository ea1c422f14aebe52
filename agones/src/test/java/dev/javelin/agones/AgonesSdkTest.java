package dev.javelin.agones;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The SDK client against a stand-in sidecar on 127.0.0.1: each call's method, path and body, and outages. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class AgonesSdkTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final SidecarStandIn sidecar;
    private final AgonesSdk sdk;

    AgonesSdkTest() throws Exception {
        sidecar = new SidecarStandIn("gs-1", "javelin");
        sdk = new AgonesSdk(URI.create("http://127.0.0.1:" + sidecar.port()), Duration.ofSeconds(5));
    }

    @AfterEach
    void stop() {
        sidecar.close();
    }

    private static JsonNode json(String text) throws Exception {
        return JSON.readTree(text);
    }

    private SidecarStandIn.Request last() {
        List<SidecarStandIn.Request> all = sidecar.requests();
        return all.get(all.size() - 1);
    }

    private void assertLast(String method, String path, String body) throws Exception {
        SidecarStandIn.Request r = last();
        assertEquals(method, r.method());
        assertEquals(path, r.path());
        assertEquals(body == null ? null : json(body), r.body(), method + " " + path + " body");
    }

    @Test
    void lifecycleCallsUseTheDocumentedPathsAndEmptyObjects() throws Exception {
        sdk.ready();
        assertLast("POST", "/ready", "{}");
        assertEquals("Ready", sidecar.state());
        sdk.health();
        assertLast("POST", "/health", "{}");
        sdk.reserve(Duration.ofSeconds(30));
        assertLast("POST", "/reserve", "{\"seconds\":30}");
        assertEquals("Reserved", sidecar.state());
        sdk.allocate();
        assertLast("POST", "/allocate", "{}");
        assertEquals("Allocated", sidecar.state());
        sdk.shutdown();
        assertLast("POST", "/shutdown", "{}");
        assertEquals("Shutdown", sidecar.state());
    }

    @Test
    void labelsAndAnnotationsAreKeyValueObjectsAndComeBackPrefixed() throws Exception {
        sdk.setLabel("room", "arena-7");
        assertLast("PUT", "/metadata/label", "{\"key\":\"room\",\"value\":\"arena-7\"}");
        sdk.setAnnotation("map", "asteroids, large");
        assertLast("PUT", "/metadata/annotation", "{\"key\":\"map\",\"value\":\"asteroids, large\"}");
        sidecar.ports(Map.of("game-tcp", 7000, "game-udp", 7001));

        GameServerInfo gs = sdk.gameServer();
        assertLast("GET", "/gameserver", null);
        assertEquals("gs-1", gs.name());
        assertEquals("default", gs.namespace());
        assertEquals("arena-7", gs.sdkLabel("room"));
        assertEquals("javelin", gs.labels().get("agones.dev/fleet"));
        assertEquals("asteroids, large", gs.annotations().get("agones.dev/sdk-map"));
        assertEquals("Scheduled", gs.state());
        assertEquals("127.0.0.1", gs.address());
        assertEquals(Map.of("game-tcp", 7000, "game-udp", 7001), gs.ports());
        assertFalse(gs.allocated());
    }

    @Test
    void playerTrackingSpeaksTheAlphaEndpoints() throws Exception {
        sdk.setPlayerCapacity(2);
        assertLast("PUT", "/alpha/player/capacity", "{\"count\":2}");
        assertEquals(2, sdk.playerCapacity());
        assertLast("GET", "/alpha/player/capacity", null);

        assertTrue(sdk.playerConnect("ann"));
        assertLast("POST", "/alpha/player/connect", "{\"playerID\":\"ann\"}");
        assertFalse(sdk.playerConnect("ann"), "a second connect of the same id is false");
        assertTrue(sdk.playerConnect("bob smith"));
        SdkException full = assertThrows(SdkException.class, () -> sdk.playerConnect("cid"));
        assertEquals(500, full.status(), "over capacity the sidecar answers an error");

        assertEquals(2, sdk.playerCount());
        assertLast("GET", "/alpha/player/count", null);
        assertTrue(sdk.isPlayerConnected("bob smith"));
        assertLast("GET", "/alpha/player/connected/bob%20smith", null);
        assertFalse(sdk.isPlayerConnected("cid"));
        assertEquals(List.of("ann", "bob smith"), sdk.connectedPlayers());
        assertLast("GET", "/alpha/player/connected", null);

        assertTrue(sdk.playerDisconnect("ann"));
        assertLast("POST", "/alpha/player/disconnect", "{\"playerID\":\"ann\"}");
        assertFalse(sdk.playerDisconnect("ann"), "the gateway omits a false bool; it reads as false");
        GameServerInfo gs = sdk.gameServer();
        assertEquals(1, gs.playerCount());
        assertEquals(2, gs.playerCapacity());
        assertEquals(List.of("bob smith"), gs.playerIds());
    }

    @Test
    void theWatchDeliversTheServerAndEachChangeUntilClosed() throws Exception {
        List<GameServerInfo> seen = new CopyOnWriteArrayList<>();
        try (GameServerStream watch = sdk.watchGameServer(seen::add)) {
            await(() -> seen.size() >= 1, "the first event");
            assertEquals("Scheduled", seen.get(0).state());
            sdk.ready();
            await(() -> seen.stream().anyMatch(g -> g.state().equals("Ready")), "Ready seen");
            sidecar.allocate(Map.of(AgonesBridge.ROOM_LABEL, "arena-7"), Map.of());
            await(() -> seen.stream().anyMatch(GameServerInfo::allocated), "allocation seen");
            GameServerInfo allocated = seen.stream().filter(GameServerInfo::allocated).findFirst().orElseThrow();
            assertEquals("arena-7", allocated.labels().get(AgonesBridge.ROOM_LABEL));
            assertFalse(watch.done().isDone());
        }
        SidecarStandIn.Request w = sidecar.first(r -> r.path().equals("/watch/gameserver"));
        assertEquals("GET", w.method());
        assertNull(w.body());
    }

    @Test
    void aWatchEndsWhenTheSidecarGoesAway() throws Exception {
        GameServerStream watch = sdk.watchGameServer(g -> { });
        await(() -> sidecar.first(r -> r.path().equals("/watch/gameserver")) != null, "watch opened");
        assertFalse(watch.done().isDone());
        sidecar.stop();
        await(() -> watch.done().isDone(), "the stream ends (the bridge then reopens it)");
    }

    @Test
    void aSidecarThatIsDownIsAQuickRetryableError() {
        sidecar.stop();
        long start = System.nanoTime();
        SdkException e = assertThrows(SdkException.class, sdk::ready);
        assertEquals(0, e.status());
        assertTrue(e.retryable());
        assertTrue(e.getMessage().startsWith("POST /ready: no answer from the Agones sidecar"), e.getMessage());
        assertTrue(System.nanoTime() - start < 2_000_000_000L, "refused, not hung");
    }

    @Test
    void errorStatusesSayWhetherARetryCanHelp() {
        sidecar.failNext(1, 500);
        SdkException e500 = assertThrows(SdkException.class, sdk::health);
        assertEquals(500, e500.status());
        assertTrue(e500.retryable());
        assertTrue(e500.getMessage().contains("answered 500"), e500.getMessage());

        sidecar.failNext(1, 400);
        SdkException e400 = assertThrows(SdkException.class, () -> sdk.setLabel("bad", "x"));
        assertFalse(e400.retryable());
    }

    @Test
    void aSlowSidecarTimesOutWithinTheRequestTimeout() throws Exception {
        AgonesSdk impatient = new AgonesSdk(sdk.base(), Duration.ofMillis(800));
        impatient.health(); // warm: class loading on a busy machine is not what is timed here
        sidecar.delay(Duration.ofSeconds(3));
        long start = System.nanoTime();
        SdkException e = assertThrows(SdkException.class, impatient::health);
        long tookMillis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(e.retryable());
        assertTrue(tookMillis >= 700 && tookMillis < 2500, "gave up after the 800 ms timeout, took " + tookMillis);
    }

    @Test
    void thePortComesFromTheEnvironment() {
        assertEquals(9358, AgonesSdk.port(Map.of()));
        assertEquals(9400, AgonesSdk.port(Map.of("AGONES_SDK_HTTP_PORT", "9400")));
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
                () -> AgonesSdk.port(Map.of("AGONES_SDK_HTTP_PORT", "http")));
        assertEquals("AGONES_SDK_HTTP_PORT must be a port from 1 to 65535, was 'http'", bad.getMessage());
        assertEquals(URI.create("http://localhost:9400/"),
                AgonesSdk.fromEnvironment(Map.of("AGONES_SDK_HTTP_PORT", "9400")).base());
    }

    static void await(java.util.function.BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within 10 s: " + what);
            }
            Thread.sleep(5);
        }
    }
}

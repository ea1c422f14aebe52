package dev.javelin.agones;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A client of the Agones SDK sidecar's local HTTP API (the REST gateway of the SDK's gRPC service), with the JDK's
 * HTTP client: lifecycle ({@code Ready}, {@code Health}, {@code Reserve}, {@code Allocate}, {@code Shutdown}),
 * metadata ({@code SetLabel}, {@code SetAnnotation}), {@code GetGameServer}, {@code WatchGameServer} and the alpha
 * player tracking calls.
 *
 * <p>Each call is one request and throws {@link SdkException} when the sidecar does not answer in time or answers
 * with an error; it does not retry. {@link AgonesBridge} queues and retries them on its own thread so that a
 * sidecar outage never reaches the game.
 *
 * <p>Threads: every method may be called from any thread; calls block the caller up to the request timeout,
 * except {@link #watchGameServer}, which returns at once.
 */
public final class AgonesSdk {

    /** The environment variable Agones sets to the sidecar's HTTP port. */
    public static final String PORT_VARIABLE = "AGONES_SDK_HTTP_PORT";

    /** The sidecar's HTTP port when {@value #PORT_VARIABLE} is not set. */
    public static final int DEFAULT_PORT = 9358;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI base;
    private final Duration timeout;
    private final HttpClient http;

    /**
     * A client of the sidecar at {@code base} (such as {@code http://localhost:9358/}).
     *
     * @param timeout how long one call may wait for its answer, positive
     */
    public AgonesSdk(URI base, Duration timeout) {
        if (base == null || timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("AgonesSdk needs a base URI and a positive timeout");
        }
        this.base = base.getPath().endsWith("/") ? base : URI.create(base + "/");
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).version(HttpClient.Version.HTTP_1_1).build();
    }

    /** A client of the sidecar on localhost at the port in {@code env}'s {@value #PORT_VARIABLE}, 2 s per call. */
    public static AgonesSdk fromEnvironment(Map<String, String> env) {
        return new AgonesSdk(URI.create("http://localhost:" + port(env) + "/"), Duration.ofSeconds(2));
    }

    /**
     * The sidecar port {@code env} names, or {@value #DEFAULT_PORT} if it names none.
     *
     * @throws IllegalArgumentException with a one-line message if the value is not a port number
     */
    public static int port(Map<String, String> env) {
        String v = env.get(PORT_VARIABLE);
        if (v == null || v.isBlank()) {
            return DEFAULT_PORT;
        }
        try {
            int port = Integer.parseInt(v.trim());
            if (port >= 1 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(PORT_VARIABLE + " must be a port from 1 to 65535, was '" + v + "'");
    }

    /** The sidecar's base URI, ending in '/'. */
    public URI base() {
        return base;
    }

    /** Marks the game server Ready: it can take players and may be allocated. */
    public void ready() throws SdkException {
        call("POST", "ready", empty());
    }

    /** One health ping; Agones marks the server Unhealthy when they stop for longer than its health settings allow. */
    public void health() throws SdkException {
        call("POST", "health", empty());
    }

    /** Marks the game server Allocated itself (without a GameServerAllocation). */
    public void allocate() throws SdkException {
        call("POST", "allocate", empty());
    }

    /** Asks Agones to shut this game server down (the pod is deleted; the fleet replaces it). */
    public void shutdown() throws SdkException {
        call("POST", "shutdown", empty());
    }

    /** Marks the game server Reserved for {@code duration} (whole seconds): not allocatable, not scaled down. */
    public void reserve(Duration duration) throws SdkException {
        ObjectNode body = empty().put("seconds", duration.toSeconds());
        call("POST", "reserve", body);
    }

    /** Sets label {@value GameServerInfo#SDK_LABEL_PREFIX}{@code key} to {@code value} on the GameServer. */
    public void setLabel(String key, String value) throws SdkException {
        call("PUT", "metadata/label", empty().put("key", key).put("value", value));
    }

    /** Sets annotation {@value GameServerInfo#SDK_LABEL_PREFIX}{@code key} to {@code value} on the GameServer. */
    public void setAnnotation(String key, String value) throws SdkException {
        call("PUT", "metadata/annotation", empty().put("key", key).put("value", value));
    }

    /** The GameServer as the sidecar knows it now. */
    public GameServerInfo gameServer() throws SdkException {
        return GameServerInfo.fromJson(call("GET", "gameserver", null));
    }

    /** Alpha: records {@code playerId} as connected; false if it already was. Fails if the capacity is reached. */
    public boolean playerConnect(String playerId) throws SdkException {
        return call("POST", "alpha/player/connect", empty().put("playerID", playerId)).path("bool").asBoolean(false);
    }

    /** Alpha: records {@code playerId} as gone; false if it was not connected. */
    public boolean playerDisconnect(String playerId) throws SdkException {
        return call("POST", "alpha/player/disconnect", empty().put("playerID", playerId)).path("bool").asBoolean(false);
    }

    /** Alpha: sets the most players this server takes (status.players.capacity). */
    public void setPlayerCapacity(long capacity) throws SdkException {
        call("PUT", "alpha/player/capacity", empty().put("count", capacity));
    }

    /** Alpha: the capacity last set through the SDK. */
    public long playerCapacity() throws SdkException {
        return call("GET", "alpha/player/capacity", null).path("count").asLong(0);
    }

    /** Alpha: players connected through the SDK. */
    public long playerCount() throws SdkException {
        return call("GET", "alpha/player/count", null).path("count").asLong(0);
    }

    /** Alpha: whether {@code playerId} is connected. */
    public boolean isPlayerConnected(String playerId) throws SdkException {
        String path = "alpha/player/connected/" + URLEncoder.encode(playerId, StandardCharsets.UTF_8).replace("+", "%20");
        return call("GET", path, null).path("bool").asBoolean(false);
    }

    /** Alpha: the ids of the connected players. */
    public List<String> connectedPlayers() throws SdkException {
        List<String> ids = new ArrayList<>();
        call("GET", "alpha/player/connected", null).path("list").forEach(n -> ids.add(n.asText()));
        return ids;
    }

    /**
     * Opens {@code GET /watch/gameserver}: the sidecar sends the GameServer at once and again on every change, one
     * JSON object per line ({@code {"result": {...}}}). Each reaches {@code onChange} on an HTTP client thread.
     * Returns at once; the returned watch says when the stream ends and closes it.
     */
    public GameServerStream watchGameServer(Consumer<GameServerInfo> onChange) {
        HttpRequest request = HttpRequest.newBuilder(base.resolve("watch/gameserver")).GET()
                .header("Accept", "application/json").build();
        GameServerStream stream = new GameServerStream(onChange);
        http.sendAsync(request, stream.handler()).whenComplete((response, failure) -> stream.ended(failure));
        return stream;
    }

    private static ObjectNode empty() {
        return JSON.createObjectNode();
    }

    /** One request; the answer's JSON (an empty object for an empty body). */
    private JsonNode call(String method, String path, JsonNode body) throws SdkException {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).timeout(timeout)
                .header("Accept", "application/json");
        if (body == null) {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            b.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8));
        }
        HttpResponse<String> response;
        try {
            response = http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new SdkException(method + " /" + path + ": no answer from the Agones sidecar at " + base + " ("
                    + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SdkException(method + " /" + path + ": interrupted", e);
        }
        if (response.statusCode() / 100 != 2) {
            throw new SdkException(method + " /" + path + ": the Agones sidecar answered " + response.statusCode()
                    + " " + oneLine(response.body()), response.statusCode());
        }
        String text = response.body();
        if (text == null || text.isBlank()) {
            return empty();
        }
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new SdkException(method + " /" + path + ": the Agones sidecar answered with bad JSON: "
                    + oneLine(text), 200);
        }
    }

    static String oneLine(String text) {
        if (text == null) {
            return "";
        }
        String t = text.replaceAll("\\s+", " ").trim();
        return t.length() <= 160 ? t : t.substring(0, 160) + "...";
    }

    static JsonNode parse(String line) throws IOException {
        return JSON.readTree(line);
    }
}

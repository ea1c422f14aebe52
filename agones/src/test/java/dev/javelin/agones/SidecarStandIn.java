package dev.javelin.agones;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;
import java.util.function.Predicate;

/**
 * A stand-in for one Agones SDK sidecar, on 127.0.0.1 (port 0 picks one): speaks the REST gateway's endpoints
 * with its JSON shapes (proto field names, int64 as strings, {@code {"result": ...}} lines on the watch), keeps a
 * GameServer (state, labels with the SDK prefix, annotations, player tracking with its capacity check) and records
 * every request for the tests to check field by field. Faults on demand: answer the next requests with an error
 * status, answer slowly, stop and start again on the same port.
 *
 * <p>Threads: requests on its own pool; the test's methods from any thread (synchronized on the stand-in).
 */
public final class SidecarStandIn implements AutoCloseable {

    /** One request as received. {@code body} is null when the request had none. */
    public record Request(String method, String path, JsonNode body) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final List<OutputStream> watchers = new CopyOnWriteArrayList<>();
    private final Map<String, String> labels = new LinkedHashMap<>();
    private final Map<String, String> annotations = new LinkedHashMap<>();
    private final Map<String, Integer> ports = new LinkedHashMap<>();
    private final Set<String> players = new LinkedHashSet<>();
    private final String name;
    private String state = "Scheduled";
    private long capacity;
    private int port;
    private HttpServer server;
    private ExecutorService pool;
    private int failNext;
    private int failStatus;
    private volatile long delayMillis;

    /** A stand-in for the sidecar of GameServer {@code name}, in fleet {@code fleet} (null for none), started. */
    public SidecarStandIn(String name, String fleet) throws IOException {
        this.name = name;
        if (fleet != null) {
            labels.put("agones.dev/fleet", fleet);
        }
        start(0);
    }

    private synchronized void start(int onPort) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), onPort), 16);
        pool = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "sidecar-" + name);
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(pool);
        server.createContext("/", this::handle);
        server.start();
        port = server.getAddress().getPort();
    }

    /** The port it listens on (the same after {@link #restart()}). */
    public synchronized int port() {
        return port;
    }

    /** The environment a game server process needs to find this sidecar. */
    public Map<String, String> environment() {
        return Map.of(AgonesSdk.PORT_VARIABLE, Integer.toString(port()));
    }

    /** The GameServer's name. */
    public String name() {
        return name;
    }

    /** Stops answering: connections are refused, open watches break. */
    public synchronized void stop() {
        for (OutputStream w : watchers) {
            try {
                w.close();
            } catch (IOException e) {
                // the watcher is gone already
            }
        }
        watchers.clear();
        server.stop(0);
        pool.shutdownNow();
    }

    /** Starts answering again, on the same port. */
    public synchronized void restart() throws IOException {
        start(port);
    }

    /** Answers the next {@code count} requests (watches included) with {@code status} and an error body. */
    public synchronized void failNext(int count, int status) {
        failNext = count;
        failStatus = status;
    }

    /** Waits {@code delay} before answering each request. */
    public void delay(Duration delay) {
        delayMillis = delay.toMillis();
    }

    /** Every request so far, in arrival order. */
    public List<Request> requests() {
        return List.copyOf(requests);
    }

    /** The requests to {@code method path}. */
    public List<Request> requests(String method, String path) {
        return requests.stream().filter(r -> r.method().equals(method) && r.path().equals(path)).toList();
    }

    /** The first request matching {@code test}, or null. */
    public Request first(Predicate<Request> test) {
        return requests.stream().filter(test).findFirst().orElse(null);
    }

    public synchronized String state() {
        return state;
    }

    public synchronized Map<String, String> labels() {
        return Map.copyOf(labels);
    }

    public synchronized Map<String, String> annotations() {
        return Map.copyOf(annotations);
    }

    public synchronized Set<String> players() {
        return Set.copyOf(players);
    }

    public synchronized long capacity() {
        return capacity;
    }

    /** Sets the ports the GameServer status reports (what Agones does from the pod's port mappings). */
    public synchronized void ports(Map<String, Integer> byName) {
        ports.clear();
        ports.putAll(byName);
        publish();
    }

    /** Whether an allocation selector's labels, state and free seats match this server now. */
    synchronized boolean matches(Map<String, String> matchLabels, String wantedState, long minAvailable) {
        if (!state.equals(wantedState)) {
            return false;
        }
        for (Map.Entry<String, String> e : matchLabels.entrySet()) {
            if (!e.getValue().equals(labels.get(e.getKey()))) {
                return false;
            }
        }
        return minAvailable <= 0 || (capacity > 0 && capacity - players.size() >= minAvailable);
    }

    /** Allocates it as a GameServerAllocation would: state Allocated, the allocation's labels and annotations. */
    synchronized void allocate(Map<String, String> newLabels, Map<String, String> newAnnotations) {
        state = "Allocated";
        labels.putAll(newLabels);
        annotations.putAll(newAnnotations);
        publish();
    }

    synchronized int playerCount() {
        return players.size();
    }

    /** The ports the GameServer status reports now, by name. */
    public synchronized Map<String, Integer> portsNow() {
        return Map.copyOf(ports);
    }

    /** The GameServer as the gateway writes it. */
    public synchronized ObjectNode gameServerJson() {
        ObjectNode gs = JSON.createObjectNode();
        ObjectNode meta = gs.putObject("object_meta");
        meta.put("name", name).put("namespace", "default").put("uid", "uid-" + name)
                .put("resource_version", "1").put("generation", "1").put("creation_timestamp", "1700000000");
        ObjectNode l = meta.putObject("labels");
        labels.forEach(l::put);
        ObjectNode a = meta.putObject("annotations");
        annotations.forEach(a::put);
        gs.putObject("spec").putObject("health").put("period_seconds", 5).put("failure_threshold", 3);
        ObjectNode status = gs.putObject("status");
        status.put("state", state).put("address", "127.0.0.1");
        ArrayNode p = status.putArray("ports");
        ports.forEach((n, v) -> p.addObject().put("name", n).put("port", v));
        ObjectNode pl = status.putObject("players");
        pl.put("count", Long.toString(players.size())).put("capacity", Long.toString(capacity));
        ArrayNode ids = pl.putArray("ids");
        players.forEach(ids::add);
        return gs;
    }

    private void publish() {
        byte[] line = (JSON.createObjectNode().set("result", gameServerJson()).toString() + "\n")
                .getBytes(StandardCharsets.UTF_8);
        for (OutputStream w : watchers) {
            try {
                w.write(line);
                w.flush();
            } catch (IOException e) {
                watchers.remove(w);
            }
        }
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String method = ex.getRequestMethod();
            String path = ex.getRequestURI().getRawPath();
            byte[] raw = ex.getRequestBody().readAllBytes();
            JsonNode body = raw.length == 0 ? null : parse(raw);
            requests.add(new Request(method, path, body));
            long delay = delayMillis;
            if (delay > 0) {
                try {
                    Thread.sleep(delay); // a slow sidecar is the point of this fault
                } catch (InterruptedException e) {
                    return;
                }
            }
            synchronized (this) {
                if (failNext > 0) {
                    failNext--;
                    send(ex, failStatus, JSON.createObjectNode().put("error", "injected").put("code", 2));
                    return;
                }
            }
            if (method.equals("GET") && path.equals("/watch/gameserver")) {
                watch(ex);
                return;
            }
            JsonNode answer = answer(method, path, body);
            if (answer == null) {
                send(ex, 404, JSON.createObjectNode().put("error", "Not Found").put("code", 5));
            } else if (answer.has("code")) {
                send(ex, answer.get("httpStatus").asInt(), answer);
            } else {
                send(ex, 200, answer);
            }
        }
    }

    private static JsonNode parse(byte[] raw) {
        try {
            return JSON.readTree(raw);
        } catch (IOException e) {
            return JSON.createObjectNode().put("unparsable", new String(raw, StandardCharsets.UTF_8));
        }
    }

    private void watch(HttpExchange ex) throws IOException {
        ex.getResponseHeaders().add("Content-Type", "application/json");
        ex.sendResponseHeaders(200, 0);
        OutputStream out = ex.getResponseBody();
        synchronized (this) {
            watchers.add(out);
            publish();
        }
        while (watchers.contains(out)) {
            try {
                Thread.sleep(20); // hold the exchange open; publish() writes to it
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** The answer to one call, null for an unknown path, or an error object holding code and httpStatus. */
    private synchronized JsonNode answer(String method, String path, JsonNode body) {
        ObjectNode empty = JSON.createObjectNode();
        switch (method + " " + path) {
            case "POST /ready" -> {
                state = "Ready";
                publish();
                return empty;
            }
            case "POST /health" -> {
                return empty;
            }
            case "POST /allocate" -> {
                state = "Allocated";
                publish();
                return empty;
            }
            case "POST /shutdown" -> {
                state = "Shutdown";
                publish();
                return empty;
            }
            case "POST /reserve" -> {
                if (body == null || !body.has("seconds")) {
                    return error(400, "seconds missing");
                }
                state = "Reserved";
                publish();
                return empty;
            }
            case "GET /gameserver" -> {
                return gameServerJson();
            }
            case "PUT /metadata/label", "PUT /metadata/annotation" -> {
                if (body == null || !body.path("key").isTextual() || !body.path("value").isTextual()) {
                    return error(400, "key and value must be strings");
                }
                (path.endsWith("label") ? labels : annotations)
                        .put(GameServerInfo.SDK_LABEL_PREFIX + body.get("key").asText(), body.get("value").asText());
                publish();
                return empty;
            }
            case "POST /alpha/player/connect" -> {
                String id = body == null ? "" : body.path("playerID").asText("");
                if (id.isEmpty()) {
                    return error(400, "playerID missing");
                }
                if (players.contains(id)) {
                    return JSON.createObjectNode().put("bool", false);
                }
                if (players.size() >= capacity) {
                    return error(500, "players are already at capacity");
                }
                players.add(id);
                publish();
                return JSON.createObjectNode().put("bool", true);
            }
            case "POST /alpha/player/disconnect" -> {
                boolean was = players.remove(body == null ? "" : body.path("playerID").asText(""));
                publish();
                return was ? JSON.createObjectNode().put("bool", true) : empty;
            }
            case "PUT /alpha/player/capacity" -> {
                if (body == null || !body.has("count")) {
                    return error(400, "count missing");
                }
                capacity = body.get("count").asLong();
                publish();
                return empty;
            }
            case "GET /alpha/player/capacity" -> {
                return JSON.createObjectNode().put("count", Long.toString(capacity));
            }
            case "GET /alpha/player/count" -> {
                return JSON.createObjectNode().put("count", Long.toString(players.size()));
            }
            case "GET /alpha/player/connected" -> {
                ObjectNode list = JSON.createObjectNode();
                ArrayNode ids = list.putArray("list");
                players.forEach(ids::add);
                return list;
            }
            default -> {
                String prefix = "/alpha/player/connected/";
                if (method.equals("GET") && path.startsWith(prefix)) {
                    String id = java.net.URLDecoder.decode(path.substring(prefix.length()), StandardCharsets.UTF_8);
                    return players.contains(id) ? JSON.createObjectNode().put("bool", true) : empty;
                }
                return null;
            }
        }
    }

    private static ObjectNode error(int httpStatus, String message) {
        return JSON.createObjectNode().put("error", message).put("code", 2).put("message", message)
                .put("httpStatus", httpStatus);
    }

    private static void send(HttpExchange ex, int status, JsonNode body) throws IOException {
        byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", "application/json");
        ex.sendResponseHeaders(status, bytes.length);
        ex.getResponseBody().write(bytes);
    }

    @Override
    public void close() {
        stop();
    }

    /** For failure messages. */
    @Override
    public String toString() {
        List<String> calls = new ArrayList<>();
        requests.forEach(r -> calls.add(r.method() + " " + r.path()));
        return "sidecar " + name + " (" + state() + "): " + calls;
    }
}

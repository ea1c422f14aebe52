package dev.javelin.agones;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A stand-in for an Agones fleet on one machine: one {@link SidecarStandIn} per game server, and the Kubernetes
 * API's {@code gameserverallocations} endpoint on 127.0.0.1, which allocates among them as Agones does: selectors
 * in order, each matching labels, a state (Ready by default) and the alpha {@code players.minAvailable}; the first
 * match (Packed: the fullest first) becomes Allocated and takes the allocation's labels and annotations; no match
 * answers status UnAllocated. Allocation requests are recorded for the tests.
 *
 * <p>Threads: requests on the HTTP server's thread; the test's methods from any thread.
 */
public final class FleetStandIn implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String fleet;
    private final List<SidecarStandIn> servers = new ArrayList<>();
    private final List<JsonNode> allocations = new CopyOnWriteArrayList<>();
    private final HttpServer api;

    /** A fleet named {@code fleet} of {@code size} game servers named {@code fleet-0}, {@code fleet-1}, ... */
    public FleetStandIn(String fleet, int size) throws IOException {
        this.fleet = fleet;
        for (int i = 0; i < size; i++) {
            servers.add(new SidecarStandIn(fleet + "-" + i, fleet));
        }
        api = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        api.createContext("/apis/allocation.agones.dev/v1/namespaces/", this::allocate);
        api.start();
    }

    /** The game servers' sidecars. */
    public List<SidecarStandIn> servers() {
        return List.copyOf(servers);
    }

    /** The base URI of the stand-in Kubernetes API. */
    public URI api() {
        return URI.create("http://127.0.0.1:" + api.getAddress().getPort());
    }

    /** Every GameServerAllocation received, as sent. */
    public List<JsonNode> allocations() {
        return List.copyOf(allocations);
    }

    private void allocate(HttpExchange ex) throws IOException {
        try (ex) {
            JsonNode gsa = JSON.readTree(ex.getRequestBody().readAllBytes());
            allocations.add(gsa);
            String path = ex.getRequestURI().getPath();
            if (!ex.getRequestMethod().equals("POST") || !path.endsWith("/gameserverallocations")
                    || !"allocation.agones.dev/v1".equals(gsa.path("apiVersion").asText())
                    || !"GameServerAllocation".equals(gsa.path("kind").asText())) {
                send(ex, 400, JSON.createObjectNode().put("kind", "Status").put("message", "not a GameServerAllocation"));
                return;
            }
            ObjectNode answer = gsa.deepCopy();
            ObjectNode status = answer.putObject("status");
            SidecarStandIn chosen = choose(gsa.path("spec"));
            if (chosen == null) {
                status.put("state", "UnAllocated");
            } else {
                status.put("state", "Allocated").put("gameServerName", chosen.name()).put("address", "127.0.0.1")
                        .put("nodeName", "stand-in-node").put("source", "local");
                ArrayNode ports = status.putArray("ports");
                chosen.portsNow().forEach((n, p) -> ports.addObject().put("name", n).put("port", p));
            }
            send(ex, 201, answer);
        }
    }

    private synchronized SidecarStandIn choose(JsonNode spec) {
        for (JsonNode selector : spec.path("selectors")) {
            Map<String, String> labels = strings(selector.path("matchLabels"));
            String state = selector.path("gameServerState").asText("Ready");
            long minAvailable = selector.path("players").path("minAvailable").asLong(0);
            SidecarStandIn best = null;
            for (SidecarStandIn s : servers) {
                if (s.matches(labels, state, minAvailable) && (best == null || s.playerCount() > best.playerCount())) {
                    best = s;
                }
            }
            if (best != null) {
                JsonNode meta = spec.path("metadata");
                best.allocate(strings(meta.path("labels")), strings(meta.path("annotations")));
                return best;
            }
        }
        return null;
    }

    private static Map<String, String> strings(JsonNode object) {
        Map<String, String> out = new LinkedHashMap<>();
        object.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().asText()));
        return out;
    }

    private static void send(HttpExchange ex, int status, JsonNode body) throws IOException {
        byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", "application/json");
        ex.sendResponseHeaders(status, bytes.length);
        ex.getResponseBody().write(bytes);
    }

    /** The fleet's name. */
    public String fleet() {
        return fleet;
    }

    @Override
    public void close() {
        api.stop(0);
        servers.forEach(SidecarStandIn::close);
    }
}

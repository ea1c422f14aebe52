package dev.javelin.agones;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Every YAML under deploy/agones parses, and each object has the kind, API version and required fields of Agones'
 * documented API (Fleet and GameServer spec, FleetAutoscaler with a Buffer policy, GameServerAllocation), the
 * Kubernetes RBAC the lobby needs, and names that agree with each other and with the code.
 */
class ManifestsTest {

    private static final Path DIR = Path.of("..", "deploy", "agones");
    private static final Set<String> PORT_POLICIES = Set.of("Dynamic", "Static", "Passthrough", "None");
    private static final Set<String> PROTOCOLS = Set.of("UDP", "TCP", "TCPUDP");
    private static final Set<String> SCHEDULING = Set.of("Packed", "Distributed");

    private static List<Map<String, Object>> load() throws IOException {
        List<Map<String, Object>> docs = new ArrayList<>();
        try (Stream<Path> files = Files.list(DIR)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                try (Reader r = Files.newBufferedReader(f)) {
                    for (Object doc : new Yaml(new SafeConstructor(new LoaderOptions())).loadAll(r)) {
                        if (!(doc instanceof Map)) {
                            fail(f + ": every document must be an object, found " + doc);
                        }
                        @SuppressWarnings("unchecked")
                        Map<String, Object> m = (Map<String, Object>) doc;
                        m.put("__file", f.getFileName().toString());
                        docs.add(m);
                    }
                }
            }
        }
        return docs;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> m, String key) {
        Object v = m.get(key);
        assertTrue(v instanceof Map, m.get("__file") + ": '" + key + "' must be an object, was " + v);
        return (Map<String, Object>) v;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Map<String, Object> m, String key) {
        Object v = m.get(key);
        assertTrue(v instanceof List && !((List<?>) v).isEmpty(), "'" + key + "' must be a non-empty list, was " + v);
        return (List<Map<String, Object>>) v;
    }

    private static String text(Map<String, Object> m, String key) {
        Object v = m.get(key);
        assertTrue(v instanceof String && !((String) v).isBlank(), "'" + key + "' must be a non-empty string, was " + v);
        return (String) v;
    }

    private static int integer(Map<String, Object> m, String key) {
        Object v = m.get(key);
        assertTrue(v instanceof Integer, "'" + key + "' must be an integer, was " + v);
        return (Integer) v;
    }

    private static Map<String, Object> only(List<Map<String, Object>> docs, String apiVersion, String kind) {
        List<Map<String, Object>> found = docs.stream().filter(d -> kind.equals(d.get("kind"))).toList();
        assertEquals(1, found.size(), "one " + kind);
        assertEquals(apiVersion, found.get(0).get("apiVersion"), kind + " apiVersion");
        return found.get(0);
    }

    @Test
    void everyDocumentIsAKnownKindAtItsApiVersion() throws IOException {
        Map<String, String> known = Map.of("Fleet", "agones.dev/v1", "FleetAutoscaler", "autoscaling.agones.dev/v1",
                "GameServerAllocation", "allocation.agones.dev/v1", "ServiceAccount", "v1",
                "Role", "rbac.authorization.k8s.io/v1", "RoleBinding", "rbac.authorization.k8s.io/v1");
        List<Map<String, Object>> docs = load();
        assertTrue(docs.size() >= 6, "fleet, autoscaler, allocation and the lobby's RBAC: " + docs.size());
        for (Map<String, Object> d : docs) {
            String kind = String.valueOf(d.get("kind"));
            assertTrue(known.containsKey(kind), d.get("__file") + ": unknown kind " + kind);
            assertEquals(known.get(kind), d.get("apiVersion"), d.get("__file") + ": apiVersion of " + kind);
        }
    }

    @Test
    void theFleetDeclaresTheServerItsPortsHealthAndPlayers() throws IOException {
        Map<String, Object> fleet = only(load(), "agones.dev/v1", "Fleet");
        assertEquals("javelin-sample", text(map(fleet, "metadata"), "name"));
        Map<String, Object> spec = map(fleet, "spec");
        assertTrue(integer(spec, "replicas") >= 0);
        assertTrue(SCHEDULING.contains(text(spec, "scheduling")));
        Map<String, Object> gs = map(map(spec, "template"), "spec");
        Map<String, Integer> containerPorts = new java.util.HashMap<>();
        for (Map<String, Object> p : list(gs, "ports")) {
            assertTrue(PORT_POLICIES.contains(text(p, "portPolicy")), "portPolicy " + p);
            assertTrue(PROTOCOLS.contains(text(p, "protocol")), "protocol " + p);
            containerPorts.put(text(p, "name"), integer(p, "containerPort"));
        }
        assertEquals(Set.of("game-tcp", "game-udp"), containerPorts.keySet(), "the names the Lobby looks up");
        assertEquals(containerPorts.get("game-tcp") + 1, containerPorts.get("game-udp"), "UDP listens on port + 1");
        Map<String, Object> health = map(gs, "health");
        assertFalse(Boolean.TRUE.equals(health.get("disabled")));
        int period = integer(health, "periodSeconds");
        assertTrue(period * 1000 > 2000, "the bridge's 2 s pings come more often than Agones checks");
        assertTrue(integer(health, "failureThreshold") >= 1 && integer(health, "initialDelaySeconds") >= 0);
        assertTrue(integer(map(gs, "players"), "initialCapacity") > 0);

        List<Map<String, Object>> containers = list(map(map(gs, "template"), "spec"), "containers");
        Map<String, Object> server = containers.get(0);
        text(server, "name");
        text(server, "image");
        @SuppressWarnings("unchecked")
        List<String> args = (List<String>) server.get("args");
        assertNotNull(args, "the server's arguments");
        assertEquals("server", args.get(0));
        assertTrue(args.contains("--agones=true"));
        assertTrue(args.contains("--port=" + containerPorts.get("game-tcp")), "listens on the declared TCP port");
        assertTrue(args.contains("--host=0.0.0.0"), "listens beyond loopback");
        assertTrue(args.stream().anyMatch(a -> a.startsWith("--maxPlayers=")));
    }

    @Test
    void theAutoscalerKeepsABufferOfTheFleet() throws IOException {
        Map<String, Object> fas = only(load(), "autoscaling.agones.dev/v1", "FleetAutoscaler");
        text(map(fas, "metadata"), "name");
        Map<String, Object> spec = map(fas, "spec");
        assertEquals("javelin-sample", text(spec, "fleetName"));
        Map<String, Object> policy = map(spec, "policy");
        assertEquals("Buffer", text(policy, "type"));
        Map<String, Object> buffer = map(policy, "buffer");
        int size = integer(buffer, "bufferSize");
        int max = integer(buffer, "maxReplicas");
        int min = integer(buffer, "minReplicas");
        assertTrue(size >= 1 && min >= size && max >= min, "1 <= bufferSize <= minReplicas <= maxReplicas");
        Map<String, Object> sync = map(spec, "sync");
        assertEquals("FixedInterval", text(sync, "type"));
        assertTrue(integer(map(sync, "fixedInterval"), "seconds") >= 1);
    }

    @Test
    void theAllocationSelectsTheFleetAndLabelsTheRoomAsTheLobbyDoes() throws IOException {
        Map<String, Object> gsa = only(load(), "allocation.agones.dev/v1", "GameServerAllocation");
        Map<String, Object> spec = map(gsa, "spec");
        List<Map<String, Object>> selectors = list(spec, "selectors");
        for (Map<String, Object> s : selectors) {
            assertEquals("javelin-sample", map(s, "matchLabels").get("agones.dev/fleet"));
            assertTrue(Set.of("Ready", "Allocated").contains(text(s, "gameServerState")));
        }
        assertEquals("Ready", selectors.get(selectors.size() - 1).get("gameServerState"), "a fresh server last");
        assertTrue(SCHEDULING.contains(text(spec, "scheduling")));
        String room = text(map(map(spec, "metadata"), "labels"), AgonesBridge.ROOM_LABEL);
        // The same object the code builds, so the example and the lobby cannot drift apart.
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        Map<String, Object> withoutFile = new java.util.LinkedHashMap<>(gsa);
        withoutFile.remove("__file");
        assertEquals(new AllocationRequest("javelin-sample", room, 1, true).toJson(), json.valueToTree(withoutFile));
    }

    @Test
    void theLobbyMayCreateAllocationsAndNothingElse() throws IOException {
        List<Map<String, Object>> docs = load();
        Map<String, Object> role = only(docs, "rbac.authorization.k8s.io/v1", "Role");
        List<Map<String, Object>> rules = list(role, "rules");
        assertEquals(1, rules.size());
        assertEquals(List.of("allocation.agones.dev"), rules.get(0).get("apiGroups"));
        assertEquals(List.of("gameserverallocations"), rules.get(0).get("resources"));
        assertEquals(List.of("create"), rules.get(0).get("verbs"));
        Map<String, Object> binding = only(docs, "rbac.authorization.k8s.io/v1", "RoleBinding");
        assertEquals(text(map(role, "metadata"), "name"), text(map(binding, "roleRef"), "name"));
        String account = text(map(only(docs, "v1", "ServiceAccount"), "metadata"), "name");
        assertEquals(account, list(binding, "subjects").get(0).get("name"));
    }
}

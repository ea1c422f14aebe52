package dev.javelin.agones;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Agones' answer to a {@link AllocationRequest}: the status of the created GameServerAllocation. Immutable.
 *
 * @param state          Allocated, UnAllocated (no server matched) or Contention (try again)
 * @param gameServerName the allocated GameServer's name; empty unless allocated
 * @param address        where players connect; empty unless allocated
 * @param ports          its ports by name; empty unless allocated
 * @param nodeName       the node it runs on; empty if not given
 */
public record Allocation(String state, String gameServerName, String address, Map<String, Integer> ports,
                         String nodeName) {

    public Allocation {
        ports = Collections.unmodifiableMap(new LinkedHashMap<>(ports));
    }

    /** True if a server was allocated. */
    public boolean allocated() {
        return "Allocated".equals(state);
    }

    /** Reads the {@code status} of a GameServerAllocation returned by the Kubernetes API. */
    public static Allocation fromJson(JsonNode gsa) {
        JsonNode status = gsa.path("status");
        Map<String, Integer> ports = new LinkedHashMap<>();
        for (JsonNode p : status.path("ports")) {
            ports.put(p.path("name").asText(""), p.path("port").asInt(0));
        }
        return new Allocation(status.path("state").asText(""), status.path("gameServerName").asText(""),
                status.path("address").asText(""), ports, status.path("nodeName").asText(""));
    }
}

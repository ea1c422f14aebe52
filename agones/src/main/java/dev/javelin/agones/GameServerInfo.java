package dev.javelin.agones;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The sidecar's view of this game server ({@code GET /gameserver}, each {@code /watch/gameserver} event), as far
 * as a Javelin server needs it. Immutable; the maps and list are unmodifiable and never null.
 *
 * @param name           the GameServer's Kubernetes name (unique in its namespace); empty if unknown
 * @param namespace      its namespace; empty if unknown
 * @param labels         its labels; those set through the SDK carry the prefix {@value #SDK_LABEL_PREFIX}
 * @param annotations    its annotations; those set through the SDK carry the same prefix
 * @param state          its lifecycle state: Scheduled, RequestReady, Ready, Reserved, Allocated, Shutdown, ...
 * @param address        the address players connect to; empty until the server is scheduled
 * @param ports          the ports players connect to, by port name
 * @param playerCount    players connected, as tracked through the alpha player API (0 if not enabled)
 * @param playerCapacity most players, as set through the alpha player API (0 if not set)
 * @param playerIds      the connected players' ids
 */
public record GameServerInfo(String name, String namespace, Map<String, String> labels,
                             Map<String, String> annotations, String state, String address,
                             Map<String, Integer> ports, long playerCount, long playerCapacity,
                             List<String> playerIds) {

    /** What Agones puts before the key of every label and annotation set through the SDK. */
    public static final String SDK_LABEL_PREFIX = "agones.dev/sdk-";

    public GameServerInfo {
        labels = Collections.unmodifiableMap(new LinkedHashMap<>(labels));
        annotations = Collections.unmodifiableMap(new LinkedHashMap<>(annotations));
        ports = Collections.unmodifiableMap(new LinkedHashMap<>(ports));
        playerIds = List.copyOf(playerIds);
    }

    /** True once a GameServerAllocation (or the server itself) has allocated it. */
    public boolean allocated() {
        return "Allocated".equals(state);
    }

    /** The label set through the SDK's SetLabel with {@code key} (the prefix added), or null. */
    public String sdkLabel(String key) {
        return labels.get(SDK_LABEL_PREFIX + key);
    }

    /**
     * Reads the sidecar's JSON: field names as in the SDK's proto ({@code object_meta}, {@code status.ports}), int64
     * values as numbers or strings (the gateway writes strings), the player status as {@code players} or
     * {@code Players}. Missing parts read as empty.
     */
    public static GameServerInfo fromJson(JsonNode gs) {
        JsonNode meta = field(gs, "object_meta", "objectMeta");
        JsonNode status = field(gs, "status");
        Map<String, Integer> ports = new LinkedHashMap<>();
        for (JsonNode p : field(status, "ports")) {
            ports.put(field(p, "name").asText(""), field(p, "port").asInt(0));
        }
        JsonNode players = field(status, "players", "Players");
        List<String> ids = new ArrayList<>();
        for (JsonNode id : field(players, "ids", "IDs")) {
            ids.add(id.asText());
        }
        return new GameServerInfo(field(meta, "name").asText(""), field(meta, "namespace").asText(""),
                strings(field(meta, "labels")), strings(field(meta, "annotations")), field(status, "state").asText(""),
                field(status, "address").asText(""), ports, field(players, "count").asLong(0),
                field(players, "capacity").asLong(0), ids);
    }

    private static JsonNode field(JsonNode node, String... names) {
        for (String n : names) {
            JsonNode v = node == null ? null : node.get(n);
            if (v != null && !v.isNull()) {
                return v;
            }
        }
        return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    }

    private static Map<String, String> strings(JsonNode object) {
        Map<String, String> out = new LinkedHashMap<>();
        object.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().asText()));
        return out;
    }
}

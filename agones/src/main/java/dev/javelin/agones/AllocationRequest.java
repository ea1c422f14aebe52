package dev.javelin.agones;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What a lobby asks Agones for: a game server of {@code fleet} for {@code room}, as a {@code GameServerAllocation}
 * (allocation.agones.dev/v1). Two selectors, tried in order: first a server already Allocated to this room with
 * room for {@code seats} more players (the alpha {@code players} filter, feature gate PlayerAllocationFilter), then
 * any Ready server of the fleet. The allocation labels the server with the room ({@value AgonesBridge#ROOM_LABEL}),
 * which the server's bridge reads from its watch. Immutable.
 *
 * @param fleet      the Fleet's name (selected by the {@code agones.dev/fleet} label), never blank
 * @param room       the room or match, a valid label value (63 characters at most: letters, digits, '-', '_', '.')
 * @param seats      players about to join together, at least 1
 * @param joinRoom   true to look for a running server of this room first; false for a fresh server every time
 */
public record AllocationRequest(String fleet, String room, int seats, boolean joinRoom) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public AllocationRequest {
        if (fleet == null || fleet.isBlank()) {
            throw new IllegalArgumentException("an allocation needs the fleet's name");
        }
        if (room == null || !room.matches("([A-Za-z0-9]([A-Za-z0-9_.-]{0,61}[A-Za-z0-9])?)?")) {
            throw new IllegalArgumentException("room must be a label value (up to 63 letters, digits, '-', '_', '.',"
                    + " starting and ending with a letter or digit), was '" + room + "'");
        }
        if (seats < 1) {
            throw new IllegalArgumentException("seats must be at least 1, was " + seats);
        }
    }

    /** The GameServerAllocation object to create, as JSON. */
    public ObjectNode toJson() {
        ObjectNode gsa = JSON.createObjectNode();
        gsa.put("apiVersion", "allocation.agones.dev/v1");
        gsa.put("kind", "GameServerAllocation");
        ObjectNode spec = gsa.putObject("spec");
        ArrayNode selectors = spec.putArray("selectors");
        if (joinRoom && !room.isEmpty()) {
            ObjectNode running = selectors.addObject();
            running.putObject("matchLabels").put("agones.dev/fleet", fleet).put(AgonesBridge.ROOM_LABEL, room);
            running.put("gameServerState", "Allocated");
            running.putObject("players").put("minAvailable", seats);
        }
        ObjectNode fresh = selectors.addObject();
        fresh.putObject("matchLabels").put("agones.dev/fleet", fleet);
        fresh.put("gameServerState", "Ready");
        spec.put("scheduling", "Packed");
        if (!room.isEmpty()) {
            spec.putObject("metadata").putObject("labels").put(AgonesBridge.ROOM_LABEL, room);
        }
        return gsa;
    }
}

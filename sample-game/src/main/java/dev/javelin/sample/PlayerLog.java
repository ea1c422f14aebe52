package dev.javelin.sample;

import dev.javelin.engine.server.ServerEngine;
import dev.javelin.engine.server.ServerPlayer;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs each player's arrival and departure by name at INFO ({@code players - ann joined as player 3, room 0}).
 * Listens on the server's game events, so everything here runs on the simulation thread.
 */
final class PlayerLog {

    private static final Logger LOG = LoggerFactory.getLogger("dev.javelin.sample.players");

    private final Map<Integer, String> names = new HashMap<>();

    private PlayerLog() {
    }

    /** Starts logging {@code server}'s players. Before the server starts. */
    static void attach(ServerEngine server) {
        PlayerLog log = new PlayerLog();
        server.game().events().playerJoined.subscribe(id -> {
            ServerPlayer p = server.player(id);
            String name = p == null ? "?" : p.name();
            log.names.put(id, name);
            LOG.info("{} joined as player {}, room {}", name, id, p == null ? "?" : p.roomId());
        });
        server.game().events().playerDisconnected.subscribe(id ->
                LOG.info("{} (player {}) left", log.names.remove(id), id));
    }
}

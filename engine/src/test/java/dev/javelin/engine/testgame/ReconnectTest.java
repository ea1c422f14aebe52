package dev.javelin.engine.testgame;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.javelin.engine.client.ClientEngine;
import dev.javelin.engine.server.ServerConfig;
import dev.javelin.engine.sync.SyncSettings;
import org.junit.jupiter.api.Test;

/**
 * A player who drops keeps its objects for the reconnect grace and takes them back by presenting its resume
 * token; after the grace it is gone. Simulated time over the in-memory transport (the same over KryoNet is in
 * the net module's ReconnectOverKryoNetTest).
 */
class ReconnectTest {

    private static final ServerConfig CONFIG = ServerConfig.defaults().withUpdateRate(3).withReconnectGraceSeconds(3);
    private static final SyncSettings SYNC = SyncSettings.of("extrapolate");

    /** Joins a and b, and has a play 20 inputs so that its input sequence is well past 1. */
    private static ClientEngine[] twoPlaying(Session s) {
        ClientEngine a = s.join(SYNC, null, null, 1);
        ClientEngine b = s.join(SYNC, null, null, 2);
        s.runUntil(() -> a.isJoined() && b.isJoined(), 2000, "welcome");
        for (int i = 0; i < 20; i++) {
            a.queueInput("move", i % 2, 0.5f);
            s.run(20);
        }
        s.runUntil(() -> a.unackedInputs() == 0, 2000, "a's inputs acknowledged");
        return new ClientEngine[] {a, b};
    }

    @Test
    void aDroppedPlayerRejoinsWithinTheGraceAsItselfWithItsObjectsAndPlaysOn() {
        try (Session s = new Session(CONFIG)) {
            ClientEngine a = twoPlaying(s)[0];
            int id = a.playerId();
            long token = a.resumeToken();
            int avatar = s.serverGame.avatarOf(id).id();
            a.close();
            s.clients.remove(a);
            s.run(2000);
            assertEquals(0, s.server.player(id).connectionId(), "dropped, waiting in its grace");
            assertNotNull(s.serverGame.avatarOf(id), "its avatar waits with it");

            ClientEngine again = s.join(SYNC, null, null, 3, token);
            s.runUntil(again::isJoined, 2000, "welcome back");
            assertEquals(id, again.playerId(), "the same player id");
            assertEquals(2, s.server.stats().playersJoined(), "a resume is not a new player");
            s.runUntil(() -> again.game().world().contains(avatar), 2000, "its avatar in the new client's world");
            assertEquals(avatar, s.serverGame.avatarOf(id).id(), "the same object");

            // Its new inputs number from 1 again; the server must apply them, not take them for old duplicates.
            int applied = s.serverGame.applied().size();
            again.queueInput("move", -1, 0);
            s.run(500);
            assertEquals(applied + 1, s.serverGame.applied().size(), "the rejoined player's input was applied");
            assertEquals(-ArenaGame.SPEED, s.serverGame.avatarOf(id).velocity.x, 0.01f);
            assertEquals(0, again.unackedInputs());
        }
    }

    @Test
    void theTokenTakesThePlayerOverFromAConnectionTheServerStillThinksAlive() {
        try (Session s = new Session(CONFIG)) {
            ClientEngine a = twoPlaying(s)[0];
            int id = a.playerId();
            int oldConnection = s.server.player(id).connectionId();
            // a's machine lost its network: it stops talking, and the server has not noticed (idle timeout 30 s).
            s.clients.remove(a);
            s.run(500);
            ClientEngine again = s.join(SYNC, null, null, 3, a.resumeToken());
            s.runUntil(again::isJoined, 2000, "welcome back");
            assertEquals(id, again.playerId());
            assertNotEquals(oldConnection, s.server.player(id).connectionId(), "the player moved to the new connection");
            assertEquals(2, s.server.stats().playersJoined());
            assertEquals(2, s.server.transport().connectionCount(), "the old connection was closed");
            again.queueInput("move", 0, -1);
            s.run(500);
            assertEquals(-ArenaGame.SPEED, s.serverGame.avatarOf(id).velocity.y, 0.01f);
            a.close();
        }
    }

    @Test
    void afterTheGraceThePlayerAndItsObjectsAreGoneAndTheTokenJoinsAsSomeoneNew() {
        try (Session s = new Session(CONFIG)) {
            ClientEngine[] ab = twoPlaying(s);
            ClientEngine a = ab[0];
            ClientEngine b = ab[1];
            int id = a.playerId();
            int avatar = s.serverGame.avatarOf(id).id();
            s.runUntil(() -> b.game().world().contains(avatar), 2000, "b sees a");
            a.close();
            s.clients.remove(a);
            s.run(3100);
            assertNull(s.server.player(id), "gone after the grace");
            assertNull(s.serverGame.world().get(avatar), "and its avatar with it");
            s.runUntil(() -> !b.game().world().contains(avatar), 2000, "b saw the avatar go");

            ClientEngine late = s.join(SYNC, null, null, 3, a.resumeToken());
            s.runUntil(late::isJoined, 2000, "welcome");
            assertNotEquals(id, late.playerId(), "an expired token joins as a new player");
            assertTrue(s.serverGame.avatarOf(late.playerId()).id() != avatar);
        }
    }
}

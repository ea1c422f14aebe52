package dev.javelin.sample.game;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.javelin.engine.world.GameObject;
import dev.javelin.engine.internal.codec.DecodedSnapshot;
import dev.javelin.engine.internal.codec.SnapshotDecoder;
import dev.javelin.engine.internal.codec.SnapshotEncoder;
import dev.javelin.engine.internal.codec.WorldFrame;
import org.junit.jupiter.api.Test;

class SpaceClassesTest {

    /**
     * The server's world, encoded and decoded by a fresh client with the game's registry: the client's
     * object of class {@code type} (the last one), or null.
     */
    private static <T extends GameObject> T decoded(SpaceGame server, Class<T> type) {
        WorldFrame frame = new WorldFrame(SpaceClasses.REGISTRY);
        frame.capture(server.world().stepCount(), server.world().objects());
        byte[] buf = new byte[1200];
        int len = new SnapshotEncoder(SpaceClasses.REGISTRY).encode(1, frame, buf, 0);
        DecodedSnapshot s = new SnapshotDecoder(SpaceClasses.REGISTRY).decode(buf, 0, len);
        T found = null;
        for (GameObject o : s.carried()) {
            if (type.isInstance(o)) {
                found = type.cast(o);
            }
        }
        return found;
    }

    @Test
    void aShipCrossesTheWireWithItsGameFields() {
        SpaceGame server = new SpaceGame(SpaceGame.config(1));
        server.notifyPlayerJoined(4, "ann");
        Ship ship = server.shipOf(4);
        ship.score = 7;
        ship.deaths = 2;
        server.step(false);
        Ship copy = (Ship) decoded(server, Ship.class).copy();
        assertEquals("ann", copy.name);
        assertEquals(7, copy.score);
        assertEquals(2, copy.deaths);
        assertTrue(copy.alive, "alive");
        assertEquals(ship.position.x, copy.position.x);
    }

    @Test
    void aPredictedMissileCrossesTheWireWithItsPredictionKey() {
        SpaceGame server = new SpaceGame(SpaceGame.config(1));
        Missile m = new Missile();
        m.position.set(100, 100);
        m.setPredictionKey(41);
        m.expiresAtStep = 99;
        server.addObject(m);
        Missile copy = decoded(server, Missile.class);
        assertEquals(41, copy.predictionKey(), "the client can match its prediction with the server's missile");
        assertEquals(99, copy.expiresAtStep);
    }
}

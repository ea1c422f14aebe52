package dev.javelin.sample.game;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.javelin.engine.world.GameObject;
import dev.javelin.engine.codec.DecodedSnapshot;
import dev.javelin.engine.codec.SnapshotDecoder;
import dev.javelin.engine.codec.SnapshotEncoder;
import dev.javelin.engine.codec.WorldFrame;
import org.junit.jupiter.api.Test;

class SpaceClassesTest {

    @Test
    void aShipCrossesTheWireWithItsGameFields() {
        SpaceGame server = new SpaceGame(SpaceGame.config(1));
        server.notifyPlayerJoined(4, "ann");
        Ship ship = server.shipOf(4);
        ship.score = 7;
        ship.deaths = 2;
        server.step(false);
        WorldFrame frame = new WorldFrame(SpaceClasses.REGISTRY);
        frame.capture(server.world().stepCount(), server.world().objects());
        byte[] buf = new byte[1200];
        int len = new SnapshotEncoder(SpaceClasses.REGISTRY).encode(1, frame, buf, 0);
        DecodedSnapshot s = new SnapshotDecoder(SpaceClasses.REGISTRY).decode(buf, 0, len);
        Ship copy = null;
        for (GameObject o : s.carried()) {
            if (o instanceof Ship sh) {
                copy = (Ship) SpaceClasses.REGISTRY.copyOf(sh);
            }
        }
        assertEquals("ann", copy.name);
        assertEquals(7, copy.score);
        assertEquals(2, copy.deaths);
        assertTrue(copy.alive, "alive");
        assertEquals(ship.position.x, copy.position.x);
    }
}

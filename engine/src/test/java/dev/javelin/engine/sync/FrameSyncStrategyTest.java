package dev.javelin.engine.sync;

import static dev.javelin.engine.sync.Worlds.dyn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.javelin.engine.TestGame;
import java.util.List;
import org.junit.jupiter.api.Test;

class FrameSyncStrategyTest {

    @Test
    void objectsJumpToEachSnapshotAndDoNotMoveBetween() {
        TestGame server = Worlds.newGame();
        TestGame client = new TestGame(Worlds.CONFIG);
        FakeClientContext ctx = new FakeClientContext(client, 7);
        FrameSyncStrategy s = new FrameSyncStrategy();
        for (int i = 0; i < 6; i++) {
            server.step(false);
        }
        s.applyUpdates(List.of(Worlds.update(server, 1)), ctx);
        float x = dyn(client, 2).position.x;
        assertEquals(dyn(server, 2).position.x, x);
        s.step(ctx);
        s.step(ctx);
        assertEquals(x, dyn(client, 2).position.x, "no local simulation between snapshots");
        assertEquals(6.0, s.shownStep(ctx));
        server.removeObject(2);
        s.applyUpdates(List.of(new WorldUpdate(2, 7, List.of(), new int[] {2}, List.of()),
                Worlds.update(server, 3)), ctx);
        assertFalse(client.world().contains(2));
    }
}

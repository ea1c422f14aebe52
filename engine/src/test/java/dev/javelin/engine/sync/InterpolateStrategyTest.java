package dev.javelin.engine.sync;

import static dev.javelin.engine.sync.Worlds.dyn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.javelin.engine.world.DynamicObject;
import dev.javelin.engine.TestGame;
import java.util.List;
import org.junit.jupiter.api.Test;

class InterpolateStrategyTest {

    private static final long PERIOD = 16_666_667L;
    private final TestGame server = Worlds.newGame();
    private final TestGame client = new TestGame(Worlds.CONFIG);
    private final FakeClientContext ctx = new FakeClientContext(client, 7);
    private final InterpolateStrategy strategy = new InterpolateStrategy(SyncSettings.of("interpolate"));

    /** Runs the server to {@code step}, sending an update every 6 steps that arrives on time. */
    private void serverTo(int step) {
        while (server.world().stepCount() < step) {
            server.step(false);
            int s = server.world().stepCount();
            if (s % 6 == 0) {
                ctx.now = s * PERIOD;
                strategy.applyUpdates(List.of(Worlds.update(server, s / 6)), ctx);
            }
        }
    }

    @Test
    void remoteObjectsAreShownBetweenTheTwoSnapshotsAroundRenderTime() {
        serverTo(60);
        ctx.serverStep = 60.5;
        strategy.step(ctx);
        double delay = strategy.delaySteps(ctx);
        assertEquals(12.0, delay, 0.1, "two snapshot intervals on a steady link");
        double shown = strategy.shownStep(ctx);
        assertEquals(60.5 - delay, shown, 1e-9);
        float expected = 50f + (float) shown * 0.1f;
        assertEquals(expected, dyn(client, 2).position.x, 1e-3f);
        assertFalse(ctx.game.isPhysicsEnabled(), "no prediction of remote objects");
    }

    @Test
    void objectsAppearAndDisappearAtTheirSnapshotStep() {
        serverTo(30);
        server.removeObject(2);
        DynamicObject late = server.addObject(new DynamicObject(80, 80, 1, 1));
        serverTo(36);
        WorldUpdate withDestroy = new WorldUpdate(99, 36, Worlds.update(server, 99).carried(), new int[] {2}, List.of());
        strategy.applyUpdates(List.of(withDestroy), ctx);
        ctx.serverStep = 36 + 11.9;
        strategy.step(ctx);
        assertTrue(client.world().contains(2), "still shown: render time is before the destroy");
        assertNull(client.world().get(late.id()), "not shown yet: render time is before its creation");
        ctx.serverStep = 36 + 12.5;
        strategy.step(ctx);
        assertFalse(client.world().contains(2));
        assertTrue(client.world().contains(late.id()));
    }

    @Test
    void anObjectWrappingAroundTheEdgeIsNotSweptAcrossTheWorld() {
        dyn(server, 2).position.set(199, 50);
        dyn(server, 2).velocity.set(60, 0);
        serverTo(12);
        ctx.serverStep = 12 + 12 - 2.9;
        strategy.step(ctx);
        float x = dyn(client, 2).position.x;
        assertTrue(x > 190 || x < 10, "shown near the seam, never mid-world: " + x);
    }
}

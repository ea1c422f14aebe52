package dev.javelin.engine.sync;

import static dev.javelin.engine.sync.Worlds.dyn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.javelin.engine.world.DynamicObject;
import dev.javelin.engine.world.Input;
import dev.javelin.engine.TestGame;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExtrapolateStrategyTest {

    private final TestGame server = Worlds.newGame();
    private final TestGame client = Worlds.newGame();
    private final FakeClientContext ctx = new FakeClientContext(client, 7);
    private final ExtrapolateStrategy strategy = new ExtrapolateStrategy(SyncSettings.of("extrapolate"));

    /** The client records and predicts a push at {@code step}; the server applies it at the same step. */
    private void clientSteps(int count, int pushAtStep) {
        for (int i = 0; i < count; i++) {
            int step = client.world().stepCount() + 1;
            if (step == pushAtStep) {
                Input in = ctx.inputs.record("push", 3, 1, step);
                client.processInput(in, 7, false);
            }
            strategy.step(ctx);
        }
    }

    private void serverSteps(int count, int pushAtStep) {
        for (int i = 0; i < count; i++) {
            int step = server.world().stepCount() + 1;
            if (step == pushAtStep) {
                server.processInput(new Input("push", 3, 1, step, 1), 7, true);
            }
            server.step(false);
        }
    }

    @Test
    void aCorrectPredictionIsReenactedToExactlyTheSameStateWithNoCorrection() {
        clientSteps(10, 4);
        serverSteps(6, 4);
        float shipX = dyn(client, 1).position.x;
        float rockX = dyn(client, 2).position.x;
        strategy.applyUpdates(List.of(Worlds.update(server, 1)), ctx);
        assertEquals(10, client.world().stepCount());
        assertEquals(Float.floatToRawIntBits(shipX), Float.floatToRawIntBits(dyn(client, 1).position.x));
        assertEquals(Float.floatToRawIntBits(rockX), Float.floatToRawIntBits(dyn(client, 2).position.x));
        assertEquals(0f, dyn(client, 1).visualOffsetDistance());
        assertEquals(0, ctx.stats.localCorrections() + ctx.stats.remoteCorrections() + ctx.stats.snaps());
        assertEquals(4, ctx.stats.reenactedSteps());
    }

    @Test
    void aMispredictionIsCorrectedInTheSimulationAndBentOnScreen() {
        clientSteps(10, -1);
        serverSteps(6, -1);
        dyn(server, 2).velocity.set(6, 60);        // something the client could not know
        serverSteps(0, -1);
        DynamicObject shownBefore = (DynamicObject) dyn(client, 2).displayCopy();
        strategy.applyUpdates(List.of(Worlds.update(server, 1)), ctx);
        serverSteps(4, -1);
        DynamicObject rock = dyn(client, 2);
        assertEquals(dyn(server, 2).position.y, rock.position.y, 1e-4f, "simulation holds the server's truth");
        DynamicObject shown = (DynamicObject) rock.displayCopy();
        assertEquals(shownBefore.position.y, shown.position.y, 1e-4f, "but is shown where it was");
        assertEquals(1, ctx.stats.remoteCorrections());
        float offset = rock.visualOffsetDistance();
        strategy.step(ctx);
        float keep = BendingSettings.REMOTE.positionKeepPerStep();
        assertEquals(offset * keep, rock.visualOffsetDistance(), 1e-4f, "the offset bends away step by step");
        for (int i = 0; i < 9; i++) {
            strategy.step(ctx);
        }
        assertEquals(offset * 0.4f, rock.visualOffsetDistance(), 1e-3f, "60 % closed after 10 increments");
    }

    @Test
    void aCorrectionTooLargeToBendSnaps() {
        clientSteps(10, -1);
        serverSteps(6, -1);
        dyn(server, 2).position.set(150, 150);
        strategy.applyUpdates(List.of(Worlds.update(server, 1)), ctx);
        assertEquals(0f, dyn(client, 2).visualOffsetDistance());
        assertEquals(1, ctx.stats.snaps());
        assertTrue(dyn(client, 2).position.x > 150, "re-enacted from the server state, not thrown away");
    }

    @Test
    void aPredictedObjectIsReplacedByTheServersCopy() {
        DynamicObject missile = new DynamicObject(10, 10, 1, 1);
        missile.setOwnerId(7);
        missile.setPredictionKey(42);
        client.addObject(missile);
        assertTrue(Worlds.isClientId(missile.id()));
        DynamicObject serverMissile = new DynamicObject(10.5f, 10, 1, 1);
        serverMissile.setOwnerId(7);
        serverMissile.setPredictionKey(42);
        server.addObject(serverMissile);
        clientSteps(5, -1);
        serverSteps(2, -1);
        strategy.applyUpdates(List.of(Worlds.update(server, 1)), ctx);
        assertNull(client.world().get(missile.id()));
        assertNotNull(client.world().get(serverMissile.id()));
        assertEquals(3, client.world().size());
    }

    @Test
    void aPredictionTheServerNeverConfirmsIsDropped() {
        DynamicObject missile = new DynamicObject(10, 10, 1, 1);
        missile.setOwnerId(7);
        missile.setPredictionKey(9);
        client.addObject(missile);
        clientSteps(1, -1);
        // Unconfirmed for two (round trip + snapshot interval) = 2 × (100 + 100) ms is still in time; later is not.
        ctx.now += 400_000_000L;
        clientSteps(1, -1);
        assertTrue(client.world().contains(missile.id()));
        ctx.now += 1;
        clientSteps(1, -1);
        assertFalse(client.world().contains(missile.id()));
        assertEquals(1, ctx.stats().expiredPredictions());
    }

    @Test
    void queuedUpdatesAreAppliedOldestFirstSoNoDestroyIsLost() {
        clientSteps(10, -1);
        serverSteps(3, -1);
        WorldUpdate older = Worlds.update(server, 1);
        server.removeObject(2);
        serverSteps(3, -1);
        WorldUpdate destroying = new WorldUpdate(2, server.world().stepCount(),
                Worlds.update(server, 2).carried(), new int[] {2}, List.of());
        serverSteps(3, -1);
        WorldUpdate newest = Worlds.update(server, 3);
        strategy.applyUpdates(List.of(older, destroying, newest), ctx);
        assertFalse(client.world().contains(2));
        assertEquals(1, client.world().size());
    }
}

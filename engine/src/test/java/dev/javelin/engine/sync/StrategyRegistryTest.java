package dev.javelin.engine.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.javelin.engine.world.DynamicObject;
import dev.javelin.engine.world.GameObject;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Strategies by name, a game's own included; per-class bending; drift and delay bounds as settings. */
class StrategyRegistryTest {

    /** A game's own strategy: frame sync under another name. */
    static final class Snappy implements SyncStrategy {
        private final FrameSyncStrategy inner = new FrameSyncStrategy();

        @Override
        public String name() {
            return "snappy";
        }

        @Override
        public boolean predictsInputs() {
            return false;
        }

        @Override
        public void applyUpdates(List<WorldUpdate> oldestFirst, ClientContext ctx) {
            inner.applyUpdates(oldestFirst, ctx);
        }

        @Override
        public void step(ClientContext ctx) {
            inner.step(ctx);
        }

        @Override
        public double targetStep(double serverStep, double oneWayLatencySteps) {
            return inner.targetStep(serverStep, oneWayLatencySteps);
        }

        @Override
        public DriftThresholds driftThresholds() {
            return inner.driftThresholds();
        }

        @Override
        public double shownStep(ClientContext ctx) {
            return inner.shownStep(ctx);
        }
    }

    static final class Rocket extends DynamicObject {
        Rocket() {
            super(0, 0, 1, 1);
        }
    }

    @Test
    void aGameRegistersItsOwnStrategyAndPicksItByName() {
        StrategyRegistry registry = StrategyRegistry.builtIn().with("snappy", s -> new Snappy());
        assertEquals(List.of("extrapolate", "interpolate", "frameSync", "snappy"), registry.names());
        assertTrue(registry.create(SyncSettings.of("snappy")) instanceof Snappy);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> StrategyRegistry.builtIn().create(SyncSettings.of("snappy")));
        assertEquals("unknown sync strategy 'snappy'; registered: extrapolate, interpolate, frameSync", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> registry.with("snappy", s -> new Snappy()));
    }

    @Test
    void bendingIsSetPerClassOverLocalAndRemote() {
        BendingSettings stiff = new BendingSettings(1f, 1f, 1, 50f);
        SyncSettings s = SyncSettings.of("extrapolate").withBending(Rocket.class, stiff);
        GameObject rocket = new Rocket();
        GameObject plain = new DynamicObject(0, 0, 1, 1);
        assertSame(stiff, s.bendingFor(rocket, true));
        assertSame(stiff, s.bendingFor(rocket, false));
        assertSame(BendingSettings.LOCAL, s.bendingFor(plain, true));
        assertSame(BendingSettings.REMOTE, s.bendingFor(plain, false));
    }

    @Test
    void driftAndDelayBoundsAreSettingsWithDocumentedDefaults() {
        SyncSettings d = SyncSettings.of("interpolate");
        assertEquals(null, d.drift());
        assertEquals(new DelayBounds(2.0, 3.5), d.delayBounds());
        long interval = 100_000_000L;
        InterpolationDelay tight = new InterpolationDelay(interval, new DelayBounds(1.0, 1.0));
        assertEquals(interval, tight.delayNanos());
        InterpolationDelay usual = new InterpolationDelay(interval, d.delayBounds());
        assertEquals(2 * interval, usual.delayNanos());
        assertThrows(IllegalArgumentException.class, () -> new DelayBounds(3, 2));
        DriftThresholds wide = new DriftThresholds(6, 6, 60);
        assertEquals(wide, d.withDrift(wide).drift());
    }
}

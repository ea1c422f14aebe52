package dev.javelin.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.javelin.engine.view.RenderState;
import dev.javelin.engine.view.RenderStatePublisher;
import dev.javelin.sample.game.Asteroid;
import dev.javelin.sample.game.Ship;
import dev.javelin.sample.game.SpaceGame;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The sample's screen logic without a window: what the HUD says, what changes are seen, the sky. */
class ArenaViewTest {

    private final SpaceGame game = new SpaceGame(SpaceGame.config(3));
    private final RenderStatePublisher publisher = new RenderStatePublisher(game.config().stepPeriodNanos(),
            game.config().physics().bounds());
    private final List<String> seen = new ArrayList<>();
    private final ArenaChanges.Listener recorder = new ArenaChanges.Listener() {
        @Override
        public void asteroidDestroyed(float x, float y, int level) {
            seen.add("rock " + level + " at " + Math.round(x) + "," + Math.round(y));
        }

        @Override
        public void shipDestroyed(float x, float y, String name, int ownerId) {
            seen.add(name + " destroyed");
        }

        @Override
        public void pilotJoined(String name, int ownerId) {
            seen.add(name + " joined");
        }

        @Override
        public void pilotLeft(String name, int ownerId) {
            seen.add(name + " left");
        }
    };

    private RenderState step() {
        game.step(false);
        return publisher.publishWorld(game.world(), game.world().stepCount() * game.config().stepPeriodNanos());
    }

    @Test
    void changesBetweenStatesBecomeExplosionsAndNotices() {
        ArenaChanges changes = new ArenaChanges();
        game.notifyPlayerJoined(1, "ann");
        Asteroid rock = game.addObject(new Asteroid(2));
        rock.position.set(1000, 700);
        changes.update(step(), recorder);
        assertEquals(List.of(), seen, "the first state is the baseline");

        game.notifyPlayerJoined(2, "bob");
        changes.update(step(), recorder);
        assertEquals(List.of("bob joined"), seen);

        seen.clear();
        game.removeObject(rock.id());
        Ship ann = game.shipOf(1);
        Asteroid killer = game.addObject(new Asteroid(1));
        killer.position.set(ann.position);
        RenderState state = step();
        changes.update(state, recorder);
        changes.update(state, recorder);
        assertTrue(seen.contains("rock 2 at 1000,700"), seen.toString());
        assertTrue(seen.contains("ann destroyed"), seen.toString());
        assertEquals(2, seen.size(), "one state compared once: " + seen);

        seen.clear();
        game.notifyPlayerDisconnected(2);
        changes.update(step(), recorder);
        assertEquals(List.of("bob left"), seen);
    }

    @Test
    void aDeadPilotSeesTheRespawnCountdown() {
        game.notifyPlayerJoined(1, "ann");
        Ship ann = game.shipOf(1);
        Asteroid killer = game.addObject(new Asteroid(1));
        killer.position.set(ann.position);
        RenderState state = step();
        assertTrue(!ann.alive && ann.respawnAtStep > state.step());
        Hud hud = new Hud();
        RecordingGraphics g = new RecordingGraphics(1280, 720);
        hud.draw(g, state, 1, 0L, SpaceView.MINE, SpaceView.THEIRS);
        assertTrue(g.texts.contains("DESTROYED"), g.texts.toString());
        assertTrue(g.texts.contains("respawn in 2.0 s"), "120 steps at 60 a second: " + g.texts);
        for (int i = 0; i < 30; i++) {
            state = step();
        }
        g = new RecordingGraphics(1280, 720);
        hud.draw(g, state, 1, 500_000_000L, SpaceView.MINE, SpaceView.THEIRS);
        assertTrue(g.texts.contains("respawn in 1.5 s"), g.texts.toString());
        g = new RecordingGraphics(1280, 720);
        hud.draw(g, state, 2, 500_000_000L, SpaceView.MINE, SpaceView.THEIRS);
        assertTrue(!g.texts.contains("DESTROYED"), "another pilot's death is not yours: " + g.texts);
    }

    @Test
    void noticesShowForSixSeconds() {
        Hud hud = new Hud();
        RenderState state = step();
        hud.notice("bob joined", 1_000_000_000L);
        RecordingGraphics g = new RecordingGraphics(800, 600);
        hud.draw(g, state, 1, 6_000_000_000L, SpaceView.MINE, SpaceView.THEIRS);
        assertTrue(g.texts.contains("bob joined"), g.texts.toString());
        g = new RecordingGraphics(800, 600);
        hud.draw(g, state, 1, 7_500_000_000L, SpaceView.MINE, SpaceView.THEIRS);
        assertTrue(!g.texts.contains("bob joined"), g.texts.toString());
    }

    @Test
    void theStarfieldIsTheSameEveryTimeAndItsLayersMoveAtTheirOwnPace() {
        RecordingGraphics a = new RecordingGraphics(1280, 720);
        new Starfield(7).draw(a, 0f, 0f, 1f);
        RecordingGraphics again = new RecordingGraphics(1280, 720);
        new Starfield(7).draw(again, 0f, 0f, 1f);
        RecordingGraphics other = new RecordingGraphics(1280, 720);
        new Starfield(8).draw(other, 0f, 0f, 1f);
        assertTrue(a.rects.size() > 300, "stars on screen: " + a.rects.size());
        assertEquals(a.rects, again.rects, "the same seed draws the same sky");
        assertNotEquals(a.rects, other.rects);

        // The camera moves 10 units right at 1 pixel a unit: each layer's stars move left by 10 x its factor.
        RecordingGraphics moved = new RecordingGraphics(1280, 720);
        new Starfield(7).draw(moved, 10f, 0f, 1f);
        float[] sizes = {1f, 1.5f, 2f};
        float[] shifts = {0.6f, 1.6f, 3.4f};
        for (int layer = 0; layer < 3; layer++) {
            int checked = 0;
            for (RecordingGraphics.Rect r : moved.rects) {
                if (r.size() != sizes[layer] || r.x() < 50 || r.x() > 1230) {
                    continue;
                }
                float wantX = r.x() + shifts[layer];
                assertTrue(a.rects.stream().anyMatch(s -> s.size() == r.size() && Math.abs(s.x() - wantX) < 0.01f
                        && Math.abs(s.y() - r.y()) < 0.01f), "layer " + layer + " star at " + r);
                checked++;
            }
            assertTrue(checked > 20, "layer " + layer + ": " + checked);
        }
    }
}

package dev.javelin.cubes.game;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.javelin.engine.world.GameObject;
import dev.javelin.engine.world.Input;
import org.junit.jupiter.api.Test;

/** The cube scene's rules, standalone (the authority): spawning, driving, jumping, resting. */
class CubesGameTest {

    private static CubesGame game(int grid) {
        CubesGame g = new CubesGame(CubesGame.config(3, 60), grid);
        g.populate();
        return g;
    }

    private static void steps(CubesGame g, int n, int player, String... actions) {
        for (int i = 0; i < n; i++) {
            int step = g.world().stepCount() + 1;
            for (String a : actions) {
                g.processInput(Input.of(a, step, step), player, true);
            }
            g.step(false);
        }
    }

    @Test
    void aPlayerGetsACubeThatRollsWhereItIsDrivenAndHops() {
        CubesGame g = game(4);
        g.notifyPlayerJoined(5, "ann");
        PlayerCube me = g.cubeOf(5);
        assertNotNull(me);
        steps(g, 30, 5);
        float y = me.position.y;
        steps(g, 40, 5, "forward");
        assertTrue(me.position.y > y + 1f, "forward moves +y: " + y + " -> " + me.position.y);
        // Rolling tumbles the cube over its edges for a while; jumping works from the ground, once it has settled.
        steps(g, 400, 5);
        assertEquals(PlayerCube.HALF, me.position.z, 0.05f);
        steps(g, 1, 5, "jump");
        float peak = 0f;
        for (int i = 0; i < 40; i++) {
            steps(g, 1, 5);
            peak = Math.max(peak, me.position.z);
        }
        assertTrue(peak > PlayerCube.HALF + 0.8f, "a jump lifts the cube, peak " + peak);
        g.notifyPlayerDisconnected(5);
        assertNull(g.cubeOf(5));
    }

    @Test
    void thePileStartsAtRestAndSettlesBackAfterBeingPushed() {
        CubesGame g = game(4);
        assertEquals(1 + 16, g.world().size());
        g.notifyPlayerJoined(1, "p");
        steps(g, 240, 1);
        assertTrue(sleeping(g) >= 16, "the untouched pile sleeps: " + sleeping(g));
        // Drive across the pile, then let it settle.
        PlayerCube me = g.cubeOf(1);
        me.position.set(-6f, 0f, PlayerCube.HALF);
        steps(g, 120, 1, "right");
        assertTrue(sleeping(g) < 16, "pushed cubes wake");
        steps(g, 900, 1);
        assertEquals(g.world().size() - 1, sleeping(g), "everything rests again");
    }

    @Test
    void aBadGridIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new CubesGame(CubesGame.config(1, 60), 0));
    }

    private static int sleeping(CubesGame g) {
        int n = 0;
        for (GameObject o : g.world().objects()) {
            n += o instanceof Cube c && c.isAsleep() ? 1 : 0;
        }
        return n;
    }
}

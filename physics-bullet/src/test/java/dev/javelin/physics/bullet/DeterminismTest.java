package dev.javelin.physics.bullet;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.javelin.engine.world.GameObject;
import dev.javelin.engine.world.Input;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Bullet through the engine is bit-identical across engines and re-enactable from a restored state. */
class DeterminismTest {

    /** The inputs of step {@code s}: pushes in bursts and a jump now and then, the same for every engine. */
    private static void inputs(PileGame game, int s) {
        if (s % 240 < 40) {
            game.processInput(Input.of("push", s, s), 1, true);
        }
        if (s % 500 == 300) {
            game.processInput(Input.of("jump", s, s), 1, true);
        }
    }

    private static void run(PileGame game, int from, int to) {
        for (int s = from + 1; s <= to; s++) {
            inputs(game, s);
            game.step(false);
        }
    }

    @Test
    void twoEnginesWithTheSameInputsStayBitIdenticalThroughStackingAndSleep() {
        PileGame a = new PileGame(5, 3);
        PileGame b = new PileGame(5, 3);
        boolean sawSleep = false;
        boolean sawStack = false;
        for (int s = 1; s <= 2000; s++) {
            inputs(a, s);
            inputs(b, s);
            a.step(false);
            b.step(false);
            if (s % 100 == 0) {
                assertArrayEquals(PileGame.state(a), PileGame.state(b), "engines differ at step " + s);
            }
            for (GameObject g : a.world().objects()) {
                RigidBody3D o = (RigidBody3D) g;
                sawSleep |= o.isAsleep();
                sawStack |= !o.isStatic && o.isAsleep() && o.position.z > 1.3f;
            }
        }
        assertArrayEquals(PileGame.state(a), PileGame.state(b));
        assertTrue(sawSleep, "some cubes should fall asleep");
        assertTrue(sawStack, "some cubes should rest on others");
    }

    @Test
    void restoringAStateAndReplayingTheInputsEqualsSteppingForward() {
        PileGame game = new PileGame(5, 3);
        run(game, 0, 700);
        List<GameObject> saved = copies(game);
        int[] savedState = PileGame.state(game);
        run(game, 700, 1100);
        int[] forward = PileGame.state(game);

        // Rewind the same engine: every object back to its saved state, step count too; then replay.
        for (int i = 0; i < saved.size(); i++) {
            game.world().objects().get(i).syncTo(saved.get(i));
        }
        game.world().setStepCount(700);
        game.physics().resetContacts();
        assertArrayEquals(savedState, PileGame.state(game));
        run(game, 700, 1100);
        assertArrayEquals(forward, PileGame.state(game), "replay after restore differs from stepping forward");
        assertFalse(Arrays.equals(savedState, forward), "the scene should have moved meanwhile");
    }

    @Test
    void aFreshEngineGivenTheStateAtAStepContinuesExactlyLikeTheOriginal() {
        PileGame original = new PileGame(5, 3);
        run(original, 0, 900);
        PileGame restored = new PileGame(5, 3);
        // A client's situation: another engine, other Bullet bodies, the server's state copied in.
        for (int i = 0; i < original.world().size(); i++) {
            restored.world().objects().get(i).syncTo(original.world().objects().get(i));
        }
        restored.world().setStepCount(900);
        run(original, 900, 1500);
        run(restored, 900, 1500);
        assertArrayEquals(PileGame.state(original), PileGame.state(restored));
    }

    private static List<GameObject> copies(PileGame game) {
        List<GameObject> out = new ArrayList<>();
        for (GameObject o : game.world().objects()) {
            out.add(o.copy());
        }
        return out;
    }
}

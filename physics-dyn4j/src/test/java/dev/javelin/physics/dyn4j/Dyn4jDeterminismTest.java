package dev.javelin.physics.dyn4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.javelin.engine.rigid.PhysicalObject2D;
import org.junit.jupiter.api.Test;

class Dyn4jDeterminismTest {

    @Test
    void twoEnginesGivenTheSameInputsStayBitIdenticalForTenThousandStepsOfStacksAndJoints() {
        RigidScene a = new RigidScene().populate();
        RigidScene b = new RigidScene().populate();
        int asleepSeen = 0;
        for (int step = 1; step <= 10_000; step++) {
            a.processInput(RigidScene.scriptedInput(step), 1, true);
            b.processInput(RigidScene.scriptedInput(step), 1, true);
            a.step(false);
            b.step(false);
            if (step % 500 == 0) {
                assertEquals(RigidScene.fingerprint(a), RigidScene.fingerprint(b), "worlds differ at step " + step);
                asleepSeen += (int) a.world().byClass(PhysicalObject2D.class).stream().filter(p -> p.sleeping).count();
            }
        }
        assertEquals(RigidScene.fingerprint(a), RigidScene.fingerprint(b));
        assertTrue(a.collisionsStarted > 100, "things really collided: " + a.collisionsStarted);
        assertEquals(a.collisionsStarted, b.collisionsStarted);
        assertEquals(a.collisionsStopped, b.collisionsStopped);
        assertTrue(asleepSeen > 0, "bodies really went to sleep");
        assertTrue(a.player.position.x > -29 && a.player.position.x < 29, "the player stayed in the arena");
    }

    @Test
    void aDifferentInputChangesTheWorld() {
        RigidScene a = new RigidScene().populate();
        RigidScene b = new RigidScene().populate();
        for (int step = 1; step <= 600; step++) {
            a.processInput(RigidScene.scriptedInput(step), 1, true);
            b.processInput(step == 300 ? RigidScene.scriptedInput(step + 480) : RigidScene.scriptedInput(step), 1, true);
            a.step(false);
            b.step(false);
        }
        assertNotEquals(RigidScene.fingerprint(a), RigidScene.fingerprint(b), "the fingerprint sees a difference");
    }
}

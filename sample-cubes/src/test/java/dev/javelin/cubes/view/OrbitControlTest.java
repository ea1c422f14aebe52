package dev.javelin.cubes.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.javelin.render.Keys;
import org.junit.jupiter.api.Test;

class OrbitControlTest {

    @Test
    void heldArrowKeysTurnAndTiltAtTheirRateAndReleasingStops() {
        OrbitControl o = new OrbitControl(0f, 0.5f, 10f);
        assertTrue(o.key(Keys.LEFT, true));
        assertTrue(o.key(Keys.UP, true));
        o.update(0.2f, 0f, 0f);
        assertEquals(0.2f * OrbitControl.TURN_RATE, o.yaw(), 1e-5f);
        assertEquals(0.5f + 0.2f * OrbitControl.TURN_RATE, o.pitch(), 1e-5f);
        o.key(Keys.LEFT, false);
        o.key(Keys.UP, false);
        float yaw = o.yaw();
        o.update(0.2f, 0f, 0f);
        assertEquals(yaw, o.yaw(), 0f);
    }

    @Test
    void pitchAndDistanceStayWithinTheirLimitsAndAStallDoesNotSpinTheCamera() {
        OrbitControl o = new OrbitControl(0f, 0.5f, 10f);
        o.key(Keys.DOWN, true);
        o.key(Keys.PAGE_DOWN, true);
        for (int i = 0; i < 100; i++) {
            o.update(0.1f, 0f, 0f);
        }
        assertEquals(OrbitControl.MIN_PITCH, o.pitch(), 0f);
        assertEquals(OrbitControl.MAX_DISTANCE, o.distance(), 0f);
        OrbitControl s = new OrbitControl(0f, 0.5f, 10f);
        s.key(Keys.RIGHT, true);
        s.update(30f, 0f, 0f);
        assertEquals(-0.25f * OrbitControl.TURN_RATE, s.yaw(), 1e-5f);
    }

    @Test
    void draggingWithTheLeftButtonOrbitsFromWhereTheDragBegan() {
        OrbitControl o = new OrbitControl(0f, 0.5f, 10f);
        o.update(0.016f, 100f, 100f);
        o.key(Keys.MOUSE_LEFT, true);
        o.update(0.016f, 300f, 100f);
        assertEquals(0f, o.yaw(), 0f, "the press only marks where the drag starts");
        o.update(0.016f, 320f, 110f);
        assertEquals(-20 * OrbitControl.DRAG_RATE, o.yaw(), 1e-5f);
        assertEquals(0.5f + 10 * OrbitControl.DRAG_RATE, o.pitch(), 1e-5f);
        o.key(Keys.MOUSE_LEFT, false);
        o.update(0.016f, 500f, 500f);
        assertEquals(-20 * OrbitControl.DRAG_RATE, o.yaw(), 1e-5f);
    }

    @Test
    void otherKeysAreLeftToTheGame() {
        OrbitControl o = new OrbitControl(0f, 0.5f, 10f);
        assertFalse(o.key(Keys.W, true));
        assertFalse(o.key(Keys.SPACE, true));
    }
}

package dev.javelin.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.joml.Vector2f;
import org.joml.Vector3f;
import org.junit.jupiter.api.Test;

class Camera3DTest {

    @Test
    void orbitPutsTheEyeAtYawPitchAndDistanceAboutTheTarget() {
        Camera3D c = new Camera3D();
        c.orbit(1f, 2f, 3f, 0f, 0f, 10f);
        c.beginFrame(100, 100, Float.NaN, Float.NaN, Float.NaN);
        Vector3f eye = c.eye(new Vector3f());
        assertEquals(11f, eye.x, 1e-5f);
        assertEquals(2f, eye.y, 1e-5f);
        assertEquals(3f, eye.z, 1e-5f);
        c.orbit(0f, 0f, 0f, (float) Math.PI / 2, (float) Math.PI / 6, 10f);
        c.beginFrame(100, 100, Float.NaN, Float.NaN, Float.NaN);
        c.eye(eye);
        assertEquals(0f, eye.x, 1e-4f);
        assertEquals(10f * (float) Math.cos(Math.PI / 6), eye.y, 1e-4f);
        assertEquals(5f, eye.z, 1e-4f, "z is up by default");
        c.setUp(Camera3D.Up.Y);
        c.beginFrame(100, 100, Float.NaN, Float.NaN, Float.NaN);
        assertEquals(5f, c.eye(eye).y, 1e-4f, "y up");
    }

    @Test
    void followTracksTheTargetAndHoldsStillWhenItIsGone() {
        Camera3D c = new Camera3D();
        c.follow(7, 0f, 0.5f, 10f, 1f);
        assertEquals(7, c.followedId());
        c.beginFrame(100, 100, 4f, 5f, 6f);
        Vector2f centre = new Vector2f();
        assertTrue(c.worldToScreen(4f, 5f, 7f, centre), "the point height above the target");
        assertEquals(50f, centre.x, 1e-3f);
        assertEquals(50f, centre.y, 1e-3f);
        c.beginFrame(100, 100, Float.NaN, Float.NaN, Float.NaN);
        assertEquals(new Vector3f(4f, 5f, 7f), c.target(new Vector3f()));
        c.stopFollowing();
        assertEquals(Camera3D.NO_TARGET, c.followedId());
        c.beginFrame(100, 100, Float.NaN, Float.NaN, Float.NaN);
        assertEquals(new Vector3f(4f, 5f, 7f), c.target(new Vector3f()));
    }

    @Test
    void pointsBehindTheEyeHaveNoScreenPosition() {
        Camera3D c = new Camera3D();
        c.lookAt(0f, -10f, 0f, 0f, 0f, 0f);
        c.beginFrame(200, 100, Float.NaN, Float.NaN, Float.NaN);
        Vector2f v = new Vector2f(-1f, -1f);
        assertFalse(c.worldToScreen(0f, -20f, 0f, v));
        assertEquals(new Vector2f(-1f, -1f), v);
        assertTrue(c.worldToScreen(0f, 0f, 1f, v));
        assertEquals(100f, v.x, 1e-3f);
        assertTrue(v.y < 50f, "z up is up on the screen");
    }

    @Test
    void badSettingsAreRefusedWithTheReason() {
        Camera3D c = new Camera3D();
        assertThrows(IllegalArgumentException.class, () -> c.orbit(0f, 0f, 0f, 0f, 0f, 0f));
        assertThrows(IllegalArgumentException.class, () -> c.orbit(0f, 0f, 0f, 0f, 2f, 5f));
        assertThrows(IllegalArgumentException.class, () -> c.lookAt(1f, 1f, 1f, 1f, 1f, 1f));
        assertThrows(IllegalArgumentException.class, () -> c.follow(Camera3D.NO_TARGET, 0f, 0f, 5f, 0f));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> c.setPerspective(60f, 1f, 0.5f));
        assertTrue(e.getMessage().contains("near < far"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> c.lookAt(Float.NaN, 0f, 0f, 0f, 0f, 0f));
    }
}

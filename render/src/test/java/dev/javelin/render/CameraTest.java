package dev.javelin.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.joml.Vector2f;
import org.joml.Vector4f;
import org.junit.jupiter.api.Test;

class CameraTest {

    @Test
    void screenAndWorldConversionsAreInverseAndMatchTheProjection() {
        Camera c = new Camera();
        c.lookAt(10f, 20f);
        c.setPixelsPerUnit(4f);
        c.beginFrame(200, 100, Float.NaN, Float.NaN);
        Vector2f s = c.worldToScreen(15f, 25f, new Vector2f());
        assertEquals(120f, s.x, 1e-4f);
        assertEquals(30f, s.y, 1e-4f);
        Vector2f w = c.screenToWorld(s.x, s.y, new Vector2f());
        assertEquals(15f, w.x, 1e-4f);
        assertEquals(25f, w.y, 1e-4f);
        Vector4f clip = c.projection(new org.joml.Matrix4f()).transform(new Vector4f(15f, 25f, 0f, 1f));
        assertEquals(120f / 100f - 1f, clip.x, 1e-5f);
        assertEquals(1f - 30f / 50f, clip.y, 1e-5f);
    }

    @Test
    void viewHeightZoomFitsTheWindowWhateverItsSize() {
        Camera c = new Camera();
        c.setViewHeight(50f);
        c.beginFrame(300, 200, Float.NaN, Float.NaN);
        assertEquals(4f, c.pixelsPerUnit(), 1e-5f);
        c.beginFrame(300, 400, Float.NaN, Float.NaN);
        assertEquals(8f, c.pixelsPerUnit(), 1e-5f);
        assertEquals(50f, c.viewHeight(), 1e-4f);
    }

    @Test
    void fittedViewShowsTheWholeAreaInANarrowOrAWideWindow() {
        Camera c = new Camera();
        c.fitView(42f, 24f);
        c.beginFrame(800, 600, Float.NaN, Float.NaN);
        assertEquals(42f, c.viewWidth(), 1e-4f);
        assertEquals(31.5f, c.viewHeight(), 1e-4f);
        c.beginFrame(1920, 600, Float.NaN, Float.NaN);
        assertEquals(24f, c.viewHeight(), 1e-4f);
        assertEquals(76.8f, c.viewWidth(), 1e-3f);
        c.setViewHeight(10f);
        c.beginFrame(800, 600, Float.NaN, Float.NaN);
        assertEquals(10f, c.viewHeight(), 1e-4f);
    }

    @Test
    void followingTracksTheTargetAndHoldsStillWhenItIsNotShown() {
        Camera c = new Camera();
        c.follow(7);
        c.beginFrame(100, 100, 3f, 4f);
        assertEquals(3f, c.centerX());
        c.beginFrame(100, 100, Float.NaN, Float.NaN);
        assertEquals(3f, c.centerX());
        assertEquals(4f, c.centerY());
        c.stopFollowing();
        c.beginFrame(100, 100, 9f, 9f);
        assertEquals(3f, c.centerX());
    }

    @Test
    void badZoomIsRefused() {
        Camera c = new Camera();
        assertThrows(IllegalArgumentException.class, () -> c.setPixelsPerUnit(0f));
        assertThrows(IllegalArgumentException.class, () -> c.setViewHeight(Float.NaN));
        assertThrows(IllegalArgumentException.class, () -> c.fitView(0f, 10f));
        assertThrows(IllegalArgumentException.class, () -> c.fitView(10f, Float.POSITIVE_INFINITY));
    }
}

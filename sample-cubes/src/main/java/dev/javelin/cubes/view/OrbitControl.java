package dev.javelin.cubes.view;

import dev.javelin.render.Keys;

/**
 * The player's hold on the follow camera: yaw, pitch and distance, turned by the arrow keys (orbit and
 * tilt), Page Up / Page Down or {@code =} / {@code -} (zoom), and by dragging with the left mouse button.
 * Pure arithmetic, no GL: the view feeds it keys and the cursor and reads the aim each frame.
 *
 * <p>Units: radians and metres; yaw 0 puts the eye on the +x side of the target, -π/2 on the -y side (so
 * that {@code forward}, +y, points into the screen). Threads: the render thread only.
 */
public final class OrbitControl {

    /** Radians per second while an orbit or tilt key is held. */
    static final float TURN_RATE = 1.6f;
    /** Distance multiplied per second while a zoom key is held. */
    static final float ZOOM_RATE = 2.5f;
    /** Radians per pixel of mouse drag. */
    static final float DRAG_RATE = 0.006f;
    static final float MIN_PITCH = 0.08f;
    static final float MAX_PITCH = 1.45f;
    static final float MIN_DISTANCE = 4f;
    static final float MAX_DISTANCE = 120f;

    private float yaw;
    private float pitch;
    private float distance;
    private boolean left;
    private boolean right;
    private boolean up;
    private boolean down;
    private boolean zoomIn;
    private boolean zoomOut;
    private boolean dragging;
    private float lastX = Float.NaN;
    private float lastY = Float.NaN;

    /** Starts at {@code yaw}, {@code pitch} (clamped to 0.08..1.45) and {@code distance} (clamped to 4..120). */
    public OrbitControl(float yaw, float pitch, float distance) {
        this.yaw = yaw;
        this.pitch = clamp(pitch, MIN_PITCH, MAX_PITCH);
        this.distance = clamp(distance, MIN_DISTANCE, MAX_DISTANCE);
    }

    /** Takes a camera key or the left mouse button going down or up; returns false for any other key. */
    public boolean key(int key, boolean pressed) {
        switch (key) {
            case Keys.LEFT -> left = pressed;
            case Keys.RIGHT -> right = pressed;
            case Keys.UP -> up = pressed;
            case Keys.DOWN -> down = pressed;
            case Keys.PAGE_UP, Keys.EQUAL -> zoomIn = pressed;
            case Keys.PAGE_DOWN, Keys.MINUS -> zoomOut = pressed;
            case Keys.MOUSE_LEFT -> {
                dragging = pressed;
                lastX = Float.NaN;
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    /**
     * Moves the aim by the keys held for {@code dtSeconds} (clamped to 0..0.25 so that a stall does not
     * spin the camera) and by the drag from the last cursor position to ({@code cursorX}, {@code cursorY})
     * pixels.
     */
    public void update(float dtSeconds, float cursorX, float cursorY) {
        float dt = clamp(dtSeconds, 0f, 0.25f);
        yaw += ((left ? 1 : 0) - (right ? 1 : 0)) * TURN_RATE * dt;
        pitch += ((up ? 1 : 0) - (down ? 1 : 0)) * TURN_RATE * dt;
        if (zoomIn != zoomOut) {
            distance *= (float) Math.pow(ZOOM_RATE, zoomIn ? -dt : dt);
        }
        if (dragging && !Float.isNaN(lastX)) {
            yaw -= (cursorX - lastX) * DRAG_RATE;
            pitch += (cursorY - lastY) * DRAG_RATE;
        }
        if (dragging) {
            lastX = cursorX;
            lastY = cursorY;
        }
        yaw = (float) Math.IEEEremainder(yaw, 2 * Math.PI);
        pitch = clamp(pitch, MIN_PITCH, MAX_PITCH);
        distance = clamp(distance, MIN_DISTANCE, MAX_DISTANCE);
    }

    /** Radians about the up axis, -π..π. */
    public float yaw() {
        return yaw;
    }

    /** Radians above the ground, 0.08..1.45. */
    public float pitch() {
        return pitch;
    }

    /** Metres from the target, 4..120. */
    public float distance() {
        return distance;
    }

    private static float clamp(float v, float lo, float hi) {
        return Math.max(lo, Math.min(hi, v));
    }
}

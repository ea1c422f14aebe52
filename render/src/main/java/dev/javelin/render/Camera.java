package dev.javelin.render;

import org.joml.Matrix4f;
import org.joml.Vector2f;

/**
 * The orthographic 2D camera of a renderer: where it looks, how far it is zoomed, and optionally the
 * object it follows (the local player's). A followed object is tracked at its interpolated position
 * every frame; in a wrapping world the camera simply follows it across the edge, and the renderer draws
 * the neighbouring copies of the world so that the seam never shows.
 *
 * <p>Zoom is either a fixed number of pixels per world unit, a fixed world height fitted to the
 * window ({@link #setViewHeight}), or a world area that must fit whole ({@link #fitView}); the last two
 * survive window resizes.
 *
 * <p>Threads: the setters may be called from any thread (the game learns its player's object id on the
 * simulation thread); the per-frame accessors ({@link #centerX()}, {@link #projection}, the conversions)
 * describe the frame being drawn and are meant for the render thread.
 */
public final class Camera {

    /** {@link #followedId()} when the camera follows nothing. */
    public static final int NO_TARGET = 0;

    private volatile float lookX;
    private volatile float lookY;
    private volatile int followId = NO_TARGET;
    private volatile float fixedPixelsPerUnit = 1f;
    private volatile float fixedViewHeight;
    private volatile float fixedViewWidth;

    // The frame being drawn (render thread).
    private float centerX;
    private float centerY;
    private float pixelsPerUnit = 1f;
    private int viewportWidth = 1;
    private int viewportHeight = 1;

    /** Looks at world point ({@code x}, {@code y}) and stops following. */
    public void lookAt(float x, float y) {
        lookX = x;
        lookY = y;
        followId = NO_TARGET;
    }

    /** Follows the object with world id {@code objectId}; where it is not shown, the camera stays put. */
    public void follow(int objectId) {
        followId = objectId;
    }

    /** Stops following; the camera stays where it was. */
    public void stopFollowing() {
        lookX = centerX;
        lookY = centerY;
        followId = NO_TARGET;
    }

    /** The id of the followed object, or {@link #NO_TARGET}. */
    public int followedId() {
        return followId;
    }

    /** Fixed zoom: {@code pixels} framebuffer pixels per world unit (positive). */
    public void setPixelsPerUnit(float pixels) {
        if (!(pixels > 0) || !Float.isFinite(pixels)) {
            throw new IllegalArgumentException("camera pixelsPerUnit must be positive, was " + pixels);
        }
        fixedPixelsPerUnit = pixels;
        fixedViewHeight = 0f;
        fixedViewWidth = 0f;
    }

    /** Zoom that fits {@code worldUnits} (positive) from the bottom to the top of the window. */
    public void setViewHeight(float worldUnits) {
        if (!(worldUnits > 0) || !Float.isFinite(worldUnits)) {
            throw new IllegalArgumentException("camera viewHeight must be positive, was " + worldUnits);
        }
        fixedViewHeight = worldUnits;
        fixedViewWidth = 0f;
    }

    /**
     * Zoom that shows at least {@code worldWidth} across and {@code worldHeight} from bottom to top (world
     * units, both positive), whatever the window's shape: the window's spare direction shows more.
     */
    public void fitView(float worldWidth, float worldHeight) {
        if (!(worldWidth > 0) || !Float.isFinite(worldWidth) || !(worldHeight > 0) || !Float.isFinite(worldHeight)) {
            throw new IllegalArgumentException("camera fitView needs a positive width and height, was "
                    + worldWidth + " by " + worldHeight);
        }
        fixedViewWidth = worldWidth;
        fixedViewHeight = worldHeight;
    }

    /** World x at the centre of the frame being drawn. */
    public float centerX() {
        return centerX;
    }

    /** World y at the centre of the frame being drawn. */
    public float centerY() {
        return centerY;
    }

    /** Framebuffer pixels per world unit in the frame being drawn. */
    public float pixelsPerUnit() {
        return pixelsPerUnit;
    }

    /** World units across the frame being drawn. */
    public float viewWidth() {
        return viewportWidth / pixelsPerUnit;
    }

    /** World units from bottom to top of the frame being drawn. */
    public float viewHeight() {
        return viewportHeight / pixelsPerUnit;
    }

    /** The world-to-clip projection of the frame being drawn, written into {@code dest}. */
    public Matrix4f projection(Matrix4f dest) {
        float hw = viewWidth() * 0.5f;
        float hh = viewHeight() * 0.5f;
        return dest.setOrtho2D(centerX - hw, centerX + hw, centerY - hh, centerY + hh);
    }

    /** The world point under framebuffer pixel ({@code sx}, {@code sy}) (y = 0 at the top), into {@code dest}. */
    public Vector2f screenToWorld(float sx, float sy, Vector2f dest) {
        return dest.set(centerX + (sx - viewportWidth * 0.5f) / pixelsPerUnit,
                centerY - (sy - viewportHeight * 0.5f) / pixelsPerUnit);
    }

    /** The framebuffer pixel (y = 0 at the top) showing world point ({@code wx}, {@code wy}), into {@code dest}. */
    public Vector2f worldToScreen(float wx, float wy, Vector2f dest) {
        return dest.set((wx - centerX) * pixelsPerUnit + viewportWidth * 0.5f,
                viewportHeight * 0.5f - (wy - centerY) * pixelsPerUnit);
    }

    /** Sets up the frame: viewport size in pixels and, when following, the target's position (or NaN). */
    void beginFrame(int width, int height, float targetX, float targetY) {
        viewportWidth = Math.max(1, width);
        viewportHeight = Math.max(1, height);
        float vh = fixedViewHeight;
        float vw = fixedViewWidth;
        if (vh > 0 && vw > 0) {
            pixelsPerUnit = Math.min(viewportHeight / vh, viewportWidth / vw);
        } else {
            pixelsPerUnit = vh > 0 ? viewportHeight / vh : fixedPixelsPerUnit;
        }
        if (followId != NO_TARGET && !Float.isNaN(targetX)) {
            centerX = targetX;
            centerY = targetY;
        } else if (followId == NO_TARGET) {
            centerX = lookX;
            centerY = lookY;
        }
    }
}

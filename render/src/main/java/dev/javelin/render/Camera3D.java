package dev.javelin.render;

import org.joml.FrustumIntersection;
import org.joml.Matrix4f;
import org.joml.Matrix4fc;
import org.joml.Vector2f;
import org.joml.Vector3f;
import org.joml.Vector4f;

/**
 * The perspective camera of a {@link GlRenderer3D}. Three ways to aim it:
 * <ul>
 *   <li>{@link #lookAt}: a fixed eye looking at a fixed point;</li>
 *   <li>{@link #orbit}: circling a fixed point at a yaw, pitch and distance (turn it by calling
 *       {@code orbit} again with another yaw);</li>
 *   <li>{@link #follow}: the same orbit about an object (the local player's), tracked at its
 *       interpolated position every frame; where the object is not shown the camera stays put.</li>
 * </ul>
 * Yaw is measured about the up axis from the first horizontal axis (x when z is up, z when y is up)
 * toward the second (y when z is up, x when y is up); pitch is the angle above the horizontal; both in
 * radians. Distances are world units.
 *
 * <p>Threads: the setters may be called from any thread; each replaces the camera's aim in one piece,
 * so the render thread never sees half of a change. The per-frame accessors ({@link #eye},
 * {@link #view}, {@link #projection}, {@link #viewProjection}, {@link #worldToScreen}) describe the frame
 * being drawn and are meant for the render thread (in {@code drawHud}, for example).
 */
public final class Camera3D {

    /** {@link #followedId()} when the camera follows nothing. */
    public static final int NO_TARGET = 0;

    /** Which world axis points up. */
    public enum Up {
        /** z up, the ground is the x-y plane (Javelin's 3D physics, the cube scene). */
        Z,
        /** y up, the ground is the x-z plane (glTF and most modelling tools). */
        Y
    }

    private enum Mode { LOOK_AT, ORBIT, FOLLOW }

    /** One complete aim, replaced whole by each setter. */
    private record Aim(Mode mode, int followId, float ex, float ey, float ez, float tx, float ty, float tz,
                       float yaw, float pitch, float distance, float height) {
    }

    private record Lens(float fovYRadians, float near, float far, Up up) {
    }

    private volatile Aim aim = new Aim(Mode.ORBIT, NO_TARGET, 0, 0, 0, 0, 0, 0, -1.2f, 0.6f, 20f, 0f);
    private volatile Lens lens = new Lens((float) Math.toRadians(60), 0.1f, 1000f, Up.Z);

    // The frame being drawn (render thread).
    private final Vector3f eye = new Vector3f();
    private final Vector3f target = new Vector3f();
    private final Vector3f lastTarget = new Vector3f();
    private final Matrix4f view = new Matrix4f();
    private final Matrix4f projection = new Matrix4f();
    private final Matrix4f viewProjection = new Matrix4f();
    private final FrustumIntersection frustum = new FrustumIntersection();
    private final Vector4f clip = new Vector4f();
    private int width = 1;
    private int height = 1;

    /** Puts the eye at ({@code ex}, {@code ey}, {@code ez}) looking at ({@code tx}, {@code ty}, {@code tz}); stops following. */
    public void lookAt(float ex, float ey, float ez, float tx, float ty, float tz) {
        requireFinite(ex, ey, ez, tx, ty, tz);
        if (ex == tx && ey == ty && ez == tz) {
            throw new IllegalArgumentException("camera eye and target must differ");
        }
        aim = new Aim(Mode.LOOK_AT, NO_TARGET, ex, ey, ez, tx, ty, tz, 0, 0, 0, 0);
    }

    /**
     * Circles the point ({@code tx}, {@code ty}, {@code tz}) at {@code yaw} and {@code pitch} radians and
     * {@code distance} (positive) world units; stops following.
     */
    public void orbit(float tx, float ty, float tz, float yaw, float pitch, float distance) {
        requireFinite(tx, ty, tz, yaw, pitch, distance);
        requireOrbit(pitch, distance);
        aim = new Aim(Mode.ORBIT, NO_TARGET, 0, 0, 0, tx, ty, tz, yaw, pitch, distance, 0);
    }

    /**
     * Follows the object with world id {@code objectId}: circles the point {@code height} world units
     * above its interpolated centre at {@code yaw}, {@code pitch} and {@code distance} (positive).
     */
    public void follow(int objectId, float yaw, float pitch, float distance, float height) {
        requireFinite(yaw, pitch, distance, height);
        requireOrbit(pitch, distance);
        if (objectId == NO_TARGET) {
            throw new IllegalArgumentException("camera cannot follow object id " + NO_TARGET + " (no object has it)");
        }
        Aim a = aim;
        aim = new Aim(Mode.FOLLOW, objectId, 0, 0, 0, a.tx, a.ty, a.tz, yaw, pitch, distance, height);
    }

    /** Stops following; the camera keeps circling the place it last looked at. */
    public void stopFollowing() {
        Aim a = aim;
        if (a.mode == Mode.FOLLOW) {
            aim = new Aim(Mode.ORBIT, NO_TARGET, 0, 0, 0, lastTarget.x, lastTarget.y, lastTarget.z, a.yaw, a.pitch,
                    a.distance, 0);
        }
    }

    /** The id of the followed object, or {@link #NO_TARGET}. */
    public int followedId() {
        Aim a = aim;
        return a.mode == Mode.FOLLOW ? a.followId : NO_TARGET;
    }

    /**
     * The lens: vertical field of view in degrees (1 to 179), and the near and far clipping distances in
     * world units ({@code 0 < near < far}). Default 60°, 0.1, 1000.
     */
    public void setPerspective(float fovYDegrees, float near, float far) {
        if (!(fovYDegrees >= 1f && fovYDegrees <= 179f) || !(near > 0f) || !(far > near) || !Float.isFinite(far)) {
            throw new IllegalArgumentException("camera perspective needs a field of view within 1..179 degrees and "
                    + "0 < near < far, was " + fovYDegrees + "°, " + near + ", " + far);
        }
        Lens l = lens;
        lens = new Lens((float) Math.toRadians(fovYDegrees), near, far, l.up);
    }

    /** Which axis points up; default {@link Up#Z}. */
    public void setUp(Up up) {
        if (up == null) {
            throw new IllegalArgumentException("camera up axis must not be null");
        }
        Lens l = lens;
        lens = new Lens(l.fovYRadians, l.near, l.far, up);
    }

    /** The up axis. */
    public Up up() {
        return lens.up;
    }

    /** Sets up the frame: viewport size in pixels and, when following, the target's centre (or NaN). Render thread. */
    void beginFrame(int w, int h, float targetX, float targetY, float targetZ) {
        width = Math.max(1, w);
        height = Math.max(1, h);
        Aim a = aim;
        Lens l = lens;
        boolean zUp = l.up == Up.Z;
        if (a.mode == Mode.LOOK_AT) {
            eye.set(a.ex, a.ey, a.ez);
            target.set(a.tx, a.ty, a.tz);
        } else {
            if (a.mode == Mode.FOLLOW) {
                if (Float.isNaN(targetX)) {
                    target.set(lastTarget);
                } else if (zUp) {
                    target.set(targetX, targetY, targetZ + a.height);
                } else {
                    target.set(targetX, targetY + a.height, targetZ);
                }
            } else {
                target.set(a.tx, a.ty, a.tz);
            }
            float cp = (float) Math.cos(a.pitch);
            float h1 = cp * (float) Math.cos(a.yaw) * a.distance;
            float h2 = cp * (float) Math.sin(a.yaw) * a.distance;
            float v = (float) Math.sin(a.pitch) * a.distance;
            if (zUp) {
                eye.set(target.x + h1, target.y + h2, target.z + v);
            } else {
                eye.set(target.x + h2, target.y + v, target.z + h1);
            }
        }
        lastTarget.set(target);
        if (zUp) {
            view.setLookAt(eye.x, eye.y, eye.z, target.x, target.y, target.z, 0f, 0f, 1f);
        } else {
            view.setLookAt(eye.x, eye.y, eye.z, target.x, target.y, target.z, 0f, 1f, 0f);
        }
        projection.setPerspective(l.fovYRadians, (float) width / height, l.near, l.far);
        projection.mul(view, viewProjection);
        frustum.set(viewProjection);
    }

    /** Whether a sphere of {@code radius} about ({@code x}, {@code y}, {@code z}) may be in view. Render thread. */
    boolean mayShow(float x, float y, float z, float radius) {
        return frustum.testSphere(x, y, z, radius);
    }

    /** The eye position of the frame being drawn, into {@code dest}. */
    public Vector3f eye(Vector3f dest) {
        return dest.set(eye);
    }

    /** The point looked at in the frame being drawn, into {@code dest}. */
    public Vector3f target(Vector3f dest) {
        return dest.set(target);
    }

    /** The world-to-eye transform of the frame being drawn, into {@code dest}. */
    public Matrix4f view(Matrix4f dest) {
        return dest.set(view);
    }

    /** The eye-to-clip (perspective) transform of the frame being drawn, into {@code dest}. */
    public Matrix4f projection(Matrix4f dest) {
        return dest.set(projection);
    }

    /** The world-to-clip transform of the frame being drawn, into {@code dest}. */
    public Matrix4f viewProjection(Matrix4f dest) {
        return dest.set(viewProjection);
    }

    Matrix4fc viewProjection() {
        return viewProjection;
    }

    /**
     * The framebuffer pixel (y = 0 at the top) showing world point ({@code x}, {@code y}, {@code z}) in the
     * frame being drawn, into {@code dest}; returns false (and leaves {@code dest} as it was) when the
     * point is behind the eye. Use it to put HUD text over an object.
     */
    public boolean worldToScreen(float x, float y, float z, Vector2f dest) {
        viewProjection.transform(clip.set(x, y, z, 1f));
        if (clip.w <= 0f) {
            return false;
        }
        float nx = clip.x / clip.w;
        float ny = clip.y / clip.w;
        dest.set((nx * 0.5f + 0.5f) * width, (0.5f - ny * 0.5f) * height);
        return true;
    }

    private static void requireOrbit(float pitch, float distance) {
        if (!(distance > 0f)) {
            throw new IllegalArgumentException("camera orbit distance must be positive, was " + distance);
        }
        if (!(Math.abs(pitch) < Math.PI / 2)) {
            throw new IllegalArgumentException("camera pitch must be strictly between -pi/2 and pi/2 radians, was " + pitch);
        }
    }

    private static void requireFinite(float... values) {
        for (float v : values) {
            if (!Float.isFinite(v)) {
                throw new IllegalArgumentException("camera coordinates and angles must be finite numbers, got " + v);
            }
        }
    }
}

package dev.javelin.cubes.view;

import dev.javelin.physics.bullet.BodyShape;
import dev.javelin.physics.bullet.RigidBody3D;
import dev.javelin.render.GlRenderer3D;
import dev.javelin.render.Graphics3D;
import dev.javelin.render.Mesh;
import org.joml.Quaternionfc;
import org.joml.Vector3f;
import org.joml.Vector3fc;

/**
 * The debug view's outlines of Bullet collision shapes, read from each body's {@link BodyShape} (what
 * Bullet collides, which may differ from what the view draws): boxes and spheres as wire meshes, a
 * capsule as its two end spheres joined by four lines, a hull as the box around its points with a cross
 * at each point, a plane as a square 64 m across with a cross at its centre. Awake bodies in one colour,
 * sleeping ones in another. The render module knows nothing of Bullet: {@link #register} hooks this in.
 *
 * <p>Threads: {@link #register} any thread; drawing on the render thread only (it keeps scratch vectors).
 */
public final class ShapeOutlines {

    /** Outline of a body Bullet simulates. */
    public static final int AWAKE = 0x40FF60FF;
    /** Outline of a sleeping body. */
    public static final int ASLEEP = 0x4080FFFF;
    private static final float PLANE_HALF = 32f;

    private final Mesh wireBox = Mesh.wireBox();
    private final Mesh wireSphere = Mesh.wireSphere();
    private final Vector3f a = new Vector3f();
    private final Vector3f b = new Vector3f();

    /** Draws the shape of every {@link RigidBody3D} (and subclass) in {@code renderer}'s debug view (F4). */
    public static void register(GlRenderer3D renderer) {
        ShapeOutlines outlines = new ShapeOutlines();
        renderer.onDebugShape(RigidBody3D.class, (g, body) -> outlines.draw(g, body.shape, body.position,
                body.orientation, body.isAsleep() ? ASLEEP : AWAKE));
    }

    /** Outlines {@code shape} (nothing if null) placed at {@code p} turned by {@code q}. */
    public void draw(Graphics3D g, BodyShape shape, Vector3fc p, Quaternionfc q, int rgba) {
        if (shape instanceof BodyShape.Box box) {
            g.draw(wireBox, p.x(), p.y(), p.z(), q.x(), q.y(), q.z(), q.w(), 2 * box.halfX(), 2 * box.halfY(),
                    2 * box.halfZ(), rgba);
        } else if (shape instanceof BodyShape.Sphere s) {
            g.draw(wireSphere, p.x(), p.y(), p.z(), q.x(), q.y(), q.z(), q.w(), 2 * s.radius(), 2 * s.radius(),
                    2 * s.radius(), rgba);
        } else if (shape instanceof BodyShape.Capsule c) {
            capsule(g, c, p, q, rgba);
        } else if (shape instanceof BodyShape.Hull h) {
            hull(g, h.xyz(), p, q, rgba);
        } else if (shape instanceof BodyShape.Plane plane) {
            plane(g, plane, p, q, rgba);
        }
    }

    private void capsule(Graphics3D g, BodyShape.Capsule c, Vector3fc p, Quaternionfc q, int rgba) {
        float r = c.radius();
        float half = c.height() * 0.5f;
        for (int end = -1; end <= 1; end += 2) {
            q.transform(0f, 0f, end * half, a).add(p);
            g.draw(wireSphere, a.x, a.y, a.z, q.x(), q.y(), q.z(), q.w(), 2 * r, 2 * r, 2 * r, rgba);
        }
        float[][] sides = {{r, 0}, {-r, 0}, {0, r}, {0, -r}};
        for (float[] s : sides) {
            q.transform(s[0], s[1], -half, a).add(p);
            q.transform(s[0], s[1], half, b).add(p);
            g.line(a.x, a.y, a.z, b.x, b.y, b.z, rgba);
        }
    }

    private void hull(Graphics3D g, float[] xyz, Vector3fc p, Quaternionfc q, int rgba) {
        float minX = Float.MAX_VALUE;
        float minY = Float.MAX_VALUE;
        float minZ = Float.MAX_VALUE;
        float maxX = -Float.MAX_VALUE;
        float maxY = -Float.MAX_VALUE;
        float maxZ = -Float.MAX_VALUE;
        for (int i = 0; i < xyz.length; i += 3) {
            minX = Math.min(minX, xyz[i]);
            maxX = Math.max(maxX, xyz[i]);
            minY = Math.min(minY, xyz[i + 1]);
            maxY = Math.max(maxY, xyz[i + 1]);
            minZ = Math.min(minZ, xyz[i + 2]);
            maxZ = Math.max(maxZ, xyz[i + 2]);
            float tick = 0.05f;
            cross(g, xyz[i], xyz[i + 1], xyz[i + 2], tick, p, q, rgba);
        }
        q.transform((minX + maxX) * 0.5f, (minY + maxY) * 0.5f, (minZ + maxZ) * 0.5f, a).add(p);
        g.draw(wireBox, a.x, a.y, a.z, q.x(), q.y(), q.z(), q.w(), Math.max(maxX - minX, 1e-3f),
                Math.max(maxY - minY, 1e-3f), Math.max(maxZ - minZ, 1e-3f), rgba);
    }

    private void plane(Graphics3D g, BodyShape.Plane plane, Vector3fc p, Quaternionfc q, int rgba) {
        Vector3f n = new Vector3f(plane.normalX(), plane.normalY(), plane.normalZ()).normalize();
        float d = plane.constant() / (float) Math.sqrt(plane.normalX() * plane.normalX()
                + plane.normalY() * plane.normalY() + plane.normalZ() * plane.normalZ());
        Vector3f u = Math.abs(n.z) < 0.9f ? new Vector3f(0, 0, 1).cross(n).normalize()
                : new Vector3f(1, 0, 0).cross(n).normalize();
        Vector3f v = new Vector3f(n).cross(u);
        Vector3f centre = new Vector3f(n).mul(d);
        float[][] corners = {{-1, -1}, {1, -1}, {1, 1}, {-1, 1}};
        for (int i = 0; i < 4; i++) {
            float[] c0 = corners[i];
            float[] c1 = corners[(i + 1) % 4];
            corner(centre, u, v, c0, q, p, a);
            corner(centre, u, v, c1, q, p, b);
            g.line(a.x, a.y, a.z, b.x, b.y, b.z, rgba);
        }
        cross(g, centre.x, centre.y, centre.z, 1f, p, q, rgba);
    }

    private static void corner(Vector3f centre, Vector3f u, Vector3f v, float[] c, Quaternionfc q, Vector3fc p,
                               Vector3f dest) {
        dest.set(centre).fma(c[0] * PLANE_HALF, u).fma(c[1] * PLANE_HALF, v);
        q.transform(dest).add(p);
    }

    /** Three short lines through the body-frame point ({@code x}, {@code y}, {@code z}). */
    private void cross(Graphics3D g, float x, float y, float z, float tick, Vector3fc p, Quaternionfc q, int rgba) {
        for (int axis = 0; axis < 3; axis++) {
            q.transform(x - (axis == 0 ? tick : 0), y - (axis == 1 ? tick : 0), z - (axis == 2 ? tick : 0), a).add(p);
            q.transform(x + (axis == 0 ? tick : 0), y + (axis == 1 ? tick : 0), z + (axis == 2 ? tick : 0), b).add(p);
            g.line(a.x, a.y, a.z, b.x, b.y, b.z, rgba);
        }
    }
}

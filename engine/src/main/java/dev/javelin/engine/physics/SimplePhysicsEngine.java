package dev.javelin.engine.physics;

import dev.javelin.engine.util.Angles;
import dev.javelin.engine.util.MotionGrid;
import dev.javelin.engine.world.DynamicObject;
import dev.javelin.engine.world.GameObject;
import dev.javelin.engine.world.GameWorld;
import dev.javelin.engine.world.PhysicalObject3D;
import dev.javelin.engine.rigid.Joint2D;
import dev.javelin.engine.rigid.PhysicalObject2D;
import java.util.Arrays;
import java.util.List;
import org.joml.Quaternionf;
import org.joml.Vector2f;
import org.joml.Vector3f;

/**
 * Arcade physics: gravity, friction, a speed cap, world bounds or wrap-around, box and circle collisions
 * found by a pluggable {@link CollisionDetector} and kept by a {@link PairFilter}, and optional push-apart
 * with a bounce that respects mass (static and kinematic bodies do not give way; sensors report contacts and
 * push nothing).
 *
 * <p>Shapes: a {@link PhysicalObject2D} that is one circle centred on its origin
 * ({@link PhysicalObject2D#circleRadius()} &gt; 0) collides as that circle, the radius mode of Lance's
 * {@code collisionDistance}, but per object; its width and height must cover the circle, since the broad
 * phase uses them. Every other object collides as its axis-aligned box. Rigid-body features beyond that
 * (rotation in collisions, friction between surfaces, joints) need a rigid-body engine such as the dyn4j binding.
 *
 * <p>Per step, for each non-static object in ascending id order: {@code v += g·dt}, {@code v *= 1 -
 * friction}, cap {@code |v|} at {@code maxSpeed}, {@code p += v·dt}, turn by the angular velocity, then
 * apply the bounds. Then contacts are detected, resolved if {@code autoResolve} is on, and changes in the
 * set of touching pairs are reported. Everything is plain float arithmetic and StrictMath-free of
 * transcendental calls, so it is bit-identical everywhere.
 *
 * <p>Threads: the simulation thread only. Buffers are reused; a steady step allocates nothing.
 */
public final class SimplePhysicsEngine implements PhysicsEngine {

    private final PhysicsConfig config;
    private final CollisionDetector detector;
    private final PairFilter filter;
    private final PairList candidates = new PairList();
    private final PairList pairs = new PairList();
    private long[] contacts = new long[64];
    private int contactCount;
    private long[] nextContacts = new long[64];
    private final Quaternionf spin = new Quaternionf();

    /** An engine that filters pairs by {@link PairFilter#CATEGORIES}. */
    public SimplePhysicsEngine(PhysicsConfig config) {
        this(config, PairFilter.CATEGORIES);
    }

    /** An engine that lets only the pairs {@code filter} accepts collide. */
    public SimplePhysicsEngine(PhysicsConfig config, PairFilter filter) {
        if (filter == null) {
            throw new IllegalArgumentException("pair filter must not be null (PairFilter.ALL lets every pair collide)");
        }
        this.config = config;
        this.detector = config.detector().create(config.cellSize());
        this.filter = filter;
    }

    /** The settings this engine runs with. */
    public PhysicsConfig config() {
        return config;
    }

    /** The pairs found touching (and let through by the filter) at the last step, as index pairs into the world's object list then. */
    public PairList lastPairs() {
        return pairs;
    }

    @Override
    public void step(GameWorld world, float dtSeconds, CollisionSink sink) {
        List<GameObject> objects = world.objects();
        for (int i = 0, n = objects.size(); i < n; i++) {
            GameObject o = objects.get(i);
            if (o.isStatic()) {
                continue;
            }
            if (o instanceof DynamicObject d) {
                integrate(d, dtSeconds, world.stepCount());
            } else if (o instanceof PhysicalObject3D p) {
                integrate(p, dtSeconds, world.stepCount());
            }
        }
        detector.detect(objects, config.bounds(), candidates);
        pairs.clear();
        for (int k = 0, c = candidates.size(); k < c; k++) {
            GameObject a = objects.get(candidates.first(k));
            GameObject b = objects.get(candidates.second(k));
            if (!(a instanceof Joint2D) && !(b instanceof Joint2D) && filter.canCollide(a, b) && touch(a, b)) {
                pairs.add(candidates.first(k), candidates.second(k));
            }
        }
        if (config.autoResolve()) {
            for (int k = 0, c = pairs.size(); k < c; k++) {
                resolve(objects.get(pairs.first(k)), objects.get(pairs.second(k)));
            }
        }
        reportChanges(world, objects, sink);
    }

    @Override
    public void resetContacts() {
        contactCount = 0;
    }

    private void integrate(DynamicObject d, float dt, int step) {
        Vector2f v = d.velocity;
        v.x += config.gravityX() * dt;
        v.y += config.gravityY() * dt;
        float bx = v.x;
        float by = v.y;
        if (d.friction != 0f) {
            v.mul(1f - d.friction);
        }
        if (d.maxSpeed > 0f) {
            float speed = v.length();
            if (speed > d.maxSpeed) {
                v.mul(d.maxSpeed / speed);
            }
        }
        MotionGrid g = d.motionGrid();
        if (g == null) {
            d.position.x += v.x * dt;
            d.position.y += v.y * dt;
        } else {
            boolean slowed = d.friction != 0f;
            v.set(g.slowVelocity(bx, v.x, slowed, step, d.id() * 4), g.slowVelocity(by, v.y, slowed, step, d.id() * 4 + 1));
            d.position.x += g.displacement(0, v.x, step);
            d.position.y += g.displacement(1, v.y, step);
        }
        if (d.angularVelocity != 0f) {
            d.angle = Angles.normalize(d.angle + d.angularVelocity * dt);
        }
        WorldBounds b = config.bounds();
        switch (b.mode()) {
            case WRAP -> d.position.set(b.wrapX(d.position.x), b.wrapY(d.position.y));
            case CLAMP -> {
                float hw = d.width * 0.5f;
                float hh = d.height * 0.5f;
                if (d.position.x - hw < b.minX()) {
                    d.position.x = b.minX() + hw;
                    v.x = Math.abs(v.x) * config.restitution();
                } else if (d.position.x + hw > b.minX() + b.width()) {
                    d.position.x = b.minX() + b.width() - hw;
                    v.x = -Math.abs(v.x) * config.restitution();
                }
                if (d.position.y - hh < b.minY()) {
                    d.position.y = b.minY() + hh;
                    v.y = Math.abs(v.y) * config.restitution();
                } else if (d.position.y + hh > b.minY() + b.height()) {
                    d.position.y = b.minY() + b.height() - hh;
                    v.y = -Math.abs(v.y) * config.restitution();
                }
            }
            case NONE -> {
            }
        }
    }

    private void integrate(PhysicalObject3D p, float dt, int step) {
        Vector3f v = p.velocity;
        v.x += config.gravityX() * dt;
        v.y += config.gravityY() * dt;
        v.z += config.gravityZ() * dt;
        float bx = v.x;
        float by = v.y;
        float bz = v.z;
        if (p.friction != 0f) {
            v.mul(1f - p.friction);
        }
        if (p.maxSpeed > 0f) {
            float speed = v.length();
            if (speed > p.maxSpeed) {
                v.mul(p.maxSpeed / speed);
            }
        }
        MotionGrid g = p.motionGrid();
        if (g == null) {
            p.position.fma(dt, v);
        } else {
            boolean slowed = p.friction != 0f;
            v.set(g.slowVelocity(bx, v.x, slowed, step, p.id() * 4), g.slowVelocity(by, v.y, slowed, step, p.id() * 4 + 1),
                    g.slowVelocity(bz, v.z, slowed, step, p.id() * 4 + 2));
            p.position.add(g.displacement(0, v.x, step), g.displacement(1, v.y, step), g.displacement(2, v.z, step));
        }
        Vector3f w = p.angularVelocity;
        if (w.x != 0f || w.y != 0f || w.z != 0f) {
            // First-order integration, q += dt/2 · (ω, 0) · q, then normalise: no trigonometry, so it is
            // bit-identical on every machine.
            Quaternionf q = p.orientation;
            spin.set(w.x, w.y, w.z, 0f).mul(q);
            float h = dt * 0.5f;
            q.set(q.x + spin.x * h, q.y + spin.y * h, q.z + spin.z * h, q.w + spin.w * h).normalize();
        }
        WorldBounds b = config.bounds();
        float hz = p.size.z * 0.5f;
        if (p.position.z - hz < b.minZ()) {
            p.position.z = b.minZ() + hz;
            v.z = Math.abs(v.z) * config.restitution();
        } else if (p.position.z + hz > b.maxZ()) {
            p.position.z = b.maxZ() - hz;
            v.z = -Math.abs(v.z) * config.restitution();
        }
        if (b.wraps()) {
            p.position.x = b.wrapX(p.position.x);
            p.position.y = b.wrapY(p.position.y);
        } else if (b.mode() == WorldBounds.Mode.CLAMP) {
            float hx = p.size.x * 0.5f;
            float hy = p.size.y * 0.5f;
            p.position.x = Math.max(b.minX() + hx, Math.min(b.minX() + b.width() - hx, p.position.x));
            p.position.y = Math.max(b.minY() + hy, Math.min(b.minY() + b.height() - hy, p.position.y));
        }
    }

    /** The narrow phase beyond the detector's boxes: circles against circles and boxes. */
    private boolean touch(GameObject a, GameObject b) {
        float ra = radius(a);
        float rb = radius(b);
        if (ra == 0f && rb == 0f) {
            return true;
        }
        WorldBounds bounds = config.bounds();
        float dx = bounds.deltaX(a.x(), b.x());
        float dy = bounds.deltaY(a.y(), b.y());
        if (ra > 0f && rb > 0f) {
            float r = ra + rb;
            return dx * dx + dy * dy < r * r;
        }
        // One circle, one box: the distance from the circle's centre to the box's nearest point.
        float r = ra > 0f ? ra : rb;
        GameObject box = ra > 0f ? b : a;
        float ex = Math.max(0f, Math.abs(dx) - box.extentX() * 0.5f);
        float ey = Math.max(0f, Math.abs(dy) - box.extentY() * 0.5f);
        return ex * ex + ey * ey < r * r;
    }

    private static float radius(GameObject o) {
        return o instanceof PhysicalObject2D p ? p.circleRadius() : 0f;
    }

    private static float inverseMass(DynamicObject o) {
        if (o.isStatic || (o instanceof PhysicalObject2D p && p.kinematic) || !(o.mass > 0f)) {
            return 0f;
        }
        return 1f / o.mass;
    }

    private void resolve(GameObject a, GameObject b) {
        if (a instanceof DynamicObject p && b instanceof DynamicObject q) {
            if ((p instanceof PhysicalObject2D pp && pp.isSensor()) || (q instanceof PhysicalObject2D qq && qq.isSensor())) {
                return;
            }
            resolve2d(p, q);
        } else if (a instanceof PhysicalObject3D p && b instanceof PhysicalObject3D q) {
            resolve3d(p, q);
        }
    }

    private void resolve2d(DynamicObject a, DynamicObject b) {
        float ia = inverseMass(a);
        float ib = inverseMass(b);
        if (ia + ib == 0f) {
            return;
        }
        WorldBounds bounds = config.bounds();
        float dx = bounds.deltaX(a.position.x, b.position.x);
        float dy = bounds.deltaY(a.position.y, b.position.y);
        float ra = radius(a);
        float rb = radius(b);
        float nx = 0f;
        float ny = 0f;
        float depth;
        float px = (a.width + b.width) * 0.5f - Math.abs(dx);
        float py = (a.height + b.height) * 0.5f - Math.abs(dy);
        if (ra > 0f && rb > 0f) {
            float d = (float) Math.sqrt(dx * dx + dy * dy);
            if (d > 0f) {
                nx = dx / d;
                ny = dy / d;
            } else {
                nx = 1f;
            }
            depth = ra + rb - d;
        } else if (ra > 0f || rb > 0f) {
            // Circle against box: the normal runs from the box's nearest point to the circle's centre.
            float sign = ra > 0f ? -1f : 1f;
            DynamicObject box = ra > 0f ? b : a;
            float r = Math.max(ra, rb);
            float cx = sign * dx;
            float cy = sign * dy;
            float qx = Math.max(-box.width * 0.5f, Math.min(box.width * 0.5f, cx));
            float qy = Math.max(-box.height * 0.5f, Math.min(box.height * 0.5f, cy));
            float ex = cx - qx;
            float ey = cy - qy;
            float d = (float) Math.sqrt(ex * ex + ey * ey);
            if (d > 0f) {
                // (ex, ey) points from the box to the circle; the pair normal points from a to b.
                nx = sign * ex / d;
                ny = sign * ey / d;
                depth = r - d;
            } else if (px < py) {
                nx = dx < 0 ? -1f : 1f;
                depth = px;
            } else {
                ny = dy < 0 ? -1f : 1f;
                depth = py;
            }
        } else if (px < py) {
            nx = dx < 0 ? -1f : 1f;
            depth = px;
        } else {
            ny = dy < 0 ? -1f : 1f;
            depth = py;
        }
        float share = depth / (ia + ib);
        a.position.sub(nx * share * ia, ny * share * ia);
        b.position.add(nx * share * ib, ny * share * ib);
        float approach = (b.velocity.x - a.velocity.x) * nx + (b.velocity.y - a.velocity.y) * ny;
        if (approach < 0f) {
            float j = -(1f + config.restitution()) * approach / (ia + ib);
            a.velocity.sub(nx * j * ia, ny * j * ia);
            b.velocity.add(nx * j * ib, ny * j * ib);
        }
        if (bounds.wraps()) {
            a.position.set(bounds.wrapX(a.position.x), bounds.wrapY(a.position.y));
            b.position.set(bounds.wrapX(b.position.x), bounds.wrapY(b.position.y));
        }
    }

    private void resolve3d(PhysicalObject3D a, PhysicalObject3D b) {
        float ia = a.isStatic ? 0f : 1f / a.mass;
        float ib = b.isStatic ? 0f : 1f / b.mass;
        if (ia + ib == 0f) {
            return;
        }
        WorldBounds bounds = config.bounds();
        float dx = bounds.deltaX(a.position.x, b.position.x);
        float dy = bounds.deltaY(a.position.y, b.position.y);
        float dz = b.position.z - a.position.z;
        float px = (a.size.x + b.size.x) * 0.5f - Math.abs(dx);
        float py = (a.size.y + b.size.y) * 0.5f - Math.abs(dy);
        float pz = (a.size.z + b.size.z) * 0.5f - Math.abs(dz);
        float nx = 0f;
        float ny = 0f;
        float nz = 0f;
        float depth;
        if (px <= py && px <= pz) {
            nx = dx < 0 ? -1f : 1f;
            depth = px;
        } else if (py <= pz) {
            ny = dy < 0 ? -1f : 1f;
            depth = py;
        } else {
            nz = dz < 0 ? -1f : 1f;
            depth = pz;
        }
        float share = depth / (ia + ib);
        a.position.sub(nx * share * ia, ny * share * ia, nz * share * ia);
        b.position.add(nx * share * ib, ny * share * ib, nz * share * ib);
        float approach = (b.velocity.x - a.velocity.x) * nx + (b.velocity.y - a.velocity.y) * ny
                + (b.velocity.z - a.velocity.z) * nz;
        if (approach < 0f) {
            float j = -(1f + config.restitution()) * approach / (ia + ib);
            a.velocity.sub(nx * j * ia, ny * j * ia, nz * j * ia);
            b.velocity.add(nx * j * ib, ny * j * ib, nz * j * ib);
        }
        if (bounds.wraps()) {
            a.position.x = bounds.wrapX(a.position.x);
            a.position.y = bounds.wrapY(a.position.y);
            b.position.x = bounds.wrapX(b.position.x);
            b.position.y = bounds.wrapY(b.position.y);
        }
    }

    /** Compares this step's touching pairs (by id) with the last step's and reports the differences. */
    private void reportChanges(GameWorld world, List<GameObject> objects, CollisionSink sink) {
        int n = pairs.size();
        if (nextContacts.length < n) {
            nextContacts = new long[Math.max(n, nextContacts.length * 2)];
        }
        for (int k = 0; k < n; k++) {
            // Index order equals id order, so these stay sorted.
            nextContacts[k] = PairList.pack(objects.get(pairs.first(k)).id(), objects.get(pairs.second(k)).id());
        }
        int i = 0;
        int j = 0;
        while (i < contactCount || j < n) {
            long old = i < contactCount ? contacts[i] : Long.MAX_VALUE;
            long now = j < n ? nextContacts[j] : Long.MAX_VALUE;
            if (old == now) {
                i++;
                j++;
            } else if (now < old) {
                sink.collisionStarted(objects.get(pairs.first(j)), objects.get(pairs.second(j)));
                j++;
            } else {
                GameObject a = world.get((int) (old >>> 32));
                GameObject b = world.get((int) old);
                if (a != null && b != null) {
                    sink.collisionStopped(a, b);
                }
                i++;
            }
        }
        long[] swap = contacts;
        contacts = nextContacts;
        nextContacts = swap;
        contactCount = n;
        if (nextContacts.length < contacts.length) {
            nextContacts = Arrays.copyOf(nextContacts, contacts.length);
        }
    }
}

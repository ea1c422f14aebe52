package dev.javelin.engine.physics;

import dev.javelin.engine.util.Angles;
import dev.javelin.engine.util.MotionGrid;
import dev.javelin.engine.world.DynamicObject;
import dev.javelin.engine.world.GameObject;
import dev.javelin.engine.world.GameWorld;
import dev.javelin.engine.world.PhysicalObject3D;
import java.util.Arrays;
import java.util.List;
import org.joml.Quaternionf;
import org.joml.Vector2f;
import org.joml.Vector3f;

/**
 * Arcade physics: gravity, friction, a speed cap, world bounds or wrap-around, box collisions found by
 * a pluggable {@link CollisionDetector}, and optional push-apart with bounce.
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
    private final PairList pairs = new PairList();
    private long[] contacts = new long[64];
    private int contactCount;
    private long[] nextContacts = new long[64];
    private final Quaternionf spin = new Quaternionf();

    public SimplePhysicsEngine(PhysicsConfig config) {
        this.config = config;
        this.detector = config.detector().create(config.cellSize());
    }

    /** The settings this engine runs with. */
    public PhysicsConfig config() {
        return config;
    }

    /** The pairs found touching at the last step, as index pairs into the world's object list then. */
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
        detector.detect(objects, config.bounds(), pairs);
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

    private void resolve(GameObject a, GameObject b) {
        if (a instanceof DynamicObject p && b instanceof DynamicObject q) {
            resolve2d(p, q);
        } else if (a instanceof PhysicalObject3D p && b instanceof PhysicalObject3D q) {
            resolve3d(p, q);
        }
    }

    private void resolve2d(DynamicObject a, DynamicObject b) {
        float ia = a.isStatic ? 0f : 1f / a.mass;
        float ib = b.isStatic ? 0f : 1f / b.mass;
        if (ia + ib == 0f) {
            return;
        }
        WorldBounds bounds = config.bounds();
        float dx = bounds.deltaX(a.position.x, b.position.x);
        float dy = bounds.deltaY(a.position.y, b.position.y);
        float px = (a.width + b.width) * 0.5f - Math.abs(dx);
        float py = (a.height + b.height) * 0.5f - Math.abs(dy);
        float nx = 0f;
        float ny = 0f;
        float depth;
        if (px < py) {
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

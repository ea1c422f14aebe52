package dev.javelin.physics.bullet;

import com.jme3.bullet.CollisionConfiguration;
import com.jme3.bullet.PhysicsSpace;
import com.jme3.bullet.collision.PersistentManifolds;
import com.jme3.bullet.collision.PhysicsCollisionObject;
import com.jme3.bullet.collision.PhysicsRayTestResult;
import com.jme3.bullet.collision.shapes.BoxCollisionShape;
import com.jme3.bullet.collision.shapes.CapsuleCollisionShape;
import com.jme3.bullet.collision.shapes.CollisionShape;
import com.jme3.bullet.collision.shapes.HullCollisionShape;
import com.jme3.bullet.collision.shapes.PlaneCollisionShape;
import com.jme3.bullet.collision.shapes.SphereCollisionShape;
import com.jme3.math.Plane;
import com.jme3.math.Quaternion;
import com.jme3.math.Vector3f;
import dev.javelin.engine.world.GameObject;
import dev.javelin.engine.world.GameWorld;
import dev.javelin.engine.world.PhysicalObject3D;
import dev.javelin.engine.physics.CollisionSink;
import dev.javelin.engine.physics.PhysicsEngine;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.joml.Vector3fc;

/**
 * Rigid-body physics on Bullet (through Libbulletjme) for the {@link PhysicalObject3D}s of a world: boxes,
 * spheres, capsules, convex hulls and static planes ({@link RigidBody3D#shape}; a plain
 * {@code PhysicalObject3D} is a box of its {@code size}), with friction, restitution, damping, sleeping, ray
 * casts and collision start / stop reports. Objects of other classes are left alone.
 *
 * <p>Deterministic and re-enactable: each step fills an empty Bullet world with the objects' state, adding
 * the bodies in ascending id order, steps it once with Bullet's sorted pair order, writes the result back
 * and empties the world again. No pair, contact manifold, warm-start impulse or island survives a step;
 * the sleep timer and state live in the object ({@link RigidBody3D#activation}, {@link RigidBody3D#restSteps}).
 * So a step is a function of the world's state alone: two engines given equal worlds give bit-identical
 * worlds on the same platform, and a client that restores a server state and replays its inputs gets what
 * stepping forward got. The price is that stacks settle on one step's contacts (no warm starting): use
 * enough solver iterations. Which pairs touched at the previous step, for the start / stop reports, is the
 * one thing kept, as in the arcade engine ({@link #resetContacts()}).
 *
 * <p>Units: world units, seconds, radians per second. Threads: the simulation thread only; Bullet's natives
 * are loaded from the class path on first use ({@link BulletNatives}).
 */
public final class BulletPhysicsEngine implements PhysicsEngine {

    private static final int EVICT_AFTER_STEPS = 300;

    private final BulletConfig config;
    private StepSpace space;
    private Thread spaceThread;
    private final Map<BodyShape, CollisionShape> shapes = new HashMap<>();
    private final Map<GameObject, Body> bodies = new IdentityHashMap<>();
    private Body[] stepBodies = new Body[64];
    private PhysicalObject3D[] stepObjects = new PhysicalObject3D[64];
    private int stepCount;
    private long[] contacts = new long[64];
    private int contactCount;
    private int nextCount;
    private long[] nextContacts = new long[64];
    private long steps;
    private final Vector3f v = new Vector3f();
    private final Quaternion q = new Quaternion();

    public BulletPhysicsEngine(BulletConfig config) {
        if (config == null) {
            throw new IllegalArgumentException("config must not be null");
        }
        BulletNatives.load();
        this.config = config;
    }

    /**
     * The Bullet world, made on first use by the thread that steps (Libbulletjme ties a world to the thread
     * that made it); made anew if another thread takes over. It is empty between steps, so nothing is lost.
     */
    private StepSpace space() {
        Thread current = Thread.currentThread();
        if (space == null || spaceThread != current) {
            space = new StepSpace(new CollisionConfiguration());
            space.setGravity(new Vector3f(config.gravityX(), config.gravityY(), config.gravityZ()));
            space.getSolverInfo().setNumIterations(config.solverIterations());
            spaceThread = current;
        }
        return space;
    }

    /** The settings this engine runs with. */
    public BulletConfig config() {
        return config;
    }

    @Override
    public void step(GameWorld world, float dtSeconds, CollisionSink sink) {
        steps++;
        StepSpace space = space();
        try {
            build(space, world, dtSeconds);
            space.update(dtSeconds, 0, false, false, false);
            for (int i = 0; i < stepCount; i++) {
                store(stepBodies[i], stepObjects[i], dtSeconds);
            }
            collectContacts(space);
        } finally {
            space.clear(stepBodies, stepCount);
            Arrays.fill(stepObjects, 0, stepCount, null);
            Arrays.fill(stepBodies, 0, stepCount, null);
        }
        report(world, sink);
        if (steps % EVICT_AFTER_STEPS == 0) {
            evictUnused();
        }
    }

    @Override
    public void resetContacts() {
        contactCount = 0;
    }

    /**
     * The nearest object that the segment {@code from}–{@code to} meets in {@code world} as it is now, or
     * null. Fills the Bullet world for the query, so it costs about as much as adding the bodies of a step.
     */
    public BulletRayHit rayCast(GameWorld world, Vector3fc from, Vector3fc to) {
        StepSpace space = space();
        try {
            build(space, world, 0f);
            List<PhysicsRayTestResult> hits = space.rayTest(new Vector3f(from.x(), from.y(), from.z()),
                    new Vector3f(to.x(), to.y(), to.z()));
            PhysicalObject3D best = null;
            float bestFraction = Float.POSITIVE_INFINITY;
            for (PhysicsRayTestResult r : hits) {
                if (!(r.getCollisionObject() instanceof Body b)) {
                    continue;
                }
                PhysicalObject3D o = (PhysicalObject3D) world.get(b.objectId);
                float f = r.getHitFraction();
                if (o != null && (f < bestFraction || (f == bestFraction && o.id() < best.id()))) {
                    best = o;
                    bestFraction = f;
                }
            }
            return best == null ? null : new BulletRayHit(best, bestFraction);
        } finally {
            space.clear(stepBodies, stepCount);
            Arrays.fill(stepObjects, 0, stepCount, null);
            Arrays.fill(stepBodies, 0, stepCount, null);
        }
    }

    /** Fills the empty world with a body for every PhysicalObject3D, in ascending id order. */
    private void build(StepSpace space, GameWorld world, float dtSeconds) {
        stepCount = 0;
        List<GameObject> objects = world.objects();
        for (int i = 0, n = objects.size(); i < n; i++) {
            if (objects.get(i) instanceof PhysicalObject3D p) {
                Body b = bodyFor(p);
                load(b, p);
                space.addCollisionObject(b);
                activate(b, p, dtSeconds);
                if (stepCount == stepBodies.length) {
                    stepBodies = Arrays.copyOf(stepBodies, stepCount * 2);
                    stepObjects = Arrays.copyOf(stepObjects, stepCount * 2);
                }
                stepBodies[stepCount] = b;
                stepObjects[stepCount++] = p;
            }
        }
    }

    private Body bodyFor(PhysicalObject3D p) {
        BodyShape key = shapeOf(p);
        boolean dynamic = !p.isStatic;
        Body b = bodies.get(p);
        if (b == null || b.dynamic != dynamic || !b.shapeKey.equals(key)) {
            CollisionShape shape = shapes.computeIfAbsent(key, BulletPhysicsEngine::newShape);
            if (dynamic && key instanceof BodyShape.Plane) {
                throw new IllegalArgumentException(p + ": a plane can only be static");
            }
            b = new Body(shape, key, dynamic ? Math.max(p.mass, 1e-6f) : 0f);
            bodies.put(p, b);
        }
        b.objectId = p.id();
        b.lastUsed = steps;
        return b;
    }

    private static BodyShape shapeOf(PhysicalObject3D p) {
        if (p instanceof RigidBody3D r && r.shape != null) {
            return r.shape;
        }
        return BodyShape.box(p.size.x * 0.5f, p.size.y * 0.5f, p.size.z * 0.5f);
    }

    private static CollisionShape newShape(BodyShape s) {
        if (s instanceof BodyShape.Box b) {
            return new BoxCollisionShape(b.halfX(), b.halfY(), b.halfZ());
        } else if (s instanceof BodyShape.Sphere sp) {
            return new SphereCollisionShape(sp.radius());
        } else if (s instanceof BodyShape.Capsule c) {
            return new CapsuleCollisionShape(c.radius(), c.height(), PhysicsSpace.AXIS_Z);
        } else if (s instanceof BodyShape.Hull h) {
            return new HullCollisionShape(h.xyz());
        } else {
            BodyShape.Plane pl = (BodyShape.Plane) s;
            Vector3f n = new Vector3f(pl.normalX(), pl.normalY(), pl.normalZ());
            float length = n.length();
            return new PlaneCollisionShape(new Plane(n.divide(new Vector3f(length, length, length)), pl.constant() / length));
        }
    }

    /** Writes the object's state into its body: all that a step reads. */
    private void load(Body b, PhysicalObject3D p) {
        if (b.dynamic) {
            b.mass(Math.max(p.mass, 1e-6f));
        }
        RigidBody3D r = p instanceof RigidBody3D rb ? rb : null;
        b.material(p.friction, r == null ? 0f : r.restitution);
        v.set(p.position.x, p.position.y, p.position.z);
        b.setPhysicsLocation(v);
        q.set(p.orientation.x, p.orientation.y, p.orientation.z, p.orientation.w);
        b.setPhysicsRotation(q);
        if (b.dynamic) {
            b.damping(r == null ? 0f : r.linearDamping, r == null ? 0f : r.angularDamping, config.linearSleepSpeed(),
                    config.angularSleepSpeed());
            v.set(p.velocity.x, p.velocity.y, p.velocity.z);
            b.setLinearVelocity(v);
            v.set(p.angularVelocity.x, p.angularVelocity.y, p.angularVelocity.z);
            b.setAngularVelocity(v);
        }
    }

    /** Sets the sleep state last: adding a body to a world or setting its velocity may wake it. */
    private void activate(Body b, PhysicalObject3D p, float dt) {
        if (!b.dynamic) {
            return;
        }
        if (config.sleeping() && p instanceof RigidBody3D r) {
            b.setDeactivationTime(r.restSteps * dt);
            b.setActivation(r.activation == RigidBody3D.SLEEPING || r.activation == RigidBody3D.WANTS_SLEEP
                    ? r.activation : RigidBody3D.ACTIVE);
        } else {
            b.setActivation(Body.DISABLE_DEACTIVATION);
        }
    }

    /** Reads a body's state back into its object after a step. */
    private void store(Body b, PhysicalObject3D p, float dt) {
        if (!b.dynamic) {
            return;
        }
        b.getPhysicsLocation(v);
        p.position.set(v.x, v.y, v.z);
        b.getPhysicsRotation(q);
        p.orientation.set(q.getX(), q.getY(), q.getZ(), q.getW());
        b.getLinearVelocity(v);
        p.velocity.set(v.x, v.y, v.z);
        b.getAngularVelocity(v);
        p.angularVelocity.set(v.x, v.y, v.z);
        if (p instanceof RigidBody3D r) {
            int state = b.getActivationState();
            r.activation = state == RigidBody3D.SLEEPING || state == RigidBody3D.WANTS_SLEEP ? state : RigidBody3D.ACTIVE;
            r.restSteps = Math.min(RigidBody3D.MAX_REST_STEPS, Math.round(b.getDeactivationTime() / dt));
        }
    }

    /** The pairs with at least one contact point, as sorted (lower id, higher id) keys. */
    private void collectContacts(StepSpace space) {
        long[] manifolds = space.listManifoldIds();
        int n = 0;
        for (long m : manifolds) {
            if (PersistentManifolds.countPoints(m) == 0) {
                continue;
            }
            PhysicsCollisionObject a = PhysicsCollisionObject.findInstance(PersistentManifolds.getBodyAId(m));
            PhysicsCollisionObject b = PhysicsCollisionObject.findInstance(PersistentManifolds.getBodyBId(m));
            if (!(a instanceof Body ba) || !(b instanceof Body bb)) {
                continue;
            }
            int lo = Math.min(ba.objectId, bb.objectId);
            int hi = Math.max(ba.objectId, bb.objectId);
            if (n == nextContacts.length) {
                nextContacts = Arrays.copyOf(nextContacts, n * 2);
            }
            nextContacts[n++] = ((long) lo << 32) | (hi & 0xffffffffL);
        }
        Arrays.sort(nextContacts, 0, n);
        int unique = 0;
        for (int i = 0; i < n; i++) {
            if (unique == 0 || nextContacts[unique - 1] != nextContacts[i]) {
                nextContacts[unique++] = nextContacts[i];
            }
        }
        nextCount = unique;
    }

    /** Reports pairs that began or ended touching, in ascending (a, b) order, and keeps the new set. */
    private void report(GameWorld world, CollisionSink sink) {
        int i = 0;
        int j = 0;
        while (i < contactCount || j < nextCount) {
            long old = i < contactCount ? contacts[i] : Long.MAX_VALUE;
            long now = j < nextCount ? nextContacts[j] : Long.MAX_VALUE;
            if (old == now) {
                i++;
                j++;
            } else if (now < old) {
                GameObject a = world.get((int) (now >>> 32));
                GameObject b = world.get((int) now);
                if (a != null && b != null) {
                    sink.collisionStarted(a, b);
                }
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
        long[] t = contacts;
        contacts = nextContacts;
        nextContacts = t;
        contactCount = nextCount;
    }

    /** Forgets the bodies of objects not simulated lately (removed, or replaced by new instances). */
    private void evictUnused() {
        for (Iterator<Body> it = bodies.values().iterator(); it.hasNext(); ) {
            if (steps - it.next().lastUsed > EVICT_AFTER_STEPS) {
                it.remove();
            }
        }
    }
}

package dev.javelin.physics.dyn4j;

import dev.javelin.engine.world.GameObject;
import dev.javelin.engine.world.GameWorld;
import dev.javelin.engine.physics.CollisionSink;
import dev.javelin.engine.physics.PhysicsEngine;
import dev.javelin.engine.rigid.Fixture2D;
import dev.javelin.engine.rigid.Joint2D;
import dev.javelin.engine.rigid.PhysicalObject2D;
import java.util.ArrayList;
import java.util.List;
import org.dyn4j.dynamics.Body;
import org.dyn4j.dynamics.ContinuousDetectionMode;
import org.dyn4j.dynamics.Settings;
import org.dyn4j.dynamics.joint.Joint;
import org.dyn4j.geometry.Mass;
import org.dyn4j.geometry.MassType;
import org.dyn4j.world.World;

/**
 * Rigid-body 2D physics by dyn4j, behind the engine's {@link PhysicsEngine}: circles, boxes and convex
 * polygons, several fixtures per body, mass and inertia, friction, restitution, damping, static, kinematic
 * and dynamic bodies, sensors, category and mask filters, revolute, distance and weld joints, sleeping,
 * ray casts and shape queries ({@link #queries}). It steps the {@link PhysicalObject2D}s and {@link Joint2D}s
 * of a world and leaves every other object alone.
 *
 * <p><b>Deterministic and re-enactable.</b> A step is a function of the objects' fields and nothing else:
 * <ul>
 *   <li>the dyn4j world is rebuilt at the start of every step from the objects, in ascending id order, so the
 *       bodies, the broad-phase tree, the contact list and the islands have the same order however the world
 *       got here (dyn4j otherwise keeps contacts in the order they first appeared);</li>
 *   <li>contact and joint impulses are not carried from one step to the next (a client that restores a
 *       server state could not have them): each step starts its solver cold, with fresh contacts and joints,
 *       and warm-starts only between its own {@link Dyn4jConfig#substeps() substeps}, which make stacks
 *       stiff again;</li>
 *   <li>the sleep state (the flag and the rest timer, counted in steps) lives in the objects and is
 *       networked;</li>
 *   <li>continuous collision detection is off: dyn4j groups its time-of-impact events in a hash map keyed by
 *       identity hash codes, whose order differs between two engines;</li>
 *   <li>poses are set with {@link StrictMath}. dyn4j integrates rotations with {@link Math}, so engines
 *       agree bit for bit on the same JVM build and CPU architecture (what the tests check), not across
 *       architectures.</li>
 * </ul>
 * Collisions reported to the {@link CollisionSink} are the body pairs whose fixtures touch (sensors
 * included) at the end of the step, in ascending id order, by changes since the last step.
 *
 * <p>Threads: the simulation thread only. Units: world units, seconds, kilograms, radians.
 */
public final class Dyn4jPhysicsEngine implements PhysicsEngine {

    private final Dyn4jConfig config;
    private final World<Body> dyn = new World<>();
    private final PoseTransform pose = new PoseTransform();
    private ArrayList<BoundBody> bodies = new ArrayList<>();
    private ArrayList<BoundBody> spareBodies = new ArrayList<>();
    private final ArrayList<Joint<Body>> joints = new ArrayList<>();
    private final ContactSet contacts = new ContactSet();
    private final Dyn4jQueries queries;
    private float lastDt = 1f / 60f;

    public Dyn4jPhysicsEngine(Dyn4jConfig config) {
        if (config == null) {
            throw new IllegalArgumentException("dyn4j config must not be null");
        }
        this.config = config;
        Settings s = dyn.getSettings();
        // Warm starting carries impulses from one dyn4j step to the next: here only between the substeps of
        // one engine step, since every engine step starts from fresh contacts and joints.
        s.setWarmStartingEnabled(true);
        s.setContinuousDetectionMode(ContinuousDetectionMode.NONE);
        s.setVelocityConstraintSolverIterations(config.velocityIterations());
        s.setPositionConstraintSolverIterations(config.positionIterations());
        s.setAtRestDetectionEnabled(config.sleepSteps() > 0);
        s.setMaximumAtRestLinearVelocity(config.sleepLinearSpeed());
        s.setMaximumAtRestAngularVelocity(config.sleepAngularSpeed());
        s.setMaximumTranslation(config.maxTranslation());
        dyn.setGravity(config.gravityX(), config.gravityY());
        this.queries = new Dyn4jQueries(dyn);
    }

    /** The settings this engine runs with. */
    public Dyn4jConfig config() {
        return config;
    }

    @Override
    public void step(GameWorld world, float dtSeconds, CollisionSink sink) {
        lastDt = dtSeconds;
        rebuild(world, dtSeconds);
        // The rebuild dropped last step's contacts: find them again, from the restored state, before solving.
        dyn.setUpdateRequired(true);
        dyn.step(config.substeps(), (double) dtSeconds / config.substeps());
        for (int i = 0, n = bodies.size(); i < n; i++) {
            readBack(bodies.get(i), dtSeconds, config.sleepSteps());
        }
        contacts.report(dyn, world, sink);
    }

    @Override
    public void resetContacts() {
        contacts.clear();
    }

    /**
     * Ray casts and shape queries against {@code world} as it is now: the dyn4j world is rebuilt from the
     * objects first (O(n)), so the answers are the same on every engine that holds the same state. The
     * returned view is valid until the objects change or the next step; call this again after.
     */
    public Dyn4jQueries queries(GameWorld world) {
        rebuild(world, lastDt);
        return queries;
    }

    /** The number of rigid bodies at the last step or query. */
    public int bodyCount() {
        return bodies.size();
    }

    /** Joints that had both bodies at the last step. */
    public int jointCount() {
        return dyn.getJointCount();
    }

    // --- rebuilding ------------------------------------------------------------------------------------------

    private void rebuild(GameWorld world, float dt) {
        bindBodies(world.objects());
        dyn.removeAllBodies();
        for (int i = 0, n = bodies.size(); i < n; i++) {
            writeState(bodies.get(i));
        }
        bindJoints(world.objects());
        double sleepSeconds = config.sleepSteps() * (double) dt;
        dyn.getSettings().setMinimumAtRestTime(Math.max(sleepSeconds, Double.MIN_VALUE));
        for (int i = 0, n = bodies.size(); i < n; i++) {
            BoundBody b = bodies.get(i);
            // Joint setters may have woken a body: its sleep state is the object's, restored last.
            b.restoreRest(b.object.sleeping && b.object.canSleep, b.object.restSteps * (double) dt);
            dyn.addBody(b);
        }
        for (int i = 0, n = joints.size(); i < n; i++) {
            dyn.addJoint(joints.get(i));
        }
    }

    /** Matches the world's rigid bodies (id order) to last step's bindings (id order), making new ones as needed. */
    private void bindBodies(List<GameObject> objects) {
        ArrayList<BoundBody> old = bodies;
        ArrayList<BoundBody> now = spareBodies;
        now.clear();
        int k = 0;
        for (int i = 0, n = objects.size(); i < n; i++) {
            if (!(objects.get(i) instanceof PhysicalObject2D p)) {
                continue;
            }
            while (k < old.size() && old.get(k).object.id() < p.id()) {
                k++;
            }
            BoundBody b;
            if (k < old.size() && old.get(k).object == p) {
                b = old.get(k++);
            } else {
                b = new BoundBody(p);
            }
            refreshShape(b);
            now.add(b);
        }
        spareBodies = old;
        bodies = now;
    }

    /**
     * Makes a fresh dyn4j joint for every joint whose bodies are both here. Fresh, because a dyn4j joint keeps
     * its accumulated impulses from step to step, which a client restoring a server state would not have.
     */
    private void bindJoints(List<GameObject> objects) {
        joints.clear();
        for (int i = 0, n = objects.size(); i < n; i++) {
            if (!(objects.get(i) instanceof Joint2D j)) {
                continue;
            }
            BoundBody a = bodyWithId(j.bodyA);
            BoundBody b = bodyWithId(j.bodyB);
            if (a != null && b != null && a != b) {
                Joints.Synced synced = Joints.create(j, a, b);
                synced.sync(j);
                joints.add(synced.joint());
            }
        }
    }

    private BoundBody bodyWithId(int id) {
        int lo = 0;
        int hi = bodies.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int midId = bodies.get(mid).object.id();
            if (midId < id) {
                lo = mid + 1;
            } else if (midId > id) {
                hi = mid - 1;
            } else {
                return bodies.get(mid);
            }
        }
        return null;
    }

    private static void refreshShape(BoundBody b) {
        PhysicalObject2D p = b.object;
        int version = p.fixturesVersion();
        boolean fixturesChanged = version != b.fixturesVersion;
        if (fixturesChanged) {
            b.removeAllFixtures();
            for (Fixture2D f : p.fixtures()) {
                b.addFixture(Shapes.fixture(f));
            }
            b.fixturesVersion = version;
        }
        int kind = p.isStatic ? 0 : p.kinematic ? 1 : p.fixedRotation ? 2 : 3;
        if (fixturesChanged || kind != b.kindFor || Float.compare(p.mass, b.massFor) != 0
                || Float.compare(p.inertia, b.inertiaFor) != 0) {
            b.setMass(MassType.NORMAL);
            Mass shapes = b.getMass();
            if (p.mass > 0f && shapes.getMass() > 0) {
                double inertia = p.inertia > 0f ? p.inertia : shapes.getInertia() * (p.mass / shapes.getMass());
                b.setMass(new Mass(shapes.getCenter(), p.mass, inertia));
            }
            b.setMassType(switch (kind) {
                case 0, 1 -> MassType.INFINITE;
                case 2 -> MassType.FIXED_ANGULAR_VELOCITY;
                default -> MassType.NORMAL;
            });
            b.kindFor = kind;
            b.massFor = p.mass;
            b.inertiaFor = p.inertia;
        }
    }

    /** Puts the object's state into its body: pose, velocities, damping and load (the sleep state comes last). */
    private void writeState(BoundBody b) {
        PhysicalObject2D p = b.object;
        pose.apply(b.getTransform(), p.position.x, p.position.y, p.angle);
        boolean moves = !p.isStatic;
        boolean loaded = p.forceX != 0f || p.forceY != 0f || p.torque != 0f;
        if (p.sleeping && (loaded || p.velocity.x != 0f || p.velocity.y != 0f || p.angularVelocity != 0f)) {
            p.wake();
        }
        b.setLinearVelocity(moves ? p.velocity.x : 0, moves ? p.velocity.y : 0);
        b.setAngularVelocity(moves ? p.angularVelocity : 0);
        b.setLinearDamping(p.linearDamping);
        b.setAngularDamping(p.angularDamping);
        b.setGravityScale(p.gravityScale);
        b.setAtRestDetectionEnabled(p.canSleep);
        b.setLoad(p.forceX, p.forceY, p.torque);
    }

    private static void readBack(BoundBody b, float dt, int sleepSteps) {
        PhysicalObject2D p = b.object;
        p.forceX = 0f;
        p.forceY = 0f;
        p.torque = 0f;
        if (p.isStatic) {
            return;
        }
        p.position.set((float) b.getTransform().getTranslationX(), (float) b.getTransform().getTranslationY());
        p.angle = (float) PoseTransform.angleOf(b.getTransform());
        p.velocity.set((float) b.getLinearVelocity().x, (float) b.getLinearVelocity().y);
        p.angularVelocity = (float) b.getAngularVelocity();
        p.sleeping = b.isAtRest();
        // The rest timer is a whole number of steps; rounding removes the float error of adding dt up. Only
        // reaching the threshold matters, so it stops there and a body kept awake by its island costs no bytes.
        p.restSteps = (int) Math.min(sleepSteps, Math.round(b.restSeconds() / dt));
    }
}

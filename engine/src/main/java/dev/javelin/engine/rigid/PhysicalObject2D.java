package dev.javelin.engine.rigid;

import dev.javelin.engine.schema.Net;

import dev.javelin.engine.world.DynamicObject;
import dev.javelin.engine.world.GameObject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A 2D rigid body: a {@link DynamicObject} (position, velocity, angle, angular velocity, mass, width and
 * height) with fixtures, a body kind, damping, forces and a sleep state. Pure Java: a game's bodies never
 * see a physics library, and the same class runs on {@code SimplePhysicsEngine} or the dyn4j binding.
 *
 * <p><b>Shapes.</b> The fixtures come from {@link #declareFixtures(List)}, which the engines call when the
 * body is first stepped and again whenever {@code width}, {@code height} or {@link #shapeRevision()} changed.
 * The default is one box of width by height. Override it to give a circle, several fixtures or materials,
 * computing them from networked fields only, so that a client's copy declares the same fixtures:
 * <pre>{@code
 * public class Ball extends PhysicalObject2D {
 *     public Ball() { width = height = 1; }
 *     protected void declareFixtures(List<Fixture2D> out) {
 *         out.add(Fixture2D.of(Shape2D.circle(width / 2)).restitution(0.4f));
 *     }
 * }
 * }</pre>
 *
 * <p><b>Kinds.</b> Static ({@code isStatic}): never moves. Kinematic ({@link #kinematic}): moves with its
 * velocity, pushes dynamic bodies, is not pushed. Dynamic: everything else.
 *
 * <p><b>Mass.</b> {@code mass} (kg, from {@link DynamicObject}) is the body's mass; the fixtures'
 * densities only share it out, which places the centre of mass and sets the inertia. {@link #inertia}
 * &gt; 0 overrides the inertia (kg·unit²); {@link #fixedRotation} makes it infinite.
 *
 * <p><b>Units.</b> World units, seconds, radians. Damping is per second (velocity is multiplied by
 * {@code 1 - dt·damping} each step). The inherited {@code friction} (velocity lost per step) and
 * {@code maxSpeed} apply in {@code SimplePhysicsEngine} only; rigid-body friction is per fixture.
 *
 * <p><b>Sleep.</b> {@link #sleeping} and {@link #restSteps} are the engine's sleep state and part of the
 * networked state, so that a client restoring a server state continues exactly as the server did. A sleeping
 * body does not move and costs nothing in a delta snapshot. Setting its velocity or applying a force wakes it.
 *
 * <p>Threads: the simulation thread only (see {@link dev.javelin.engine.world.GameObject}). The queries the
 * engines make every step ({@link #fixtures()}, {@link #categoryBits()}, ...) allocate nothing unless the
 * fixtures are declared again.
 */
public class PhysicalObject2D extends DynamicObject {

    /** True for a body that moves with its velocity and ignores forces and contacts. */
    @Net
    public boolean kinematic;
    /** Linear damping per second, 0 or more. */
    @Net
    public float linearDamping;
    /** Angular damping per second, 0 or more. */
    @Net
    public float angularDamping;
    /** Inertia about the centre of mass in kg·unit²; 0 to derive it from the fixtures. */
    @Net
    public float inertia;
    /** True to keep the body from turning. */
    @Net
    public boolean fixedRotation;
    /** Multiplier of the world's gravity for this body. */
    @Net
    public float gravityScale = 1f;
    /** False to keep the body awake forever (a player's body). */
    @Net
    public boolean canSleep = true;
    /** The engine's sleep flag; networked. */
    @Net
    public boolean sleeping;
    /** Consecutive steps the body has been nearly still; the engine sleeps it after a threshold. Networked. */
    @Net
    public int restSteps;
    /** Force on the centre of mass for the next step, in newtons; cleared by the engine after it. */
    public float forceX;
    /** See {@link #forceX}. */
    public float forceY;
    /** Torque for the next step in N·unit; cleared after it. */
    public float torque;

    @Net
    int shapeRevision;
    private final ArrayList<Fixture2D> fixtures = new ArrayList<>(1);
    private final List<Fixture2D> fixturesView = Collections.unmodifiableList(fixtures);
    private float declaredWidth = Float.NaN;
    private float declaredHeight = Float.NaN;
    private int declaredRevision = -1;
    private int fixturesVersion;

    public PhysicalObject2D() {
    }

    public PhysicalObject2D(float x, float y, float width, float height) {
        super(x, y, width, height);
    }

    /**
     * Adds this body's fixtures to {@code out}. Called by {@link #fixtures()} on the simulation thread when
     * the shape inputs changed. The default is one box {@code width} by {@code height}, density 1, friction
     * 0.5, category 1, touching everything.
     */
    protected void declareFixtures(List<Fixture2D> out) {
        out.add(Fixture2D.of(Shape2D.box(width, height)));
    }

    /** Tells the engines to ask {@link #declareFixtures} again: call it when a field it reads changed. */
    public final void shapeChanged() {
        shapeRevision++;
    }

    /** Bumped by {@link #shapeChanged()}; networked, so a client declares again when the server did. */
    public final int shapeRevision() {
        return shapeRevision;
    }

    /** Sets the revision (the codec uses it when it decodes one). */
    public final void setShapeRevision(int revision) {
        shapeRevision = revision;
    }

    /** The fixtures, declared again if width, height or the revision changed since the last call. Never empty. */
    public final List<Fixture2D> fixtures() {
        if (Float.compare(declaredWidth, width) != 0 || Float.compare(declaredHeight, height) != 0
                || declaredRevision != shapeRevision) {
            fixtures.clear();
            declareFixtures(fixtures);
            if (fixtures.isEmpty()) {
                throw new IllegalStateException(this + " declared no fixtures");
            }
            declaredWidth = width;
            declaredHeight = height;
            declaredRevision = shapeRevision;
            fixturesVersion++;
        }
        return fixturesView;
    }

    /** Changes whenever {@link #fixtures()} declared a new list; engines compare it to rebuild their copies. */
    public final int fixturesVersion() {
        fixtures();
        return fixturesVersion;
    }

    /**
     * The radius of the body if it is exactly one circle centred on its origin, else 0: the shape test of
     * {@code SimplePhysicsEngine}, which treats every other body as a width-by-height box.
     */
    public final float circleRadius() {
        List<Fixture2D> f = fixtures();
        if (f.size() != 1) {
            return 0f;
        }
        Shape2D s = f.get(0).shape();
        return s.kind() == Shape2D.Kind.CIRCLE && s.centerX() == 0f && s.centerY() == 0f ? s.radius() : 0f;
    }

    /** The union of the fixtures' categories (the whole body's filter, as the simple engine reads it). */
    public final int categoryBits() {
        List<Fixture2D> f = fixtures();
        int bits = 0;
        for (int i = 0, n = f.size(); i < n; i++) {
            bits |= f.get(i).category();
        }
        return bits;
    }

    /** The union of the fixtures' masks. */
    public final int maskBits() {
        List<Fixture2D> f = fixtures();
        int bits = 0;
        for (int i = 0, n = f.size(); i < n; i++) {
            bits |= f.get(i).mask();
        }
        return bits;
    }

    /** True if every fixture is a sensor. */
    public final boolean isSensor() {
        List<Fixture2D> f = fixtures();
        for (int i = 0, n = f.size(); i < n; i++) {
            if (!f.get(i).sensor()) {
                return false;
            }
        }
        return true;
    }

    /** Adds ({@code fx}, {@code fy}) newtons at the centre of mass for the next step, and wakes the body. */
    public final void applyForce(float fx, float fy) {
        forceX += fx;
        forceY += fy;
        wake();
    }

    /** Adds {@code t} to the torque of the next step, and wakes the body. */
    public final void applyTorque(float t) {
        torque += t;
        wake();
    }

    /** Changes the velocity by {@code (jx, jy) / mass} at once (an impulse at the centre of mass), and wakes the body. */
    public final void applyImpulse(float jx, float jy) {
        if (!isStatic && !kinematic && mass > 0f) {
            velocity.add(jx / mass, jy / mass);
        }
        wake();
    }

    /** Ends the body's sleep; the engines also do this when its velocity or force is set. */
    public final void wake() {
        sleeping = false;
        restSteps = 0;
    }

    @Override
    public String toString() {
        return super.toString() + (sleeping ? " asleep" : "");
    }
}

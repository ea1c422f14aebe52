package dev.javelin.physics.bullet;

import dev.javelin.engine.schema.Net;

import dev.javelin.engine.world.GameObject;
import dev.javelin.engine.world.PhysicalObject3D;

/**
 * A {@link PhysicalObject3D} with what a rigid-body solver needs besides pose and velocity: a collision
 * shape, a bounce, damping, and its sleep state. {@link BulletPhysicsEngine} simulates plain
 * {@code PhysicalObject3D}s too (as boxes of {@code size} that never sleep); this class is for games that want
 * other shapes or resting bodies that cost nothing.
 *
 * <p>The sleep state ({@link #activation}, {@link #restSteps}) is simulation state like the position: the
 * next step depends on it, so a networked game puts both in its schema (they change only while a body
 * slows down or wakes, so at rest they cost no bandwidth).
 *
 * <p>Units: world units, seconds; {@link #friction} (inherited) is Bullet's Coulomb coefficient here, not the
 * per-step velocity loss of the arcade engine. Threads: the simulation thread only.
 */
public class RigidBody3D extends PhysicalObject3D {

    /** Awake and simulated. */
    public static final int ACTIVE = 1;
    /** Asleep: not moved until something awake touches its island. */
    public static final int SLEEPING = 2;
    /** Slow for long enough to sleep, waiting for the rest of its island. */
    public static final int WANTS_SLEEP = 3;
    /** Most {@link #restSteps} counted; more would change nothing (the sleep deadline is shorter). */
    public static final int MAX_REST_STEPS = 1023;

    /**
     * The collision shape; null means a box of {@link #size}. Not networked: a class sets it in its constructor, so
     * every side's copy has it.
     */
    public BodyShape shape;
    /** Bounciness, 0 (none) to 1. */
    @Net
    public float restitution;
    /** Fraction of linear velocity lost per second, 0 to 1. */
    @Net
    public float linearDamping;
    /** Fraction of angular velocity lost per second, 0 to 1. */
    @Net
    public float angularDamping;
    /** One of {@link #ACTIVE}, {@link #SLEEPING}, {@link #WANTS_SLEEP}. */
    @Net(bits = 2)
    public int activation = ACTIVE;
    /** Steps the body has been slower than the sleep thresholds, up to {@link #MAX_REST_STEPS}. */
    @Net(bits = 10)
    public int restSteps;

    public RigidBody3D() {
        friction = 0.5f;
    }

    /** True when the body sleeps: it does not move and costs nothing until woken. */
    public boolean isAsleep() {
        return activation == SLEEPING;
    }
}

package dev.javelin.cubes.game;

import dev.javelin.engine.schema.ClassRegistry;
import dev.javelin.engine.schema.FloatRange;
import dev.javelin.engine.schema.NetPrecision;

/**
 * What of the cube scene travels, as in Glenn Fiedler's snapshot compression: position to 1/512 m
 * (x, y within ±64 m, z within 0–32 m), orientation as smallest-three with 9 bits per component, linear
 * velocity to 1/32 m/s within ±32 m/s, angular velocity to 1/32 rad/s within ±16 rad/s, and the sleep state
 * (2 bits) and rest counter (10 bits), declared with {@code @Net} on {@code RigidBody3D}. Every field is snapped to these grids at the end of every step, on
 * the server and on clients alike, so both simulate from the same numbers. A sleeping cube changes no field,
 * so the delta against any baseline leaves it out: at-rest cubes cost no bandwidth.
 *
 * <p>Threads: immutable, any thread.
 */
public final class CubesClasses {

    static final FloatRange XY = FloatRange.of(-64f, 64f, 512f);
    static final FloatRange Z = FloatRange.of(-2f, 30f, 512f);
    static final FloatRange VELOCITY = FloatRange.of(-32f, 32f, 32f);
    static final FloatRange SPIN = FloatRange.of(-16f, 16f, 32f);
    static final int ORIENTATION_BITS = 9;

    /** The precision of every cube's position, orientation and velocities. */
    public static final NetPrecision PRECISION = NetPrecision.builder().position(XY, XY, Z)
            .orientationBits(ORIENTATION_BITS).velocity(VELOCITY).angularVelocity(SPIN).build();

    /** The scene's networked classes with stable ids; server and clients use this same registry. */
    public static final ClassRegistry REGISTRY = ClassRegistry.builder(PRECISION)
            .object(1, Floor.class)
            .object(2, Cube.class)
            .object(3, PlayerCube.class)
            .build();

    private CubesClasses() {
    }
}

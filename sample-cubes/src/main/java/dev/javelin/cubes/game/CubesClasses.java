package dev.javelin.cubes.game;

import dev.javelin.engine.world.PhysicalObject3D;
import dev.javelin.engine.codec.ClassRegistry;
import dev.javelin.engine.codec.FloatRange;
import dev.javelin.engine.codec.Schema;
import dev.javelin.engine.codec.Schemas;

/**
 * What of the cube scene travels, as in Glenn Fiedler's snapshot compression: position to 1/512 m
 * (x, y within ±64 m, z within 0–32 m), orientation as smallest-three with 9 bits per component, linear
 * velocity to 1/32 m/s within ±32 m/s, angular velocity to 1/32 rad/s within ±16 rad/s, and the sleep state
 * (2 bits) and rest counter (10 bits). Every field is snapped to these grids at the end of every step, on
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

    private static final Schema<PhysicalObject3D> BASE = Schemas.physicalObject3D(XY, XY, Z, ORIENTATION_BITS,
            VELOCITY, SPIN);

    public static final Schema<Cube> CUBE = BASE.extend(Cube.class)
            .uint("activation", 2, c -> c.activation, (c, v) -> c.activation = v)
            .uint("restSteps", 10, c -> c.restSteps, (c, v) -> c.restSteps = v)
            .build();

    public static final Schema<PlayerCube> PLAYER = BASE.extend(PlayerCube.class)
            .uint("activation", 2, c -> c.activation, (c, v) -> c.activation = v)
            .uint("restSteps", 10, c -> c.restSteps, (c, v) -> c.restSteps = v)
            .build();

    public static final Schema<Floor> FLOOR = BASE.extend(Floor.class).build();

    /** The scene's networked classes with stable ids; server and clients use this same registry. */
    public static final ClassRegistry REGISTRY = ClassRegistry.builder()
            .object(1, Floor.class, FLOOR)
            .object(2, Cube.class, CUBE)
            .object(3, PlayerCube.class, PLAYER)
            .build();

    private CubesClasses() {
    }
}

package dev.javelin.sample.game;

import dev.javelin.engine.schema.ClassRegistry;
import dev.javelin.engine.schema.FloatRange;
import dev.javelin.engine.schema.NetPrecision;

/**
 * How precisely the arena's inherited state travels, set once for the game: positions to 1/16 unit over
 * the world, velocities to 1/16 unit per second, angles in 10 bits, angular velocity to 1/64 rad/s. What
 * each class adds is declared on its fields with {@code @Net} (ships: name, score, deaths, alive flag, last
 * shot, respawn step and thrust; missiles: expiry; asteroids: level; the round: number, target, winner and
 * when the next one starts). The server and every client use this same registry.
 */
public final class SpaceClasses {

    /** The precision of every object's position, velocity, angle and angular velocity. */
    public static final NetPrecision PRECISION = NetPrecision.builder()
            .position(FloatRange.of(0, SpaceGame.WORLD_WIDTH, 16), FloatRange.of(0, SpaceGame.WORLD_HEIGHT, 16))
            .velocity(FloatRange.of(-1024, 1024, 16))
            .angleBits(10)
            .angularVelocity(FloatRange.of(-8, 8, 64))
            .build();

    /** The registry of the arena's networked classes, with stable ids. */
    public static final ClassRegistry REGISTRY = ClassRegistry.builder(PRECISION)
            .object(1, Ship.class)
            .object(2, Missile.class)
            .object(3, Asteroid.class)
            .object(4, Round.class)
            .build();

    private SpaceClasses() {
    }
}

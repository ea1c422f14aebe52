package dev.javelin.engine;

import dev.javelin.engine.physics.PhysicsConfig;

/**
 * Settings every engine of a game shares: the step rate, the seed of the game's random source and the
 * physics. Server and clients must use equal configs, or they will not step alike.
 *
 * @param stepRate steps per second, 1 to 1000; default 60
 * @param seed     seed of {@link GameEngine#random()}
 * @param physics  physics settings, never null
 */
public record GameConfig(int stepRate, long seed, PhysicsConfig physics) {

    /** Lance's step rate, and ours. */
    public static final int DEFAULT_STEP_RATE = 60;

    public GameConfig {
        if (stepRate < 1 || stepRate > 1000) {
            throw new IllegalArgumentException("stepRate must be within 1..1000 steps per second, was " + stepRate);
        }
        if (physics == null) {
            throw new IllegalArgumentException("physics config must not be null");
        }
    }

    /** 60 steps per second, seed 1, default physics. */
    public static GameConfig defaults() {
        return new GameConfig(DEFAULT_STEP_RATE, 1L, PhysicsConfig.builder().build());
    }

    /** The same config with another physics. */
    public GameConfig withPhysics(PhysicsConfig newPhysics) {
        return new GameConfig(stepRate, seed, newPhysics);
    }

    /** The same config with another step rate. */
    public GameConfig withStepRate(int newStepRate) {
        return new GameConfig(newStepRate, seed, physics);
    }

    /** The same config with another seed. */
    public GameConfig withSeed(long newSeed) {
        return new GameConfig(stepRate, newSeed, physics);
    }

    /** Duration of one step in seconds. */
    public float dtSeconds() {
        return 1f / stepRate;
    }

    /** Duration of one step in nanoseconds. */
    public long stepPeriodNanos() {
        return 1_000_000_000L / stepRate;
    }
}

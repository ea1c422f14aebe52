package dev.javelin.physics.bullet;

/**
 * Settings of a {@link BulletPhysicsEngine}. Server and clients must use equal settings.
 *
 * @param gravityX            gravity in world units per second squared
 * @param gravityY            gravity
 * @param gravityZ            gravity (z is up in the samples: {@code -9.81})
 * @param solverIterations    sequential-impulse iterations per step, 1 to 1000 (Bullet's default is 10)
 * @param linearSleepSpeed    speed below which a body counts as resting, world units per second
 * @param angularSleepSpeed   angular speed below which a body counts as resting, radians per second
 * @param sleeping            false keeps every body awake
 *
 * <p>An island sleeps after resting for Bullet's deactivation deadline, 2 s (one setting per JVM in Bullet).
 *
 * <p>Threads: immutable, any thread.
 */
public record BulletConfig(float gravityX, float gravityY, float gravityZ, int solverIterations,
                           float linearSleepSpeed, float angularSleepSpeed, boolean sleeping) {

    public BulletConfig {
        if (!Float.isFinite(gravityX) || !Float.isFinite(gravityY) || !Float.isFinite(gravityZ)) {
            throw new IllegalArgumentException("gravity must be finite");
        }
        if (solverIterations < 1 || solverIterations > 1000) {
            throw new IllegalArgumentException("solverIterations must be 1 to 1000, was " + solverIterations);
        }
        if (!(linearSleepSpeed >= 0f) || !(angularSleepSpeed >= 0f)) {
            throw new IllegalArgumentException("sleep speeds must be 0 or more");
        }
    }

    /** Gravity {@code -9.81} on z, 10 iterations, Bullet's sleep thresholds (0.8 m/s, 1 rad/s). */
    public static BulletConfig defaults() {
        return new BulletConfig(0f, 0f, -9.81f, 10, 0.8f, 1f, true);
    }

    public BulletConfig withGravity(float x, float y, float z) {
        return new BulletConfig(x, y, z, solverIterations, linearSleepSpeed, angularSleepSpeed, sleeping);
    }

    public BulletConfig withSolverIterations(int n) {
        return new BulletConfig(gravityX, gravityY, gravityZ, n, linearSleepSpeed, angularSleepSpeed, sleeping);
    }

    public BulletConfig withSleepSpeeds(float linearSpeed, float angularSpeed) {
        return new BulletConfig(gravityX, gravityY, gravityZ, solverIterations, linearSpeed, angularSpeed, sleeping);
    }

    public BulletConfig withSleeping(boolean enabled) {
        return new BulletConfig(gravityX, gravityY, gravityZ, solverIterations, linearSleepSpeed, angularSleepSpeed,
                enabled);
    }
}

package dev.javelin.physics.dyn4j;

/**
 * Settings of {@link Dyn4jPhysicsEngine}. Build with {@link #builder()}; every setter validates and names
 * the setting in its error. Server and clients must use equal settings. Immutable; any thread.
 *
 * @param gravityX            acceleration on x in units/s², for bodies of gravity scale 1
 * @param gravityY            acceleration on y in units/s²
 * @param velocityIterations  solver passes over velocity constraints per step, 1 or more (more makes stacks
 *                            stiffer, since the solver starts every step cold; see the engine's Javadoc)
 * @param positionIterations  solver passes over position constraints per step, 1 or more
 * @param sleepSteps          steps a body must stay nearly still before it sleeps; 0 turns sleeping off
 * @param sleepLinearSpeed    speed in units/s under which a body counts as still
 * @param sleepAngularSpeed   angular speed in rad/s under which a body counts as still
 * @param maxTranslation      most a body may move in one substep, in units (dyn4j's guard against tunnelling)
 * @param substeps            dyn4j steps per engine step, 1 to 16; the solver warm-starts between them, so
 *                            2 or more keep stacks stiff although every engine step starts cold
 */
public record Dyn4jConfig(float gravityX, float gravityY, int velocityIterations, int positionIterations,
                          int sleepSteps, float sleepLinearSpeed, float sleepAngularSpeed, float maxTranslation,
                          int substeps) {

    public Dyn4jConfig {
        if (!Float.isFinite(gravityX) || !Float.isFinite(gravityY)) {
            throw new IllegalArgumentException("dyn4j gravity must be finite, was (" + gravityX + ", " + gravityY + ")");
        }
        if (velocityIterations < 1 || positionIterations < 1) {
            throw new IllegalArgumentException("dyn4j solver iterations must be 1 or more, were " + velocityIterations
                    + " velocity and " + positionIterations + " position");
        }
        if (sleepSteps < 0) {
            throw new IllegalArgumentException("dyn4j sleepSteps must be 0 or more, was " + sleepSteps);
        }
        if (!(sleepLinearSpeed >= 0) || !(sleepAngularSpeed >= 0)) {
            throw new IllegalArgumentException("dyn4j sleep speeds must be 0 or more");
        }
        if (substeps < 1 || substeps > 16) {
            throw new IllegalArgumentException("dyn4j substeps must be 1 to 16, was " + substeps);
        }
        if (!(maxTranslation > 0) || !Float.isFinite(maxTranslation)) {
            throw new IllegalArgumentException("dyn4j maxTranslation must be positive, was " + maxTranslation);
        }
    }

    /**
     * Defaults: no gravity, one substep of 60 velocity and 10 position iterations (enough for a stack of eight
     * boxes to come to rest and sleep although the solver starts cold), sleep after 30 still steps under
     * 0.05 units/s and 0.05 rad/s, at most 2 units per substep.
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Mutable builder for {@link Dyn4jConfig}. */
    public static final class Builder {
        private float gravityX;
        private float gravityY;
        private int velocityIterations = 60;
        private int positionIterations = 10;
        private int substeps = 1;
        private int sleepSteps = 30;
        private float sleepLinearSpeed = 0.05f;
        private float sleepAngularSpeed = 0.05f;
        private float maxTranslation = 2f;

        public Builder gravity(float x, float y) {
            gravityX = x;
            gravityY = y;
            return this;
        }

        public Builder iterations(int velocity, int position) {
            velocityIterations = velocity;
            positionIterations = position;
            return this;
        }

        /** Sleep after {@code steps} still steps (0: never); still means under both speeds. */
        public Builder sleep(int steps, float linearSpeed, float angularSpeed) {
            sleepSteps = steps;
            sleepLinearSpeed = linearSpeed;
            sleepAngularSpeed = angularSpeed;
            return this;
        }

        public Builder substeps(int count) {
            substeps = count;
            return this;
        }

        public Builder maxTranslation(float units) {
            maxTranslation = units;
            return this;
        }

        public Dyn4jConfig build() {
            return new Dyn4jConfig(gravityX, gravityY, velocityIterations, positionIterations, sleepSteps,
                    sleepLinearSpeed, sleepAngularSpeed, maxTranslation, substeps);
        }
    }
}

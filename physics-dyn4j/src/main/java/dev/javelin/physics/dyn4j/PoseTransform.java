package dev.javelin.physics.dyn4j;

import org.dyn4j.geometry.Transform;

/**
 * Sets a body's pose from an angle with {@link StrictMath}, so that the rotation a body starts a step with is
 * the same on every machine (dyn4j's own setter uses {@link Math}, which may differ by an ulp).
 */
final class PoseTransform extends Transform {

    /** Copies (x, y, angle) into {@code target}. */
    void apply(Transform target, double x, double y, double angle) {
        this.x = x;
        this.y = y;
        this.cost = StrictMath.cos(angle);
        this.sint = StrictMath.sin(angle);
        target.set(this);
    }

    /** The angle of {@code t} in [-pi, pi], by {@link StrictMath}. */
    static double angleOf(Transform t) {
        return StrictMath.atan2(t.getSint(), t.getCost());
    }
}

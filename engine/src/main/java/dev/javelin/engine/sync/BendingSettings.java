package dev.javelin.engine.sync;

/**
 * How a correction is hidden. After a correction the object is simulated at the corrected state but
 * shown where it was, and the shown offset shrinks every step so that after {@code increments} steps a
 * fraction {@code position} of it (and {@code angle} of the angle offset) has closed; it keeps shrinking
 * at that rate until it is gone. A correction longer than {@code maxDistance} world units is not bent
 * but shown at once (Lance drops such corrections; Javelin snaps).
 *
 * @param position    fraction of a position correction shown after {@code increments} steps, in (0, 1]
 * @param angle       the same for the angle
 * @param increments  steps over which that fraction closes, at least 1
 * @param maxDistance largest correction bent, in world units
 */
public record BendingSettings(float position, float angle, int increments, float maxDistance) {

    /** Lance's local-object bending: 0.1 over 10 steps. */
    public static final BendingSettings LOCAL = new BendingSettings(0.1f, 0.1f, 10, 5f);

    /** Lance's remote-object bending: 0.6 over 10 steps. */
    public static final BendingSettings REMOTE = new BendingSettings(0.6f, 0.6f, 10, 5f);

    public BendingSettings {
        if (!(position > 0 && position <= 1) || !(angle > 0 && angle <= 1)) {
            throw new IllegalArgumentException("bending fractions must be in (0, 1], were " + position + ", " + angle);
        }
        if (increments < 1) {
            throw new IllegalArgumentException("bendingIncrements must be at least 1, was " + increments);
        }
        if (!(maxDistance >= 0)) {
            throw new IllegalArgumentException("bending maxDistance must be >= 0, was " + maxDistance);
        }
    }

    /** Factor by which the position offset is multiplied each step. */
    public float positionKeepPerStep() {
        return (float) Math.pow(1.0 - position, 1.0 / increments);
    }

    /** Factor by which the angle offset is multiplied each step. */
    public float angleKeepPerStep() {
        return (float) Math.pow(1.0 - angle, 1.0 / increments);
    }
}

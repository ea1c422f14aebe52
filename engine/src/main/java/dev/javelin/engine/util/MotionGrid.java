package dev.javelin.engine.util;

/**
 * How an object whose position and velocity are quantized moves without losing motion below one position
 * step per simulation step. Positions snap to their grid every step (the quantized state is the truth on
 * server and client alike), so a displacement of a fraction of a step would round away: at 1/16 unit and
 * 60 steps/s, anything slower than 1.875 units/s would never move. Instead, the displacement of step
 * {@code n} is a whole number of position steps: the part of {@code v·dt} that does not fill a step is
 * carried to later steps, and the carry is a function of the step number and the (quantized) velocity
 * alone, {@code floor((n + 1)·V·R) - floor(n·V·R)} with {@code R = velocityStep / (positionStep·rate)} as
 * an exact fraction. Nothing extra is stored or sent, and a client re-enacting step {@code n} from the
 * server's state computes exactly the server's displacement. Over any run of steps the error is below one
 * position step, so the average speed is exact.
 *
 * <p>Velocities are rounded to their step after friction. Where friction takes less than half a velocity
 * step (so rounding would undo it and the object would glide on forever), a whole step is taken off with
 * the probability of the fraction friction takes, drawn from a hash of the step, the object and the axis
 * (so the server and every client draw the same): on average the object slows as friction says, and it
 * comes to a real stop. (A periodic rule would not do: entered at an arbitrary step, it fires after half its
 * period on average, and the object would slow twice as fast.)
 *
 * <p>Immutable and thread-safe. Units: world units, units per second, steps per second.
 */
public final class MotionGrid {

    private static final int MAX_SHIFT = 20;

    private final float velocityStep;
    private final float[] positionStep;
    private final long[] num;
    private final long[] den;

    /**
     * @param positionSteps  the position step of each axis (x, y, and z for 3D), in world units, positive
     * @param velocityStep   the velocity step, in units per second, positive; the grid assumes 0 is a
     *                       velocity on it (a range symmetric around 0, say)
     * @param stepsPerSecond the simulation's step rate, 1 to 1000
     */
    public MotionGrid(float[] positionSteps, float velocityStep, int stepsPerSecond) {
        if (!(velocityStep > 0) || stepsPerSecond < 1 || stepsPerSecond > 1000) {
            throw new IllegalArgumentException("motion grid needs a positive velocity step and 1 to 1000 steps/s");
        }
        this.velocityStep = velocityStep;
        this.positionStep = positionSteps.clone();
        this.num = new long[positionSteps.length];
        this.den = new long[positionSteps.length];
        for (int a = 0; a < positionSteps.length; a++) {
            if (!(positionSteps[a] > 0)) {
                throw new IllegalArgumentException("motion grid needs positive position steps");
            }
            // velocityStep / positionStep as an exact fraction where both are binary fractions (1/16, 1/64:
            // the usual case), else to 2^-20.
            double ratio = (double) velocityStep / positionSteps[a];
            int shift = 0;
            while (shift < MAX_SHIFT && ratio * (1L << shift) != Math.rint(ratio * (1L << shift))) {
                shift++;
            }
            num[a] = Math.round(ratio * (1L << shift));
            den[a] = (long) stepsPerSecond << shift;
        }
    }

    /** The velocity step, in units per second: the slowest speed kept. */
    public float velocityStep() {
        return velocityStep;
    }

    /** {@code v} rounded to the velocity grid. */
    public float snapVelocity(float v) {
        return Math.round(v / velocityStep) * velocityStep;
    }

    /**
     * The velocity after friction at step {@code step}, on the grid: {@code after} rounded, except that
     * when friction ({@code slowed}) takes less than half a step from {@code before}, a whole step is
     * taken with the probability of the part it takes (see the class comment). {@code salt} tells objects
     * and axes apart (the object's id times 4 plus the axis).
     */
    public float slowVelocity(float before, float after, boolean slowed, int step, int salt) {
        long b = Math.round(before / velocityStep);
        double exact = after / (double) velocityStep;
        long a = Math.round(exact);
        if (slowed && a == b && b != 0 && unit(step, salt) < Math.abs(b - exact)) {
            a = b - Long.signum(b);
        }
        return a * velocityStep;
    }

    /** A number in [0, 1) from a hash of {@code step} and {@code salt}: the same on every machine. */
    static double unit(int step, int salt) {
        long h = (step * 0x9E3779B97F4A7C15L) ^ (salt * 0xC2B2AE3D27D4EB4FL);
        h ^= h >>> 33;
        h *= 0xFF51AFD7ED558CCDL;
        h ^= h >>> 33;
        h *= 0xC4CEB9FE1A85EC53L;
        h ^= h >>> 33;
        return (h >>> 11) * 0x1.0p-53;
    }

    /**
     * The displacement along {@code axis} at step {@code step} of an object moving at {@code velocity}
     * (on the velocity grid): a whole number of position steps, in world units.
     */
    public float displacement(int axis, float velocity, int step) {
        long v = Math.round(velocity / velocityStep);
        if (v == 0) {
            return 0f;
        }
        long d = den[axis];
        long perStep = v * num[axis];
        long carried = Math.floorMod(Math.floorMod(step, d) * Math.floorMod(perStep, d), d);
        return Math.floorDiv(carried + perStep, d) * positionStep[axis];
    }
}

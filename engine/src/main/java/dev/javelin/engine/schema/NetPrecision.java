package dev.javelin.engine.schema;

import dev.javelin.engine.util.MotionGrid;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A game's precision for the fields that the engine's base classes declare with
 * {@link Net#precisionOf}: position, velocity, angle, angular velocity and orientation. Set once per
 * game and given to {@link ClassRegistry#builder(NetPrecision)}; the generated codecs read it once, at
 * registration, into final fields. Game classes may use their own keys too.
 *
 * <pre>{@code
 * NetPrecision precision = NetPrecision.builder()
 *         .position(FloatRange.of(0, 1024, 16), FloatRange.of(0, 768, 16))   // 1/16 unit
 *         .velocity(FloatRange.of(-1024, 1024, 16))                          // 1/16 unit per second
 *         .angleBits(10)
 *         .angularVelocity(FloatRange.of(-8, 8, 64))
 *         .build();
 * }</pre>
 * A key left out leaves its fields out of the wire: a game that only interpolates may leave out velocity.
 *
 * <p>Motion below one position step per simulation step is kept: the physics carries the part of a
 * step's displacement that does not fill a position step into later steps, so anything moving faster than
 * {@link #slowestSpeed()} advances at its speed on average, and friction brings objects to a stop. See
 * {@link #describe(int)}. Immutable and thread-safe.
 */
public final class NetPrecision {

    /** Key of the position: two ranges (x, y) for 2D objects, three for 3D ones. */
    public static final String POSITION = "position";
    /** Key of the velocity: one range, for every component, in units per second. */
    public static final String VELOCITY = "velocity";
    /** Key of the 2D angle: bits per turn. */
    public static final String ANGLE = "angle";
    /** Key of the angular velocity: one range in radians per second (each component in 3D). */
    public static final String ANGULAR_VELOCITY = "angularVelocity";
    /** Key of the 3D orientation: bits per smallest-three component. */
    public static final String ORIENTATION = "orientation";

    private static final NetPrecision NONE = new NetPrecision(Map.of(), Map.of());

    private final Map<String, FloatRange[]> ranges;
    private final Map<String, Integer> bits;

    private NetPrecision(Map<String, FloatRange[]> ranges, Map<String, Integer> bits) {
        this.ranges = ranges;
        this.bits = bits;
    }

    /** No precision set: fields declared with {@link Net#precisionOf} are left out. */
    public static NetPrecision none() {
        return NONE;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * The range of {@code axis} (0 for x) under {@code key}, or null if the key is not set; a key set with
     * one range gives it for every axis.
     */
    public FloatRange range(String key, int axis) {
        FloatRange[] r = ranges.get(key);
        return r == null ? null : r[Math.min(axis, r.length - 1)];
    }

    /** The bits under {@code key}, or 0 if not set. */
    public int bits(String key) {
        Integer b = bits.get(key);
        return b == null ? 0 : b;
    }

    /** A range for a field declared with fixed numbers; throws IllegalArgumentException naming the field. */
    public static FloatRange fixed(String field, float min, float max, float precision) {
        try {
            return new FloatRange(min, max, precision);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("@Net field '" + field + "': " + e.getMessage(), e);
        }
    }

    /**
     * The slowest speed that is kept, in units per second: the velocity precision (a slower velocity
     * rounds to 0). Any velocity at or above it moves its object at that speed on average, however fine
     * or coarse the position precision. 0 when velocity is not set.
     */
    public float slowestSpeed() {
        FloatRange v = range(VELOCITY, 0);
        return v == null ? 0f : v.precision();
    }

    /**
     * The speed of one position step per simulation step, in units per second, at {@code stepsPerSecond}:
     * below it an object does not move every step, but every few steps (its sub-step motion is carried).
     * 0 when position is not set.
     */
    public float stepSpeed(int stepsPerSecond) {
        FloatRange p = range(POSITION, 0);
        return p == null ? 0f : p.precision() * stepsPerSecond;
    }

    /**
     * The grid the physics moves objects of this precision on at {@code stepsPerSecond} (see
     * {@link MotionGrid}), or null when position or velocity is not set (objects then move freely).
     */
    public MotionGrid motionGrid(int stepsPerSecond) {
        FloatRange v = range(VELOCITY, 0);
        if (v == null || range(POSITION, 0) == null) {
            return null;
        }
        float[] steps = {range(POSITION, 0).precision(), range(POSITION, 1).precision(), range(POSITION, 2).precision()};
        return new MotionGrid(steps, v.precision(), stepsPerSecond);
    }

    /** What this precision implies at {@code stepsPerSecond}, in one line, for logs and docs. */
    public String describe(int stepsPerSecond) {
        FloatRange p = range(POSITION, 0);
        FloatRange v = range(VELOCITY, 0);
        return String.format(Locale.ROOT, "position step %s, velocity step %s u/s: slowest speed kept %s u/s;"
                        + " below %s u/s (one position step per step at %d steps/s) objects move every few steps",
                p == null ? "-" : p.precision(), v == null ? "-" : v.precision(), slowestSpeed(),
                stepSpeed(stepsPerSecond), stepsPerSecond);
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("NetPrecision{");
        ranges.forEach((k, r) -> b.append(k).append('=').append(Arrays.toString(r)).append(' '));
        bits.forEach((k, v) -> b.append(k).append('=').append(v).append("bits "));
        return b.append('}').toString();
    }

    /** Collects keys; each call replaces what its key held. Not thread-safe; use once. */
    public static final class Builder {
        private final Map<String, FloatRange[]> ranges = new LinkedHashMap<>();
        private final Map<String, Integer> bits = new LinkedHashMap<>();

        private Builder() {
        }

        /** 2D position: range and precision of x and y, in world units. */
        public Builder position(FloatRange x, FloatRange y) {
            return range(POSITION, x, y);
        }

        /** 3D position: range and precision of x, y and z, in world units. */
        public Builder position(FloatRange x, FloatRange y, FloatRange z) {
            return range(POSITION, x, y, z);
        }

        /** Range and precision of each velocity component, in units per second. */
        public Builder velocity(FloatRange each) {
            return range(VELOCITY, each);
        }

        /** Bits per full turn of a 2D angle, 2 to 20 (10 gives 0.35 degrees). */
        public Builder angleBits(int bitsPerTurn) {
            return bits(ANGLE, bitsPerTurn, 2, 20);
        }

        /** Range and precision of angular velocity (each component in 3D), in radians per second. */
        public Builder angularVelocity(FloatRange each) {
            return range(ANGULAR_VELOCITY, each);
        }

        /** Bits per smallest-three component of a 3D orientation, 4 to 16 (9 is plenty for rendering). */
        public Builder orientationBits(int bitsPerComponent) {
            return bits(ORIENTATION, bitsPerComponent, 4, 16);
        }

        /** Any key: one range for every axis, or one per axis. */
        public Builder range(String key, FloatRange... axes) {
            if (key == null || axes == null || axes.length == 0 || Arrays.asList(axes).contains(null)) {
                throw new IllegalArgumentException("precision '" + key + "' needs a key and at least one range");
            }
            ranges.put(key, axes.clone());
            return this;
        }

        /** Any key with bits, checked against {@code min} to {@code max}. */
        public Builder bits(String key, int value, int min, int max) {
            if (value < min || value > max) {
                throw new IllegalArgumentException("precision '" + key + "' must be " + min + " to " + max
                        + " bits, was " + value);
            }
            bits.put(key, value);
            return this;
        }

        public NetPrecision build() {
            return new NetPrecision(Map.copyOf(ranges), Map.copyOf(bits));
        }
    }
}

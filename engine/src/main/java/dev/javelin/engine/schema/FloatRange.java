package dev.javelin.engine.schema;

import dev.javelin.engine.internal.wire.GolombCodes;

/**
 * The range and step of a quantized float: values {@code min + q * precision} for whole numbers
 * {@code q} from 0 up to {@link #steps()} - 1. The top of the range, {@code max}, is excluded (as in
 * "[-32, 32) at 512 values per metre", 15 bits); values outside are clamped, NaN becomes {@code min}.
 *
 * @param min       lowest value, in the field's units (world units, units per second)
 * @param max       end of the range, excluded; greater than {@code min}
 * @param precision the step between neighbouring values; {@code (max - min) / precision} must be a
 *                  whole number from 2 to 2^31 - 1 (within 1e-3), and the values must stay exact in a
 *                  float, so that quantizing twice gives the same value
 */
public record FloatRange(float min, float max, float precision) {

    /** Validates the range; throws IllegalArgumentException naming what is wrong. */
    public FloatRange {
        if (!Float.isFinite(min) || !Float.isFinite(max) || !(max > min)) {
            throw new IllegalArgumentException("range needs finite min < max, was [" + min + ", " + max + ")");
        }
        if (!(precision > 0) || !Float.isFinite(precision)) {
            throw new IllegalArgumentException("range precision must be positive, was " + precision);
        }
        double steps = ((double) max - min) / precision;
        long rounded = Math.round(steps);
        if (Math.abs(steps - rounded) > 1e-3 || rounded < 2 || rounded > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("range [" + min + ", " + max + ") must be a whole number (2 to 2^31 - 1)"
                    + " of steps of " + precision + ", was " + steps);
        }
        // A value's float rounding error must stay well under half a step, or quantizing would not be
        // idempotent: require |value| / precision < 2^22.
        double biggest = Math.max(Math.abs((double) min), Math.abs((double) max));
        if (biggest / precision >= (1 << 22)) {
            throw new IllegalArgumentException("range [" + min + ", " + max + ") is too large for steps of "
                    + precision + " to stay exact in a float (|value| / precision must be below 2^22)");
        }
    }

    /** A range of {@code valuesPerUnit} values per unit, for example 512 per metre. */
    public static FloatRange of(float min, float max, float valuesPerUnit) {
        return new FloatRange(min, max, 1f / valuesPerUnit);
    }

    /** The number of representable values. */
    public int steps() {
        return (int) Math.round(((double) max - min) / precision);
    }

    /** Bits a value takes on the wire. */
    public int bits() {
        return GolombCodes.bitsFor(steps() - 1L);
    }

    /** The step index of {@code value}: clamped to the range, NaN to 0. */
    public int quantize(float value) {
        if (value != value) {
            return 0;
        }
        long q = Math.round(((double) value - min) / precision);
        int top = steps() - 1;
        return q < 0 ? 0 : q > top ? top : (int) q;
    }

    /** The value of step index {@code q}. */
    public float dequantize(int q) {
        return (float) (min + q * (double) precision);
    }
}

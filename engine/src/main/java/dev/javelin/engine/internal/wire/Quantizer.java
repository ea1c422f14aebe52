package dev.javelin.engine.internal.wire;

/**
 * The arithmetic of one quantized float field, precomputed from its range: values
 * {@code min + q * precision} for whole q from 0 to {@link #top}. Quantize, dequantize, read and delta
 * code. Generated codecs hold one per quantized float or vector component in a final field.
 * Immutable and thread-safe.
 */
public final class Quantizer {

    public final int bits;
    public final int top;
    private final String field;
    private final double min;
    private final double precision;
    private final double scale;
    private final int k;
    private final String description;

    /**
     * @param field     the field's name, for error messages
     * @param min       lowest value
     * @param max       end of the range, excluded
     * @param precision step between values; {@code (max - min) / precision} whole (checked by the caller,
     *                  {@code FloatRange})
     */
    public Quantizer(String field, float min, float max, float precision) {
        this.field = field;
        this.min = min;
        this.precision = precision;
        this.scale = 1.0 / precision;
        this.top = (int) Math.round(((double) max - min) / precision) - 1;
        this.bits = GolombCodes.bitsFor(top);
        this.k = FieldCodes.deltaOrder(bits);
        this.description = "[" + min + "," + max + ")/" + precision;
    }

    /** The step index of {@code value}: clamped to the range; NaN becomes 0 (min). */
    public int quantize(float value) {
        long q = Math.round((value - min) * scale);
        // NaN rounds to 0, which is min: no special case needed.
        return q < 0 ? 0 : q > top ? top : (int) q;
    }

    public float dequantize(int q) {
        return (float) (min + q * precision);
    }

    /** {@code value} rounded to its quantized value. */
    public float snap(float value) {
        return dequantize(quantize(value));
    }

    public void write(BitWriter w, int q) {
        w.writeBits(q, bits);
    }

    public int read(BitReader r) {
        int q = r.readBits(bits);
        if (q > top) {
            throw aboveTop(q);
        }
        return q;
    }

    // The messages are built out of line, so the hot read paths stay small enough for the JIT to inline.
    private CodecException aboveTop(int q) {
        return new CodecException("field '" + field + "': quantized value " + q + " above the top step " + top);
    }

    private CodecException outside(long v) {
        return new CodecException("field '" + field + "': delta leads to step " + v + ", outside 0.." + top);
    }

    /** Writes {@code cur} relative to {@code base}; they differ. */
    public void writeDelta(BitWriter w, int base, int cur) {
        GolombCodes.writeNonZeroDelta(w, (long) cur - base, k, FieldCodes.DELTA_ESCAPE, cur, bits);
    }

    public int readDelta(BitReader r, int base) {
        long d = GolombCodes.readNonZeroDelta(r, k, FieldCodes.DELTA_ESCAPE);
        if (d == GolombCodes.ESCAPED) {
            return read(r);
        }
        long v = base + d;
        if (v < 0 || v > top) {
            throw outside(v);
        }
        return (int) v;
    }

    /** Writes a component that may be unchanged: a zero flag, then a non-zero delta. */
    public void writeComponent(BitWriter w, int base, int cur) {
        if (base == cur) {
            w.writeBits(0, 1);
        } else {
            GolombCodes.writeFlaggedDelta(w, (long) cur - base, k, FieldCodes.DELTA_ESCAPE, cur, bits);
        }
    }

    public int readComponent(BitReader r, int base) {
        return r.readBool() ? readDelta(r, base) : base;
    }

    public String describe() {
        return description;
    }
}

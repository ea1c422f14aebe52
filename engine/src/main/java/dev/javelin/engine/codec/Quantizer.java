package dev.javelin.engine.codec;

/** The arithmetic of one {@link FloatRange}, precomputed: quantize, dequantize, read and delta code. */
final class Quantizer {

    final int bits;
    final int top;
    private final double min;
    private final double precision;
    private final double scale;
    private final int k;
    private final FloatRange range;

    Quantizer(FloatRange range) {
        this.range = range;
        this.min = range.min();
        this.precision = range.precision();
        this.scale = 1.0 / precision;
        this.top = range.steps() - 1;
        this.bits = GolombCodes.bitsFor(top);
        this.k = Field.deltaOrder(bits);
    }

    int quantize(float value) {
        long q = Math.round((value - min) * scale);
        // NaN rounds to 0, which is min: no special case needed.
        return q < 0 ? 0 : q > top ? top : (int) q;
    }

    float dequantize(int q) {
        return (float) (min + q * precision);
    }

    int read(BitReader r, String field) {
        int q = r.readBits(bits);
        if (q > top) {
            throw new CodecException("field '" + field + "': quantized value " + q + " above the top step " + top);
        }
        return q;
    }

    void writeDelta(BitWriter w, int base, int cur) {
        GolombCodes.writeNonZeroDelta(w, (long) cur - base, k, Field.DELTA_ESCAPE, cur, bits);
    }

    int readDelta(BitReader r, int base, String field) {
        long d = GolombCodes.readNonZeroDelta(r, k, Field.DELTA_ESCAPE);
        if (d == GolombCodes.ESCAPED) {
            return read(r, field);
        }
        long v = base + d;
        if (v < 0 || v > top) {
            throw new CodecException("field '" + field + "': delta leads to step " + v + ", outside 0.." + top);
        }
        return (int) v;
    }

    /** Writes a component that may be unchanged: a zero flag, then a non-zero delta. */
    void writeComponent(BitWriter w, int base, int cur) {
        if (base == cur) {
            w.writeBits(0, 1);
        } else {
            GolombCodes.writeFlaggedDelta(w, (long) cur - base, k, Field.DELTA_ESCAPE, cur, bits);
        }
    }

    int readComponent(BitReader r, int base, String field) {
        return r.readBool() ? readDelta(r, base, field) : base;
    }

    String describe() {
        return "[" + range.min() + "," + range.max() + ")/" + range.precision();
    }
}

package dev.javelin.engine.internal.wire;

/** An int of a fixed number of bits, signed or unsigned; values outside are clamped. Immutable. */
public final class IntCode {

    private final String field;
    private final int bits;
    private final long min;
    private final long max;

    public IntCode(String field, int bits, boolean signed) {
        this.field = field;
        this.bits = bits;
        this.min = signed ? -(1L << (bits - 1)) : 0;
        this.max = signed ? (1L << (bits - 1)) - 1 : (1L << bits) - 1;
    }

    public int clamp(int v) {
        return (int) Math.max(min, Math.min(max, v));
    }

    public void write(BitWriter w, int v) {
        w.writeLongBits(v - min, bits);
    }

    public int read(BitReader r) {
        return (int) (r.readLongBits(bits) + min);
    }

    public void writeDelta(BitWriter w, int base, int cur) {
        GolombCodes.writeNonZeroDelta(w, (long) cur - base, 1, FieldCodes.DELTA_ESCAPE, cur - min, bits);
    }

    public int readDelta(BitReader r, int base) {
        long d = GolombCodes.readNonZeroDelta(r, 1, FieldCodes.DELTA_ESCAPE);
        long v = d == GolombCodes.ESCAPED ? GolombCodes.readWide(r, bits) + min : base + d;
        if (v < min || v > max) {
            throw outside(v);
        }
        return (int) v;
    }

    private CodecException outside(long v) {
        return new CodecException("field '" + field + "': " + v + " is outside " + min + ".." + max);
    }

    public String describe() {
        return (min < 0 ? "sint" : "uint") + bits;
    }
}

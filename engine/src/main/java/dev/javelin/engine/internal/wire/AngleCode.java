package dev.javelin.engine.internal.wire;

/** An angle in radians, N bits over a full turn, decoded into [-PI, PI); deltas wrap. Immutable. */
public final class AngleCode {

    private final int bits;
    private final int mask;
    private final double scale;
    private final double step;
    private final int k;

    public AngleCode(int bits) {
        this.bits = bits;
        this.mask = (1 << bits) - 1;
        this.scale = (1 << bits) / (2 * Math.PI);
        this.step = (2 * Math.PI) / (1 << bits);
        this.k = FieldCodes.deltaOrder(bits);
    }

    public int quantize(float a) {
        return (int) (Math.round(((double) a + Math.PI) * scale) & mask);
    }

    public float dequantize(int q) {
        return (float) (q * step - Math.PI);
    }

    public float snap(float a) {
        return dequantize(quantize(a));
    }

    public void write(BitWriter w, int q) {
        w.writeBits(q, bits);
    }

    public int read(BitReader r) {
        return r.readBits(bits);
    }

    public void writeDelta(BitWriter w, int base, int cur) {
        int d = ((cur - base) << (32 - bits)) >> (32 - bits);
        GolombCodes.writeNonZeroDelta(w, d, k, FieldCodes.DELTA_ESCAPE, cur, bits);
    }

    public int readDelta(BitReader r, int base) {
        long d = GolombCodes.readNonZeroDelta(r, k, FieldCodes.DELTA_ESCAPE);
        return d == GolombCodes.ESCAPED ? r.readBits(bits) : (int) ((base + d) & mask);
    }

    public String describe() {
        return "angle" + bits;
    }
}

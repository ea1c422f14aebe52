package dev.javelin.engine.internal.wire;

/**
 * Shared constants and the small codes of the one-slot field kinds that need no parameters beyond their
 * bits (booleans, ints, exact floats), as static methods the generated codecs call directly.
 */
public final class FieldCodes {

    /** Escape threshold of delta codes: past it, the absolute value is cheaper. */
    public static final int DELTA_ESCAPE = 4;

    private FieldCodes() {
    }

    /** k of the Golomb code for deltas of a value of {@code bits} bits: a quarter of the width. */
    public static int deltaOrder(int bits) {
        return Math.max(1, Math.min(6, bits / 4));
    }

    /** True if {@code n} slots differ between the two blocks. */
    public static boolean differs(int[] a, int ai, int[] b, int bi, int n) {
        for (int i = 0; i < n; i++) {
            if (a[ai + i] != b[bi + i]) {
                return true;
            }
        }
        return false;
    }

    // Exact floats: 32 bits, deltas too.

    public static int captureFloat(float v) {
        return Float.floatToRawIntBits(v);
    }

    public static float applyFloat(int s) {
        return Float.intBitsToFloat(s);
    }

    // Non-negative ints of any size, Golomb order 2; deltas are absolute values.

    public static void writeVarUint(BitWriter w, int v) {
        GolombCodes.writeGolomb(w, v, 2);
    }

    public static int readVarUint(BitReader r, String field) {
        long v = GolombCodes.readGolomb(r, 2);
        if (v > Integer.MAX_VALUE) {
            throw new CodecException("field '" + field + "': " + v + " does not fit an int");
        }
        return (int) v;
    }
}

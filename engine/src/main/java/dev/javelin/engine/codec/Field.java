package dev.javelin.engine.codec;

/**
 * One networked field of a {@link Schema}: how its value is quantized into int slots, written absolute
 * or as a delta, read back (validating hostile values) and applied to an object. A field occupies
 * {@link #slots} consecutive slots from {@link #offset} within its object's block.
 *
 * <p>Immutable and thread-safe: no scratch state, so one schema serves every thread.
 *
 * @param <T> the class whose field this is
 */
abstract class Field<T> {

    final String name;
    final int offset;
    final int slots;

    Field(String name, int offset, int slots) {
        this.name = name;
        this.offset = offset;
        this.slots = slots;
    }

    /** Quantizes {@code object}'s value into {@code s[base + offset ...]}. */
    abstract void capture(T object, int[] s, int base);

    /** Sets {@code object}'s value from the slots. */
    abstract void apply(int[] s, int base, T object);

    /** Replaces {@code object}'s value by its quantized value. */
    abstract void snap(T object);

    /** Copies the value from {@code from} to {@code to} (both already quantized, so exactly). */
    abstract void copy(T from, T to);

    /** Writes the value in full. */
    abstract void writeAbsolute(BitWriter w, int[] s, int base);

    /** Reads a value written by {@link #writeAbsolute}, rejecting values no encoder writes. */
    abstract void readAbsolute(BitReader r, int[] s, int base);

    /** Writes the value in {@code c} relative to {@code b}; called only when they differ. */
    abstract void writeDelta(BitWriter w, int[] b, int bBase, int[] c, int cBase);

    /** Reads a delta written by {@link #writeDelta} against {@code b} into {@code out}. */
    abstract void readDelta(BitReader r, int[] b, int bBase, int[] out, int outBase);

    /** A short description of the type and parameters, for the registry fingerprint. */
    abstract String describe();

    /** True if the field's slots differ between the two objects' blocks. */
    final boolean differs(int[] a, int aBase, int[] b, int bBase) {
        int ai = aBase + offset;
        int bi = bBase + offset;
        for (int i = 0; i < slots; i++) {
            if (a[ai + i] != b[bi + i]) {
                return true;
            }
        }
        return false;
    }

    /** k of the Golomb code for deltas of a value of {@code bits} bits: a quarter of the width. */
    static int deltaOrder(int bits) {
        return Math.max(1, Math.min(6, bits / 4));
    }

    static final int DELTA_ESCAPE = 4;
}

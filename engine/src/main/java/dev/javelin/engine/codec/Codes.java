package dev.javelin.engine.codec;

/**
 * Variable-length codes shared by the fields and the snapshot layout: exponential-Golomb codes of order
 * k, their escaped form for deltas, and the object hash behind the checksum.
 */
final class Codes {

    /** Longest zero prefix a decoder accepts in a plain Golomb code (values below 2^32). */
    static final int MAX_PREFIX = 32;

    private Codes() {
    }

    /** Bits needed to hold values 0 to {@code maxValue}; 0 for a maxValue of 0. */
    static int bitsFor(long maxValue) {
        return 64 - Long.numberOfLeadingZeros(maxValue);
    }

    /**
     * Writes {@code value} as an exponential-Golomb code of order {@code k}; {@code value + 2^k} must be
     * below 2^32, so that the zero prefix stays under {@link #MAX_PREFIX} (ids, counts and gaps are below
     * 2^31).
     */
    static void writeGolomb(BitWriter w, long value, int k) {
        long v = value + (1L << k);
        int p = 63 - Long.numberOfLeadingZeros(v) - k;
        // p zeros then a one, then the low p + k bits of v.
        w.writeLongBits(1L << p, p + 1);
        int low = p + k;
        if (low > 32) {
            w.writeLongBits(v, 32);
            w.writeLongBits(v >>> 32, low - 32);
        } else {
            w.writeLongBits(v, low);
        }
    }

    /** Reads a code written by {@link #writeGolomb}; the value is below 2^32. */
    static long readGolomb(BitReader r, int k) {
        int p = r.readZeros(MAX_PREFIX);
        if (p == MAX_PREFIX) {
            throw new CodecException("variable-length code longer than " + MAX_PREFIX + " bits");
        }
        int low = p + k;
        long bits;
        if (low > 32) {
            bits = r.readLongBits(32) | (r.readLongBits(low - 32) << 32);
        } else {
            bits = r.readLongBits(low);
        }
        return ((1L << low) | bits) - (1L << k);
    }

    /** The length in bits of {@code value}'s Golomb code of order {@code k}. */
    static int golombBits(long value, int k) {
        long v = value + (1L << k);
        int p = 63 - Long.numberOfLeadingZeros(v) - k;
        return 2 * p + 1 + k;
    }

    /**
     * Writes a delta known to be non-zero: the magnitude minus one as a Golomb code of order {@code k}
     * and a sign bit, or, when the code would need {@code escape} or more zeros, {@code escape} zeros and
     * then {@code absolute} in {@code absBits} bits.
     */
    static void writeNonZeroDelta(BitWriter w, long delta, int k, int escape, long absolute, int absBits) {
        long m = Math.abs(delta) - 1;
        long v = m + (1L << k);
        int p = 63 - Long.numberOfLeadingZeros(v) - k;
        if (p >= escape) {
            w.writeLongBits(0, escape);
            writeWide(w, absolute, absBits);
            return;
        }
        w.writeLongBits(1L << p, p + 1);
        w.writeLongBits(v, p + k);
        w.writeLongBits(delta < 0 ? 1 : 0, 1);
    }

    /** The length in bits of {@link #writeNonZeroDelta}'s code. */
    static int nonZeroDeltaBits(long delta, int k, int escape, int absBits) {
        long v = Math.abs(delta) - 1 + (1L << k);
        int p = 63 - Long.numberOfLeadingZeros(v) - k;
        return p >= escape ? escape + absBits : 2 * p + 2 + k;
    }

    /** Sentinel returned by {@link #readNonZeroDelta} when an absolute value follows instead. */
    static final long ESCAPED = Long.MIN_VALUE;

    /** Reads the delta of {@link #writeNonZeroDelta}, or {@link #ESCAPED} if an absolute value follows. */
    static long readNonZeroDelta(BitReader r, int k, int escape) {
        int p = r.readZeros(escape);
        if (p == escape) {
            return ESCAPED;
        }
        long m = ((1L << (p + k)) | r.readLongBits(p + k)) - (1L << k);
        return r.readBool() ? -(m + 1) : m + 1;
    }

    static void writeWide(BitWriter w, long value, int bits) {
        if (bits > 32) {
            w.writeLongBits(value, 32);
            w.writeLongBits(value >>> 32, bits - 32);
        } else {
            w.writeLongBits(value, bits);
        }
    }

    static long readWide(BitReader r, int bits) {
        if (bits > 32) {
            return r.readLongBits(32) | (r.readLongBits(bits - 32) << 32);
        }
        return r.readLongBits(bits);
    }

    /** Mixes one 32-bit word into a running hash (a Murmur3 round). */
    static int mix(int h, int word) {
        int k = word * 0xCC9E2D51;
        k = Integer.rotateLeft(k, 15) * 0x1B873593;
        h ^= k;
        return Integer.rotateLeft(h, 13) * 5 + 0xE6546B64;
    }

    /** Murmur3's finaliser. */
    static int finish(int h) {
        h ^= h >>> 16;
        h *= 0x85EBCA6B;
        h ^= h >>> 13;
        h *= 0xC2B2AE35;
        return h ^ (h >>> 16);
    }

    /** The hash of one object's quantized state: id, class index and slots. */
    static int objectHash(int id, int classIndex, int[] slots, int offset, int count) {
        int h = mix(mix(0x5EED, id), classIndex);
        for (int i = 0; i < count; i++) {
            h = mix(h, slots[offset + i]);
        }
        return finish(h ^ count);
    }
}

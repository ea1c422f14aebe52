package dev.javelin.engine.internal.wire;

/**
 * Variable-length codes shared by the fields and the snapshot layout: exponential-Golomb codes of order
 * k, their escaped form for deltas, and the object hash behind the checksum.
 */
public final class GolombCodes {

    /** Longest zero prefix a decoder accepts in a plain Golomb code (values below 2^32). */
    public static final int MAX_PREFIX = 32;

    private GolombCodes() {
    }

    /** Bits needed to hold values 0 to {@code maxValue}; 0 for a maxValue of 0. */
    public static int bitsFor(long maxValue) {
        return 64 - Long.numberOfLeadingZeros(maxValue);
    }

    /**
     * Writes {@code value} as an exponential-Golomb code of order {@code k}; {@code value + 2^k} must be
     * below 2^32, so that the zero prefix stays under {@link #MAX_PREFIX} (ids, counts and gaps are below
     * 2^31).
     */
    public static void writeGolomb(BitWriter w, long value, int k) {
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
    public static long readGolomb(BitReader r, int k) {
        long bits = r.peek();
        int have = r.peekedBits();
        int p = Long.numberOfTrailingZeros(bits);
        int low = p + k;
        if (p < have && p + 1 + low <= have && low <= 32) {
            r.skip(p + 1 + low);
            return ((1L << low) | ((bits >>> (p + 1)) & ((1L << low) - 1))) - (1L << k);
        }
        p = r.readZeros(MAX_PREFIX);
        if (p == MAX_PREFIX) {
            throw new CodecException("variable-length code longer than " + MAX_PREFIX + " bits");
        }
        low = p + k;
        long v;
        if (low > 32) {
            v = r.readLongBits(32) | (r.readLongBits(low - 32) << 32);
        } else {
            v = r.readLongBits(low);
        }
        return ((1L << low) | v) - (1L << k);
    }

    /** The length in bits of {@code value}'s Golomb code of order {@code k}. */
    public static int golombBits(long value, int k) {
        long v = value + (1L << k);
        int p = 63 - Long.numberOfLeadingZeros(v) - k;
        return 2 * p + 1 + k;
    }

    /**
     * Writes a delta known to be non-zero: the magnitude minus one as a Golomb code of order {@code k}
     * and a sign bit, or, when the code would need {@code escape} or more zeros, {@code escape} zeros and
     * then {@code absolute} in {@code absBits} bits.
     */
    public static void writeNonZeroDelta(BitWriter w, long delta, int k, int escape, long absolute, int absBits) {
        long m = Math.abs(delta) - 1;
        long v = m + (1L << k);
        int p = 63 - Long.numberOfLeadingZeros(v) - k;
        if (p >= escape) {
            w.writeLongBits(0, escape);
            writeWide(w, absolute, absBits);
            return;
        }
        // One write: p zeros, a one, the low p + k bits of v, the sign (at most 2 * escape + k bits).
        int low = p + k;
        long code = (1L << p) | ((v & ((1L << low) - 1)) << (p + 1)) | ((delta < 0 ? 1L : 0L) << (p + 1 + low));
        w.writeLongBits(code, p + 2 + low);
    }

    /** {@link #writeNonZeroDelta} preceded by a one bit: "this component changed". */
    public static void writeFlaggedDelta(BitWriter w, long delta, int k, int escape, long absolute, int absBits) {
        long m = Math.abs(delta) - 1;
        long v = m + (1L << k);
        int p = 63 - Long.numberOfLeadingZeros(v) - k;
        if (p >= escape) {
            w.writeLongBits(1, 1 + escape);
            writeWide(w, absolute, absBits);
            return;
        }
        int low = p + k;
        long code = (1L << (p + 1)) | ((v & ((1L << low) - 1)) << (p + 2))
                | ((delta < 0 ? 1L : 0L) << (p + 2 + low));
        w.writeLongBits(code | 1, p + 3 + low);
    }

    /** The length in bits of {@link #writeNonZeroDelta}'s code. */
    public static int nonZeroDeltaBits(long delta, int k, int escape, int absBits) {
        long v = Math.abs(delta) - 1 + (1L << k);
        int p = 63 - Long.numberOfLeadingZeros(v) - k;
        return p >= escape ? escape + absBits : 2 * p + 2 + k;
    }

    /** Sentinel returned by {@link #readNonZeroDelta} when an absolute value follows instead. */
    public static final long ESCAPED = Long.MIN_VALUE;

    /** Reads the delta of {@link #writeNonZeroDelta}, or {@link #ESCAPED} if an absolute value follows. */
    public static long readNonZeroDelta(BitReader r, int k, int escape) {
        long bits = r.peek();
        int have = r.peekedBits();
        int p = Long.numberOfTrailingZeros(bits);
        if (p >= escape) {
            if (have < escape) {
                throw new CodecException("snapshot truncated inside a delta");
            }
            r.skip(escape);
            return ESCAPED;
        }
        int low = p + k;
        int total = p + 2 + low;
        if (total > have) {
            throw new CodecException("snapshot truncated inside a delta");
        }
        long m = ((1L << low) | ((bits >>> (p + 1)) & ((1L << low) - 1))) - (1L << k);
        long sign = (bits >>> (p + 1 + low)) & 1;
        r.skip(total);
        return sign != 0 ? -(m + 1) : m + 1;
    }

    public static void writeWide(BitWriter w, long value, int bits) {
        if (bits > 32) {
            w.writeLongBits(value, 32);
            w.writeLongBits(value >>> 32, bits - 32);
        } else {
            w.writeLongBits(value, bits);
        }
    }

    public static long readWide(BitReader r, int bits) {
        if (bits > 32) {
            return r.readLongBits(32) | (r.readLongBits(bits - 32) << 32);
        }
        return r.readLongBits(bits);
    }

    /** Murmur3's finaliser. */
    public static int finish(int h) {
        h ^= h >>> 16;
        h *= 0x85EBCA6B;
        h ^= h >>> 13;
        h *= 0xC2B2AE35;
        return h ^ (h >>> 16);
    }

    /**
     * One slot's term of a view's checksum: a hash of (id, class, slot index, value). A view's checksum is
     * the sum of the terms of all its objects' slots plus one presence term per object, so it changes by
     * the terms of the slots that changed and nothing else has to be hashed. Not cryptographic: it detects
     * desyncs, it does not resist forgery.
     */
    public static int slotTerm(int id, int classIndex, int slot, int value) {
        int key = id * 0x9E3779B1 + ((classIndex << 16) | slot) * 0x85EBCA77;
        return finish(key ^ (value * 0xCC9E2D51));
    }

    /** The presence term of an object (so that objects without slots count too). */
    public static int objectTerm(int id, int classIndex) {
        return finish(id * 0x9E3779B1 ^ (classIndex * 0x85EBCA77) ^ 0x5BD1E995);
    }

    /** The checksum terms of a whole object block. */
    public static int objectSum(int id, int classIndex, int[] slots, int offset, int count) {
        int sum = objectTerm(id, classIndex);
        for (int i = 0; i < count; i++) {
            sum += slotTerm(id, classIndex, i, slots[offset + i]);
        }
        return sum;
    }

    /** How the checksum changes when an object's block goes from {@code b} to {@code c}. */
    public static int changeSum(int id, int classIndex, int[] b, int bOff, int[] c, int cOff, int count) {
        int sum = 0;
        for (int i = 0; i < count; i++) {
            int old = b[bOff + i];
            int now = c[cOff + i];
            if (old != now) {
                sum += slotTerm(id, classIndex, i, now) - slotTerm(id, classIndex, i, old);
            }
        }
        return sum;
    }
}

package dev.javelin.engine.codec;

/**
 * Writes bit fields, least significant bit first, into a byte array region. Reused: {@link #reset}
 * points it at a new region; nothing is allocated while writing.
 *
 * <p>Threads: one thread at a time. Writing past the region's capacity throws {@link CodecException}.
 */
public final class BitWriter {

    private byte[] buffer;
    private int start;
    private int position;
    private int limit;
    private long acc;
    private int accBits;

    /** A writer over {@code buffer[offset, offset + capacityBytes)}. */
    public BitWriter(byte[] buffer, int offset, int capacityBytes) {
        reset(buffer, offset, capacityBytes);
    }

    /** Starts writing afresh at {@code offset} of {@code buffer}, with room for {@code capacityBytes}. */
    public void reset(byte[] buffer, int offset, int capacityBytes) {
        if (offset < 0 || capacityBytes < 0 || offset > buffer.length - capacityBytes) {
            throw new IllegalArgumentException("region [" + offset + ", +" + capacityBytes
                    + ") is outside a buffer of " + buffer.length + " bytes");
        }
        this.buffer = buffer;
        this.start = offset;
        this.position = offset;
        this.limit = offset + capacityBytes;
        this.acc = 0;
        this.accBits = 0;
    }

    /** Writes the low {@code bits} bits of {@code value}; {@code bits} is 0 to 32. */
    public void writeBits(int value, int bits) {
        writeLongBits(value & 0xFFFF_FFFFL, bits);
    }

    /** Writes the low {@code bits} bits of {@code value}; {@code bits} is 0 to 32. */
    public void writeLongBits(long value, int bits) {
        if (bits == 0) {
            return;
        }
        acc |= (value & ((1L << bits) - 1)) << accBits;
        accBits += bits;
        while (accBits >= 8) {
            if (position >= limit) {
                throw new CodecException("bit writer full: capacity " + (limit - start) + " bytes");
            }
            buffer[position++] = (byte) acc;
            acc >>>= 8;
            accBits -= 8;
        }
    }

    /** Writes one bit. */
    public void writeBool(boolean value) {
        writeLongBits(value ? 1 : 0, 1);
    }

    /** Writes 32 bits. */
    public void writeInt(int value) {
        writeLongBits(value & 0xFFFF_FFFFL, 32);
    }

    /** Copies {@code bits} bits starting at bit {@code fromBit} of what {@code source} wrote. */
    public void copyBits(BitWriter source, int fromBit, int bits) {
        source.flushPartial();
        byte[] src = source.buffer;
        int base = source.start;
        int bit = fromBit;
        int left = bits;
        while (left > 0) {
            int n = Math.min(left, 24);
            int byteIndex = base + (bit >>> 3);
            int shift = bit & 7;
            // Up to 4 source bytes hold n <= 24 bits starting at any shift.
            long word = 0;
            int needed = (shift + n + 7) >>> 3;
            for (int i = 0; i < needed; i++) {
                word |= (src[byteIndex + i] & 0xFFL) << (8 * i);
            }
            writeLongBits(word >>> shift, n);
            bit += n;
            left -= n;
        }
    }

    /** Bits written so far. */
    public int bitPosition() {
        return (position - start) * 8 + accBits;
    }

    /** The bytes written so far, counting a partly filled last byte. */
    public int bytesUsed() {
        return position - start + (accBits > 0 ? 1 : 0);
    }

    /** Room left, in bits. */
    public int bitsLeft() {
        return (limit - start) * 8 - bitPosition();
    }

    /** Pads the last byte with zero bits and returns the number of bytes written. */
    public int finish() {
        flushPartial();
        return bytesUsed();
    }

    /** Makes the partial byte visible in the buffer without advancing past it. */
    private void flushPartial() {
        if (accBits > 0) {
            if (position >= limit) {
                throw new CodecException("bit writer full: capacity " + (limit - start) + " bytes");
            }
            buffer[position] = (byte) acc;
        }
    }

    /** The array written into. */
    byte[] buffer() {
        return buffer;
    }
}

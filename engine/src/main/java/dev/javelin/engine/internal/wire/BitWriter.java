package dev.javelin.engine.internal.wire;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Writes bit fields, least significant bit first, into a byte array region. Reused: {@link #reset}
 * points it at a new region; nothing is allocated while writing.
 *
 * <p>Threads: one thread at a time. Nothing is ever stored outside the region: writing past its capacity
 * throws {@link CodecException}, at the latest from {@link #finish()} (bits are stored 32 at a time).
 */
public final class BitWriter {

    private static final VarHandle LONG_LE = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

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
        // acc holds fewer than 32 bits between calls, so up to 32 more always fit in the long.
        acc |= (value & ((1L << bits) - 1)) << accBits;
        accBits += bits;
        if (accBits >= 32) {
            if (position + 4 > limit) {
                throw new CodecException("bit writer full: capacity " + (limit - start) + " bytes");
            }
            // Four plain stores: the JIT keeps them inline where a VarHandle deep in a field's code was not.
            byte[] b = buffer;
            int p = position;
            int word = (int) acc;
            b[p] = (byte) word;
            b[p + 1] = (byte) (word >>> 8);
            b[p + 2] = (byte) (word >>> 16);
            b[p + 3] = (byte) (word >>> 24);
            position = p + 4;
            acc >>>= 32;
            accBits -= 32;
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
        if (fromBit + bits > (source.position - source.start) * 8) {
            // The range reaches bits still held in the source's accumulator.
            source.flushPartial();
        }
        byte[] src = source.buffer;
        int base = source.start;
        int end = source.position + 8;
        int bit = fromBit;
        int left = bits;
        while (left > 0) {
            int n = Math.min(left, 32);
            int byteIndex = base + (bit >>> 3);
            int shift = bit & 7;
            long word;
            if (byteIndex + 8 <= src.length) {
                word = (long) LONG_LE.get(src, byteIndex);
            } else {
                word = 0;
                for (int i = 0; byteIndex + i < Math.min(src.length, end); i++) {
                    word |= (src[byteIndex + i] & 0xFFL) << (8 * i);
                }
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
        return position - start + ((accBits + 7) >>> 3);
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

    /** Makes the pending bits visible in the buffer without advancing past them. */
    private void flushPartial() {
        int bytes = (accBits + 7) >>> 3;
        if (position + bytes > limit) {
            throw new CodecException("bit writer full: capacity " + (limit - start) + " bytes");
        }
        for (int i = 0; i < bytes; i++) {
            buffer[position + i] = (byte) (acc >>> (8 * i));
        }
    }

    /** The array written into. */
    public byte[] buffer() {
        return buffer;
    }
}

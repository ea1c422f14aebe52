package dev.javelin.engine.internal.wire;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Reads bit fields written by {@link BitWriter}, least significant bit first, from a byte array region.
 * Reading past the end throws {@link CodecException}; nothing is allocated.
 *
 * <p>Threads: one thread at a time.
 */
public final class BitReader {

    private static final VarHandle LONG_LE = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private byte[] buffer;
    private int position;
    private int limit;
    private long acc;
    private int accBits;

    /** A reader over {@code buffer[offset, offset + length)}. */
    public BitReader(byte[] buffer, int offset, int length) {
        reset(buffer, offset, length);
    }

    /** Starts reading afresh at {@code offset}, with {@code length} bytes available. */
    public void reset(byte[] buffer, int offset, int length) {
        if (buffer == null || offset < 0 || length < 0 || offset > buffer.length - length) {
            throw new CodecException("byte region [" + offset + ", +" + length + ") is outside a buffer of "
                    + (buffer == null ? "null" : buffer.length + " bytes"));
        }
        this.buffer = buffer;
        this.position = offset;
        this.limit = offset + length;
        this.acc = 0;
        this.accBits = 0;
    }

    private void refill() {
        if (position + 8 <= limit) {
            // Take as many whole bytes of the next eight as fit above the bits held.
            int take = (63 - accBits) >>> 3;
            long word = (long) LONG_LE.get(buffer, position);
            acc |= (word & ((1L << (take * 8)) - 1)) << accBits;
            position += take;
            accBits += take * 8;
            return;
        }
        while (accBits <= 56 && position < limit) {
            acc |= (buffer[position++] & 0xFFL) << accBits;
            accBits += 8;
        }
    }

    /** Reads {@code bits} bits (0 to 32) as an unsigned value in the low bits of the result. */
    public int readBits(int bits) {
        return (int) readLongBits(bits);
    }

    /** Reads {@code bits} bits (0 to 32) as an unsigned long. */
    public long readLongBits(int bits) {
        if (bits == 0) {
            return 0;
        }
        if (accBits < bits) {
            refill();
            if (accBits < bits) {
                throw truncated(bits);
            }
        }
        long v = acc & ((1L << bits) - 1);
        acc >>>= bits;
        accBits -= bits;
        return v;
    }

    // Built out of line, so that readLongBits stays small enough to be inlined into every field's code.
    private CodecException truncated(int bits) {
        return new CodecException("snapshot truncated: wanted " + bits + " bits, " + accBits + " left");
    }

    /** Reads one bit. */
    public boolean readBool() {
        return readLongBits(1) != 0;
    }

    /** Reads 32 bits. */
    public int readInt() {
        return (int) readLongBits(32);
    }

    /**
     * Counts zero bits up to the next one bit and consumes both; stops after {@code max} zeros (0 to 32)
     * without consuming a one bit and returns {@code max}.
     */
    public int readZeros(int max) {
        if (accBits <= max) {
            refill();
        }
        int tz = Long.numberOfTrailingZeros(acc);
        if (tz >= max && accBits >= max) {
            acc >>>= max;
            accBits -= max;
            return max;
        }
        if (tz >= accBits) {
            throw new CodecException("snapshot truncated inside a variable-length code");
        }
        acc >>>= tz + 1;
        accBits -= tz + 1;
        return tz;
    }

    /**
     * The next bits, least significant first, without consuming them: at least 57 valid bits unless the
     * input ends sooner ({@link #peekedBits()} says how many); bits above those are zero.
     */
    public long peek() {
        if (accBits < 57) {
            refill();
        }
        return acc;
    }

    /** How many of {@link #peek()}'s bits are valid. */
    public int peekedBits() {
        return accBits;
    }

    /** Consumes {@code bits} bits of what {@link #peek()} returned. */
    public void skip(int bits) {
        acc >>>= bits;
        accBits -= bits;
    }

    /** Bits not read yet. */
    public long bitsLeft() {
        return (long) (limit - position) * 8 + accBits;
    }
}

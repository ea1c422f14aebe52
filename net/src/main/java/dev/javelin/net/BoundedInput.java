package dev.javelin.net;

import com.esotericsoftware.kryo.kryo5.KryoException;
import com.esotericsoftware.kryo.kryo5.io.Input;

/**
 * A Kryo {@link Input} over one frame that refuses any length read off the wire which the frame's remaining
 * bytes cannot hold, before anything is allocated. Kryo's own string reader allocates a char array as large as
 * the length it reads (up to 2^31), so a hostile peer could exhaust memory with five bytes; here that is a
 * {@link KryoException} instead. The array and list serializers check their counts with {@link #requireCount}.
 *
 * <p>Not thread-safe; one per decoding thread.
 */
final class BoundedInput extends Input {

    BoundedInput() {
        super(new byte[0]);
    }

    /** Bytes left in the frame. */
    int remainingBytes() {
        return limit - position;
    }

    /**
     * Checks that {@code count} elements of at least {@code minBytesEach} bytes can be in what is left.
     *
     * @throws KryoException if they cannot, naming {@code what}
     */
    void requireCount(int count, int minBytesEach, String what) {
        if (count < 0 || (long) count * minBytesEach > remainingBytes()) {
            throw new KryoException(what + " claims " + count + " elements but only " + remainingBytes()
                    + " bytes are left in the frame");
        }
    }

    @Override
    public String readString() {
        checkUtf8Length();
        return super.readString();
    }

    @Override
    public StringBuilder readStringBuilder() {
        checkUtf8Length();
        return super.readStringBuilder();
    }

    /**
     * Kryo writes a string either as ASCII bytes with the last one flagged (bounded by the frame already) or as
     * a flagged varint char count followed by UTF-8; every char takes at least one byte, so the count may not
     * exceed the bytes left after it.
     */
    private void checkUtf8Length() {
        if (position == limit || (buffer[position] & 0x80) == 0) {
            return;
        }
        int start = position;
        int charCount = readVarIntFlag(true);
        try {
            if (charCount > 1) {
                requireCount(charCount - 1, 1, "string");
            }
        } finally {
            position = start;
        }
    }
}

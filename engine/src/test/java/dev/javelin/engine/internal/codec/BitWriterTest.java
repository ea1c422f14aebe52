package dev.javelin.engine.internal.codec;

import dev.javelin.engine.internal.wire.BitReader;
import dev.javelin.engine.internal.wire.BitWriter;
import dev.javelin.engine.internal.wire.CodecException;
import dev.javelin.engine.internal.wire.GolombCodes;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import org.junit.jupiter.api.Test;

class BitWriterTest {

    @Test
    void fieldsOfEveryWidthReadBackExactly() {
        Random rnd = new Random(1);
        byte[] buf = new byte[8192];
        BitWriter w = new BitWriter(buf, 0, buf.length);
        int[] widths = new int[2000];
        long[] values = new long[2000];
        long bits = 0;
        for (int i = 0; i < widths.length; i++) {
            widths[i] = rnd.nextInt(33);
            values[i] = widths[i] == 0 ? 0 : rnd.nextLong() & ((1L << widths[i]) - 1);
            w.writeLongBits(values[i], widths[i]);
            bits += widths[i];
        }
        assertEquals(bits, w.bitPosition());
        int bytes = w.finish();
        assertEquals((bits + 7) / 8, bytes);
        BitReader r = new BitReader(buf, 0, bytes);
        for (int i = 0; i < widths.length; i++) {
            assertEquals(values[i], r.readLongBits(widths[i]), "field " + i);
        }
        assertEquals((8 - bits % 8) % 8, r.bitsLeft());
    }

    @Test
    void writerHonoursItsOffsetAndCapacity() {
        byte[] buf = new byte[10];
        BitWriter w = new BitWriter(buf, 3, 2);
        w.writeBits(0xABCD, 16);
        assertEquals(2, w.finish());
        assertArrayEquals(new byte[] {0, 0, 0, (byte) 0xCD, (byte) 0xAB, 0, 0, 0, 0, 0}, buf);
        w.writeBits(1, 8);
        assertThrows(CodecException.class, w::finish);
        BitWriter small = new BitWriter(new byte[3], 0, 3);
        small.writeBits(1, 24);
        assertThrows(CodecException.class, () -> small.writeBits(1, 8));
    }

    @Test
    void readingPastTheEndThrowsCodecException() {
        BitReader r = new BitReader(new byte[] {1, 2}, 0, 2);
        r.readBits(12);
        CodecException e = assertThrows(CodecException.class, () -> r.readBits(5));
        assertEquals("snapshot truncated: wanted 5 bits, 4 left", e.getMessage());
    }

    @Test
    void regionOutsideTheBufferIsACodecException() {
        assertThrows(CodecException.class, () -> new BitReader(new byte[4], 2, 3));
        assertThrows(CodecException.class, () -> new BitReader(null, 0, 0));
    }

    @Test
    void golombCodesHaveTheirTextbookLengths() {
        assertEquals(1, GolombCodes.golombBits(0, 0));
        assertEquals(3, GolombCodes.golombBits(1, 0));
        assertEquals(3, GolombCodes.golombBits(2, 0));
        assertEquals(5, GolombCodes.golombBits(3, 0));
        assertEquals(19, GolombCodes.golombBits(900, 0));
        assertEquals(3, GolombCodes.golombBits(0, 2));
        assertEquals(63, GolombCodes.golombBits(0xFFFF_FFFEL, 0));
        byte[] buf = new byte[4096];
        BitWriter w = new BitWriter(buf, 0, buf.length);
        long[] vals = {0, 1, 2, 3, 7, 8, 900, 65535, 1L << 31, 0xFFFF_FFFEL};
        for (int k = 0; k <= 6; k += 3) {
            for (long v : vals) {
                int before = w.bitPosition();
                GolombCodes.writeGolomb(w, v, k);
                assertEquals(GolombCodes.golombBits(v, k), w.bitPosition() - before, "value " + v + " k " + k);
            }
        }
        BitReader r = new BitReader(buf, 0, w.finish());
        for (int k = 0; k <= 6; k += 3) {
            for (long v : vals) {
                assertEquals(v, GolombCodes.readGolomb(r, k));
            }
        }
    }

    @Test
    void aRunOfZerosLongerThanAnyCodeIsRejected() {
        BitReader r = new BitReader(new byte[16], 0, 16);
        CodecException e = assertThrows(CodecException.class, () -> GolombCodes.readGolomb(r, 0));
        assertEquals("variable-length code longer than 32 bits", e.getMessage());
        BitReader shortOne = new BitReader(new byte[2], 0, 2);
        assertThrows(CodecException.class, () -> GolombCodes.readGolomb(shortOne, 0));
    }

    @Test
    void nonZeroDeltasEscapeToTheAbsoluteValueWhenLong() {
        byte[] buf = new byte[256];
        BitWriter w = new BitWriter(buf, 0, buf.length);
        long[] deltas = {1, -1, 2, -17, 100, -100, 5000};
        for (long d : deltas) {
            int before = w.bitPosition();
            GolombCodes.writeNonZeroDelta(w, d, 2, 4, 12345, 15);
            assertEquals(GolombCodes.nonZeroDeltaBits(d, 2, 4, 15), w.bitPosition() - before);
        }
        assertEquals(4, GolombCodes.nonZeroDeltaBits(1, 2, 4, 15));
        assertEquals(19, GolombCodes.nonZeroDeltaBits(5000, 2, 4, 15));
        BitReader r = new BitReader(buf, 0, w.finish());
        for (long d : deltas) {
            long got = GolombCodes.readNonZeroDelta(r, 2, 4);
            if (got == GolombCodes.ESCAPED) {
                assertEquals(12345, GolombCodes.readWide(r, 15));
                assertEquals(4 + 15, GolombCodes.nonZeroDeltaBits(d, 2, 4, 15), "only long deltas escape, not " + d);
            } else {
                assertEquals(d, got);
            }
        }
    }

    @Test
    void copyBitsCopiesAnyRange() {
        Random rnd = new Random(3);
        byte[] src = new byte[64];
        BitWriter s = new BitWriter(src, 0, src.length);
        for (int i = 0; i < 12; i++) {
            s.writeInt(rnd.nextInt());
        }
        for (int trial = 0; trial < 200; trial++) {
            int from = rnd.nextInt(300);
            int len = rnd.nextInt(384 - from);
            byte[] dst = new byte[64];
            BitWriter d = new BitWriter(dst, 0, dst.length);
            int lead = rnd.nextInt(8);
            d.writeBits(0, lead);
            d.copyBits(s, from, len);
            d.finish();
            BitReader a = new BitReader(src, 0, src.length);
            a.readLongBits(Math.min(from, 32));
            a.readLongBits(from - Math.min(from, 32) > 32 ? 32 : from - Math.min(from, 32));
            for (int skip = from - Math.min(from, 32) - Math.min(32, from - Math.min(from, 32)); skip > 0; skip -= 32) {
                a.readLongBits(Math.min(32, skip));
            }
            BitReader b = new BitReader(dst, 0, dst.length);
            b.readBits(lead);
            for (int i = 0; i < len; i++) {
                assertEquals(a.readBits(1), b.readBits(1), "bit " + i + " of a copy from " + from);
            }
        }
    }
}

package dev.javelin.engine.internal.wire;

/**
 * A string of at most {@code maxLength} UTF-16 units, or null. Slots: length plus one (0 for null), then
 * two units per slot. Longer strings are cut to {@code maxLength} when quantized. On the wire: the length
 * code, a flag for all-ASCII, then 7 or 16 bits per unit. Applying a value equal to the object's current
 * one keeps the existing String, so an unchanged string allocates nothing. Immutable.
 */
public final class StringCode {

    private final String field;
    private final int maxLength;
    private final int lengthBits;
    /** Slots of the field: one for the length, one per two units. */
    public final int slots;

    public StringCode(String field, int maxLength) {
        this.field = field;
        this.maxLength = maxLength;
        this.lengthBits = GolombCodes.bitsFor(maxLength + 1L);
        this.slots = 1 + (maxLength + 1) / 2;
    }

    public void capture(String v, int[] s, int i) {
        for (int j = 1; j < slots; j++) {
            s[i + j] = 0;
        }
        if (v == null) {
            s[i] = 0;
            return;
        }
        int n = Math.min(v.length(), maxLength);
        s[i] = n + 1;
        for (int j = 0; j < n; j++) {
            s[i + 1 + (j >> 1)] |= v.charAt(j) << ((j & 1) * 16);
        }
    }

    private static char unit(int[] s, int i, int j) {
        return (char) (s[i + 1 + (j >> 1)] >>> ((j & 1) * 16));
    }

    /** The string in the slots; {@code current} itself when equal, so nothing is allocated. */
    public String apply(int[] s, int i, String current) {
        if (s[i] == 0) {
            return null;
        }
        int n = s[i] - 1;
        if (current != null && current.length() == n) {
            boolean same = true;
            for (int j = 0; j < n && same; j++) {
                same = current.charAt(j) == unit(s, i, j);
            }
            if (same) {
                return current;
            }
        }
        char[] chars = new char[n];
        for (int j = 0; j < n; j++) {
            chars[j] = unit(s, i, j);
        }
        return new String(chars);
    }

    public String snap(String v) {
        return v != null && v.length() > maxLength ? v.substring(0, maxLength) : v;
    }

    public boolean differs(int[] a, int ai, int[] b, int bi) {
        return FieldCodes.differs(a, ai, b, bi, slots);
    }

    public void write(BitWriter w, int[] s, int i) {
        w.writeBits(s[i], lengthBits);
        if (s[i] <= 1) {
            return;
        }
        int n = s[i] - 1;
        boolean ascii = true;
        for (int j = 0; j < n && ascii; j++) {
            ascii = unit(s, i, j) < 128;
        }
        w.writeBool(ascii);
        int unitBits = ascii ? 7 : 16;
        for (int j = 0; j < n; j++) {
            w.writeBits(unit(s, i, j), unitBits);
        }
    }

    public void read(BitReader r, int[] s, int i) {
        int code = r.readBits(lengthBits);
        if (code > maxLength + 1) {
            throw new CodecException("field '" + field + "': string length " + (code - 1) + " above the cap of "
                    + maxLength);
        }
        for (int j = 1; j < slots; j++) {
            s[i + j] = 0;
        }
        s[i] = code;
        if (code <= 1) {
            return;
        }
        int unitBits = r.readBool() ? 7 : 16;
        for (int j = 0; j < code - 1; j++) {
            s[i + 1 + (j >> 1)] |= r.readBits(unitBits) << ((j & 1) * 16);
        }
    }

    /** A changed string is sent whole. */
    public void writeDelta(BitWriter w, int[] b, int bi, int[] c, int ci) {
        write(w, c, ci);
    }

    public void readDelta(BitReader r, int[] b, int bi, int[] out, int oi) {
        read(r, out, oi);
    }

    public String describe() {
        return "string" + maxLength;
    }
}

package dev.javelin.engine.codec;

import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * A string of at most {@code maxLength} UTF-16 units, or null. Slots: length plus one (0 for null), then
 * two units per slot. Longer strings are cut to {@code maxLength} when quantized. On the wire: the length
 * code, a flag for all-ASCII, then 7 or 16 bits per unit. Applying a value equal to the object's current
 * one keeps the existing String, so an unchanged string allocates nothing.
 */
final class StringField<T> extends Field<T> {

    private final Function<T, String> get;
    private final BiConsumer<T, String> set;
    private final int maxLength;
    private final int lengthBits;

    StringField(String name, int offset, int maxLength, Function<T, String> get, BiConsumer<T, String> set) {
        super(name, offset, 1 + (maxLength + 1) / 2);
        this.get = get;
        this.set = set;
        this.maxLength = maxLength;
        this.lengthBits = GolombCodes.bitsFor(maxLength + 1L);
    }

    void capture(T o, int[] s, int base) {
        String v = get.apply(o);
        int i = base + offset;
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

    void apply(int[] s, int base, T o) {
        int i = base + offset;
        if (s[i] == 0) {
            set.accept(o, null);
            return;
        }
        int n = s[i] - 1;
        String current = get.apply(o);
        if (current != null && current.length() == n) {
            boolean same = true;
            for (int j = 0; j < n && same; j++) {
                same = current.charAt(j) == unit(s, i, j);
            }
            if (same) {
                return;
            }
        }
        char[] chars = new char[n];
        for (int j = 0; j < n; j++) {
            chars[j] = unit(s, i, j);
        }
        set.accept(o, new String(chars));
    }

    void snap(T o) {
        String v = get.apply(o);
        if (v != null && v.length() > maxLength) {
            set.accept(o, v.substring(0, maxLength));
        }
    }

    void copy(T from, T to) { set.accept(to, get.apply(from)); }

    void writeAbsolute(BitWriter w, int[] s, int base) {
        int i = base + offset;
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

    void readAbsolute(BitReader r, int[] s, int base) {
        int i = base + offset;
        int code = r.readBits(lengthBits);
        if (code > maxLength + 1) {
            throw new CodecException("field '" + name + "': string length " + (code - 1) + " above the cap of " + maxLength);
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

    void writeDelta(BitWriter w, int[] b, int bb, int[] c, int cb) { writeAbsolute(w, c, cb); }

    void readDelta(BitReader r, int[] b, int bb, int[] out, int ob) { readAbsolute(r, out, ob); }


    String describe() { return "string" + maxLength; }
}

package dev.javelin.engine.codec;

import dev.javelin.engine.codec.Schema.BoolGetter;
import dev.javelin.engine.codec.Schema.BoolSetter;
import dev.javelin.engine.codec.Schema.FloatGetter;
import dev.javelin.engine.codec.Schema.FloatSetter;
import dev.javelin.engine.codec.Schema.IntGetter;
import dev.javelin.engine.codec.Schema.IntSetter;
import java.util.function.BiConsumer;
import java.util.function.Function;

/** The one-slot field types: bool, ints, raw floats, quantized floats, angles and enums. */
final class ScalarFields {

    private ScalarFields() {
    }

    /** A boolean; a change costs no bits beyond the field's changed flag (it can only flip). */
    static final class Bool<T> extends Field<T> {
        private final BoolGetter<T> get;
        private final BoolSetter<T> set;

        Bool(String name, int offset, BoolGetter<T> get, BoolSetter<T> set) {
            super(name, offset, 1);
            this.get = get;
            this.set = set;
        }

        void capture(T o, int[] s, int base) { s[base + offset] = get.get(o) ? 1 : 0; }
        void apply(int[] s, int base, T o) { set.set(o, s[base + offset] != 0); }
        void snap(T o) { }
        void copy(T from, T to) { set.set(to, get.get(from)); }
        void writeAbsolute(BitWriter w, int[] s, int base) { w.writeBits(s[base + offset], 1); }
        void readAbsolute(BitReader r, int[] s, int base) { s[base + offset] = r.readBits(1); }
        void writeDelta(BitWriter w, int[] b, int bb, int[] c, int cb) { }
        void readDelta(BitReader r, int[] b, int bb, int[] out, int ob) { out[ob + offset] = b[bb + offset] ^ 1; }
        String describe() { return "bool"; }
    }

    /** An int of a fixed number of bits, signed or unsigned; out-of-range values are clamped. */
    static final class Int<T> extends Field<T> {
        private final IntGetter<T> get;
        private final IntSetter<T> set;
        private final int bits;
        private final long min;
        private final long max;
        private final int k;

        Int(String name, int offset, int bits, boolean signed, IntGetter<T> get, IntSetter<T> set) {
            super(name, offset, 1);
            this.get = get;
            this.set = set;
            this.bits = bits;
            this.min = signed ? -(1L << (bits - 1)) : 0;
            this.max = signed ? (1L << (bits - 1)) - 1 : (1L << bits) - 1;
            this.k = 1;
        }

        private int clamp(int v) {
            return (int) Math.max(min, Math.min(max, v));
        }

        void capture(T o, int[] s, int base) { s[base + offset] = clamp(get.get(o)); }
        void apply(int[] s, int base, T o) { set.set(o, s[base + offset]); }
        void snap(T o) {
            int v = get.get(o);
            int c = clamp(v);
            if (c != v) {
                set.set(o, c);
            }
        }
        void copy(T from, T to) { set.set(to, get.get(from)); }
        void writeAbsolute(BitWriter w, int[] s, int base) { w.writeLongBits(s[base + offset] - min, bits); }
        void readAbsolute(BitReader r, int[] s, int base) { s[base + offset] = (int) (r.readLongBits(bits) + min); }
        void writeDelta(BitWriter w, int[] b, int bb, int[] c, int cb) {
            long cur = c[cb + offset];
            GolombCodes.writeNonZeroDelta(w, cur - b[bb + offset], k, DELTA_ESCAPE, cur - min, bits);
        }
        void readDelta(BitReader r, int[] b, int bb, int[] out, int ob) {
            long d = GolombCodes.readNonZeroDelta(r, k, DELTA_ESCAPE);
            long v = d == GolombCodes.ESCAPED ? GolombCodes.readWide(r, bits) + min : b[bb + offset] + d;
            if (v < min || v > max) {
                throw new CodecException("field '" + name + "': " + v + " is outside " + min + ".." + max);
            }
            out[ob + offset] = (int) v;
        }
        String describe() { return (min < 0 ? "sint" : "uint") + bits; }
    }

    /** A non-negative int of any size (player and room ids), written with a variable-length code. */
    static final class VarUint<T> extends Field<T> {
        private final IntGetter<T> get;
        private final IntSetter<T> set;

        VarUint(String name, int offset, IntGetter<T> get, IntSetter<T> set) {
            super(name, offset, 1);
            this.get = get;
            this.set = set;
        }

        void capture(T o, int[] s, int base) { s[base + offset] = Math.max(0, get.get(o)); }
        void apply(int[] s, int base, T o) { set.set(o, s[base + offset]); }
        void snap(T o) {
            if (get.get(o) < 0) {
                set.set(o, 0);
            }
        }
        void copy(T from, T to) { set.set(to, get.get(from)); }
        void writeAbsolute(BitWriter w, int[] s, int base) { GolombCodes.writeGolomb(w, s[base + offset], 2); }
        void readAbsolute(BitReader r, int[] s, int base) {
            long v = GolombCodes.readGolomb(r, 2);
            if (v > Integer.MAX_VALUE) {
                throw new CodecException("field '" + name + "': " + v + " does not fit an int");
            }
            s[base + offset] = (int) v;
        }
        void writeDelta(BitWriter w, int[] b, int bb, int[] c, int cb) { writeAbsolute(w, c, cb); }
        void readDelta(BitReader r, int[] b, int bb, int[] out, int ob) { readAbsolute(r, out, ob); }
        String describe() { return "varuint"; }
    }

    /** A float sent exactly, 32 bits; for rarely changing values such as sizes and masses. */
    static final class Float32<T> extends Field<T> {
        private final FloatGetter<T> get;
        private final FloatSetter<T> set;
        Float32(String name, int offset, FloatGetter<T> get, FloatSetter<T> set) {
            super(name, offset, 1);
            this.get = get;
            this.set = set;
        }

        void capture(T o, int[] s, int base) { s[base + offset] = Float.floatToRawIntBits(get.get(o)); }
        void apply(int[] s, int base, T o) { set.set(o, Float.intBitsToFloat(s[base + offset])); }
        void snap(T o) { }
        void copy(T from, T to) { set.set(to, get.get(from)); }
        void writeAbsolute(BitWriter w, int[] s, int base) { w.writeInt(s[base + offset]); }
        void readAbsolute(BitReader r, int[] s, int base) { s[base + offset] = r.readInt(); }
        void writeDelta(BitWriter w, int[] b, int bb, int[] c, int cb) { w.writeInt(c[cb + offset]); }
        void readDelta(BitReader r, int[] b, int bb, int[] out, int ob) { out[ob + offset] = r.readInt(); }
        String describe() { return "float32"; }
    }

    /** A float quantized to a {@link FloatRange}; deltas are written when shorter than the value. */
    static final class Quantized<T> extends Field<T> {
        private final FloatGetter<T> get;
        private final FloatSetter<T> set;
        private final Quantizer q;

        Quantized(String name, int offset, FloatRange range, FloatGetter<T> get, FloatSetter<T> set) {
            super(name, offset, 1);
            this.get = get;
            this.set = set;
            this.q = new Quantizer(range);
        }

        void capture(T o, int[] s, int base) { s[base + offset] = q.quantize(get.get(o)); }
        void apply(int[] s, int base, T o) { set.set(o, q.dequantize(s[base + offset])); }
        void snap(T o) { set.set(o, q.dequantize(q.quantize(get.get(o)))); }
        void copy(T from, T to) { set.set(to, get.get(from)); }
        void writeAbsolute(BitWriter w, int[] s, int base) { w.writeBits(s[base + offset], q.bits); }
        void readAbsolute(BitReader r, int[] s, int base) { s[base + offset] = q.read(r, name); }
        void writeDelta(BitWriter w, int[] b, int bb, int[] c, int cb) {
            q.writeDelta(w, b[bb + offset], c[cb + offset]);
        }
        void readDelta(BitReader r, int[] b, int bb, int[] out, int ob) {
            out[ob + offset] = q.readDelta(r, b[bb + offset], name);
        }
        String describe() { return "q" + q.describe(); }
    }

    /** An angle in radians, N bits over a full turn; decoded into [-PI, PI); deltas wrap. */
    static final class Angle<T> extends Field<T> {
        private final FloatGetter<T> get;
        private final FloatSetter<T> set;
        private final int bits;
        private final int mask;
        private final double scale;
        private final double step;
        private final int k;

        Angle(String name, int offset, int bits, FloatGetter<T> get, FloatSetter<T> set) {
            super(name, offset, 1);
            this.get = get;
            this.set = set;
            this.bits = bits;
            this.mask = (1 << bits) - 1;
            this.scale = (1 << bits) / (2 * Math.PI);
            this.step = (2 * Math.PI) / (1 << bits);
            this.k = deltaOrder(bits);
        }

        int quantize(float a) {
            return (int) (Math.round(((double) a + Math.PI) * scale) & mask);
        }

        float dequantize(int q) {
            return (float) (q * step - Math.PI);
        }

        void capture(T o, int[] s, int base) { s[base + offset] = quantize(get.get(o)); }
        void apply(int[] s, int base, T o) { set.set(o, dequantize(s[base + offset])); }
        void snap(T o) { set.set(o, dequantize(quantize(get.get(o)))); }
        void copy(T from, T to) { set.set(to, get.get(from)); }
        void writeAbsolute(BitWriter w, int[] s, int base) { w.writeBits(s[base + offset], bits); }
        void readAbsolute(BitReader r, int[] s, int base) { s[base + offset] = r.readBits(bits); }
        void writeDelta(BitWriter w, int[] b, int bb, int[] c, int cb) {
            int cur = c[cb + offset];
            int d = ((cur - b[bb + offset]) << (32 - bits)) >> (32 - bits);
            GolombCodes.writeNonZeroDelta(w, d, k, DELTA_ESCAPE, cur, bits);
        }
        void readDelta(BitReader r, int[] b, int bb, int[] out, int ob) {
            long d = GolombCodes.readNonZeroDelta(r, k, DELTA_ESCAPE);
            out[ob + offset] = d == GolombCodes.ESCAPED ? r.readBits(bits) : (int) ((b[bb + offset] + d) & mask);
        }
        String describe() { return "angle" + bits; }
    }

    /** An enum constant or null: the ordinal plus one, 0 for null. */
    static final class EnumField<T, E extends Enum<E>> extends Field<T> {
        private final Function<T, E> get;
        private final BiConsumer<T, E> set;
        private final E[] constants;
        private final int bits;
        private final String typeName;

        EnumField(String name, int offset, Class<E> type, Function<T, E> get, BiConsumer<T, E> set) {
            super(name, offset, 1);
            this.get = get;
            this.set = set;
            this.constants = type.getEnumConstants();
            this.bits = GolombCodes.bitsFor(constants.length);
            this.typeName = type.getName();
        }

        private int code(E e) {
            return e == null ? 0 : e.ordinal() + 1;
        }

        void capture(T o, int[] s, int base) { s[base + offset] = code(get.apply(o)); }
        void apply(int[] s, int base, T o) {
            int c = s[base + offset];
            set.accept(o, c == 0 ? null : constants[c - 1]);
        }
        void snap(T o) { }
        void copy(T from, T to) { set.accept(to, get.apply(from)); }
        void writeAbsolute(BitWriter w, int[] s, int base) { w.writeBits(s[base + offset], bits); }
        void readAbsolute(BitReader r, int[] s, int base) {
            int c = r.readBits(bits);
            if (c > constants.length) {
                throw new CodecException("field '" + name + "': enum code " + c + " but " + typeName
                        + " has " + constants.length + " constants");
            }
            s[base + offset] = c;
        }
        void writeDelta(BitWriter w, int[] b, int bb, int[] c, int cb) { writeAbsolute(w, c, cb); }
        void readDelta(BitReader r, int[] b, int bb, int[] out, int ob) { readAbsolute(r, out, ob); }
        String describe() { return "enum:" + typeName + "/" + constants.length; }
    }
}

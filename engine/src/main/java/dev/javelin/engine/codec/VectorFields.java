package dev.javelin.engine.codec;

import java.util.function.Function;
import org.joml.Vector2f;
import org.joml.Vector3f;

/**
 * Vector fields. Accessors return the object's own live vector, which is read and written in place, so
 * nothing is allocated.
 */
final class VectorFields {

    private VectorFields() {
    }

    /** A 2D vector, each component quantized; a delta sends only the components that moved. */
    static final class Vec2<T> extends Field<T> {
        private final Function<T, Vector2f> vector;
        private final Quantizer x;
        private final Quantizer y;

        Vec2(String name, int offset, FloatRange x, FloatRange y, Function<T, Vector2f> vector) {
            super(name, offset, 2);
            this.vector = vector;
            this.x = new Quantizer(x);
            this.y = new Quantizer(y);
        }

        void capture(T o, int[] s, int base) {
            Vector2f v = vector.apply(o);
            int i = base + offset;
            s[i] = x.quantize(v.x);
            s[i + 1] = y.quantize(v.y);
        }
        void apply(int[] s, int base, T o) {
            int i = base + offset;
            vector.apply(o).set(x.dequantize(s[i]), y.dequantize(s[i + 1]));
        }
        void snap(T o) {
            Vector2f v = vector.apply(o);
            v.set(x.dequantize(x.quantize(v.x)), y.dequantize(y.quantize(v.y)));
        }
        void copy(T from, T to) { vector.apply(to).set(vector.apply(from)); }
        void writeAbsolute(BitWriter w, int[] s, int base) {
            int i = base + offset;
            w.writeBits(s[i], x.bits);
            w.writeBits(s[i + 1], y.bits);
        }
        void readAbsolute(BitReader r, int[] s, int base) {
            int i = base + offset;
            s[i] = x.read(r, name);
            s[i + 1] = y.read(r, name);
        }
        void writeDelta(BitWriter w, int[] b, int bb, int[] c, int cb) {
            int bi = bb + offset;
            int ci = cb + offset;
            x.writeComponent(w, b[bi], c[ci]);
            y.writeComponent(w, b[bi + 1], c[ci + 1]);
        }
        void readDelta(BitReader r, int[] b, int bb, int[] out, int ob) {
            int bi = bb + offset;
            int oi = ob + offset;
            out[oi] = x.readComponent(r, b[bi], name);
            out[oi + 1] = y.readComponent(r, b[bi + 1], name);
        }
        String describe() { return "vec2" + x.describe() + y.describe(); }
    }

    /** A 3D vector, each component quantized with its own range. */
    static final class Vec3<T> extends Field<T> {
        private final Function<T, Vector3f> vector;
        private final Quantizer x;
        private final Quantizer y;
        private final Quantizer z;

        Vec3(String name, int offset, FloatRange x, FloatRange y, FloatRange z, Function<T, Vector3f> vector) {
            super(name, offset, 3);
            this.vector = vector;
            this.x = new Quantizer(x);
            this.y = new Quantizer(y);
            this.z = new Quantizer(z);
        }

        void capture(T o, int[] s, int base) {
            Vector3f v = vector.apply(o);
            int i = base + offset;
            s[i] = x.quantize(v.x);
            s[i + 1] = y.quantize(v.y);
            s[i + 2] = z.quantize(v.z);
        }
        void apply(int[] s, int base, T o) {
            int i = base + offset;
            vector.apply(o).set(x.dequantize(s[i]), y.dequantize(s[i + 1]), z.dequantize(s[i + 2]));
        }
        void snap(T o) {
            Vector3f v = vector.apply(o);
            v.set(x.dequantize(x.quantize(v.x)), y.dequantize(y.quantize(v.y)), z.dequantize(z.quantize(v.z)));
        }
        void copy(T from, T to) { vector.apply(to).set(vector.apply(from)); }
        void writeAbsolute(BitWriter w, int[] s, int base) {
            int i = base + offset;
            w.writeBits(s[i], x.bits);
            w.writeBits(s[i + 1], y.bits);
            w.writeBits(s[i + 2], z.bits);
        }
        void readAbsolute(BitReader r, int[] s, int base) {
            int i = base + offset;
            s[i] = x.read(r, name);
            s[i + 1] = y.read(r, name);
            s[i + 2] = z.read(r, name);
        }
        void writeDelta(BitWriter w, int[] b, int bb, int[] c, int cb) {
            int bi = bb + offset;
            int ci = cb + offset;
            x.writeComponent(w, b[bi], c[ci]);
            y.writeComponent(w, b[bi + 1], c[ci + 1]);
            z.writeComponent(w, b[bi + 2], c[ci + 2]);
        }
        void readDelta(BitReader r, int[] b, int bb, int[] out, int ob) {
            int bi = bb + offset;
            int oi = ob + offset;
            out[oi] = x.readComponent(r, b[bi], name);
            out[oi + 1] = y.readComponent(r, b[bi + 1], name);
            out[oi + 2] = z.readComponent(r, b[bi + 2], name);
        }
        String describe() { return "vec3" + x.describe() + y.describe() + z.describe(); }
    }

    /** A 3D vector of exact floats (sizes); a delta sends the changed components, 32 bits each. */
    static final class Float32Vec3<T> extends Field<T> {
        private final Function<T, Vector3f> vector;
        Float32Vec3(String name, int offset, Function<T, Vector3f> vector) {
            super(name, offset, 3);
            this.vector = vector;
        }

        void capture(T o, int[] s, int base) {
            Vector3f v = vector.apply(o);
            int i = base + offset;
            s[i] = Float.floatToRawIntBits(v.x);
            s[i + 1] = Float.floatToRawIntBits(v.y);
            s[i + 2] = Float.floatToRawIntBits(v.z);
        }
        void apply(int[] s, int base, T o) {
            int i = base + offset;
            vector.apply(o).set(Float.intBitsToFloat(s[i]), Float.intBitsToFloat(s[i + 1]), Float.intBitsToFloat(s[i + 2]));
        }
        void snap(T o) { }
        void copy(T from, T to) { vector.apply(to).set(vector.apply(from)); }
        void writeAbsolute(BitWriter w, int[] s, int base) {
            int i = base + offset;
            w.writeInt(s[i]);
            w.writeInt(s[i + 1]);
            w.writeInt(s[i + 2]);
        }
        void readAbsolute(BitReader r, int[] s, int base) {
            int i = base + offset;
            s[i] = r.readInt();
            s[i + 1] = r.readInt();
            s[i + 2] = r.readInt();
        }
        void writeDelta(BitWriter w, int[] b, int bb, int[] c, int cb) {
            for (int j = 0; j < 3; j++) {
                int cur = c[cb + offset + j];
                boolean changed = cur != b[bb + offset + j];
                w.writeBool(changed);
                if (changed) {
                    w.writeInt(cur);
                }
            }
        }
        void readDelta(BitReader r, int[] b, int bb, int[] out, int ob) {
            for (int j = 0; j < 3; j++) {
                out[ob + offset + j] = r.readBool() ? r.readInt() : b[bb + offset + j];
            }
        }
        String describe() { return "f32vec3"; }
    }
}

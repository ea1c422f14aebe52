package dev.javelin.engine.internal.wire;

import org.joml.Vector3f;

/**
 * A 3D vector: each component quantized (a delta sends only the components that moved), or, built with
 * no quantizers, exact floats (sizes), whose delta sends each changed component in 32 bits. Three slots.
 */
public final class Vec3Code {

    private final Quantizer x;
    private final Quantizer y;
    private final Quantizer z;

    public Vec3Code(Quantizer x, Quantizer y, Quantizer z) {
        this.x = x;
        this.y = y;
        this.z = z;
    }

    /** Exact floats. */
    public Vec3Code() {
        this(null, null, null);
    }

    public void capture(Vector3f v, int[] s, int i) {
        if (x == null) {
            s[i] = Float.floatToRawIntBits(v.x);
            s[i + 1] = Float.floatToRawIntBits(v.y);
            s[i + 2] = Float.floatToRawIntBits(v.z);
        } else {
            s[i] = x.quantize(v.x);
            s[i + 1] = y.quantize(v.y);
            s[i + 2] = z.quantize(v.z);
        }
    }

    public void apply(int[] s, int i, Vector3f v) {
        if (x == null) {
            v.set(Float.intBitsToFloat(s[i]), Float.intBitsToFloat(s[i + 1]), Float.intBitsToFloat(s[i + 2]));
        } else {
            v.set(x.dequantize(s[i]), y.dequantize(s[i + 1]), z.dequantize(s[i + 2]));
        }
    }

    public void snap(Vector3f v) {
        if (x != null) {
            v.set(x.snap(v.x), y.snap(v.y), z.snap(v.z));
        }
    }

    public boolean differs(int[] a, int ai, int[] b, int bi) {
        return a[ai] != b[bi] | a[ai + 1] != b[bi + 1] | a[ai + 2] != b[bi + 2];
    }

    public void write(BitWriter w, int[] s, int i) {
        if (x == null) {
            w.writeInt(s[i]);
            w.writeInt(s[i + 1]);
            w.writeInt(s[i + 2]);
        } else {
            x.write(w, s[i]);
            y.write(w, s[i + 1]);
            z.write(w, s[i + 2]);
        }
    }

    public void read(BitReader r, int[] s, int i) {
        if (x == null) {
            s[i] = r.readInt();
            s[i + 1] = r.readInt();
            s[i + 2] = r.readInt();
        } else {
            s[i] = x.read(r);
            s[i + 1] = y.read(r);
            s[i + 2] = z.read(r);
        }
    }

    public void writeDelta(BitWriter w, int[] b, int bi, int[] c, int ci) {
        if (x == null) {
            for (int j = 0; j < 3; j++) {
                int cur = c[ci + j];
                boolean changed = cur != b[bi + j];
                w.writeBool(changed);
                if (changed) {
                    w.writeInt(cur);
                }
            }
        } else {
            x.writeComponent(w, b[bi], c[ci]);
            y.writeComponent(w, b[bi + 1], c[ci + 1]);
            z.writeComponent(w, b[bi + 2], c[ci + 2]);
        }
    }

    public void readDelta(BitReader r, int[] b, int bi, int[] out, int oi) {
        if (x == null) {
            for (int j = 0; j < 3; j++) {
                out[oi + j] = r.readBool() ? r.readInt() : b[bi + j];
            }
        } else {
            out[oi] = x.readComponent(r, b[bi]);
            out[oi + 1] = y.readComponent(r, b[bi + 1]);
            out[oi + 2] = z.readComponent(r, b[bi + 2]);
        }
    }

    public String describe() {
        return x == null ? "f32vec3" : "vec3" + x.describe() + y.describe() + z.describe();
    }
}

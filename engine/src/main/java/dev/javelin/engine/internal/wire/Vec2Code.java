package dev.javelin.engine.internal.wire;

import org.joml.Vector2f;

/** A 2D vector, each component quantized; a delta sends only the components that moved. Two slots. */
public final class Vec2Code {

    private final Quantizer x;
    private final Quantizer y;

    public Vec2Code(Quantizer x, Quantizer y) {
        this.x = x;
        this.y = y;
    }

    public void capture(Vector2f v, int[] s, int i) {
        s[i] = x.quantize(v.x);
        s[i + 1] = y.quantize(v.y);
    }

    public void apply(int[] s, int i, Vector2f v) {
        v.set(x.dequantize(s[i]), y.dequantize(s[i + 1]));
    }

    public void snap(Vector2f v) {
        v.set(x.snap(v.x), y.snap(v.y));
    }

    public boolean differs(int[] a, int ai, int[] b, int bi) {
        return a[ai] != b[bi] | a[ai + 1] != b[bi + 1];
    }

    public void write(BitWriter w, int[] s, int i) {
        x.write(w, s[i]);
        y.write(w, s[i + 1]);
    }

    public void read(BitReader r, int[] s, int i) {
        s[i] = x.read(r);
        s[i + 1] = y.read(r);
    }

    public void writeDelta(BitWriter w, int[] b, int bi, int[] c, int ci) {
        x.writeComponent(w, b[bi], c[ci]);
        y.writeComponent(w, b[bi + 1], c[ci + 1]);
    }

    public void readDelta(BitReader r, int[] b, int bi, int[] out, int oi) {
        out[oi] = x.readComponent(r, b[bi]);
        out[oi + 1] = y.readComponent(r, b[bi + 1]);
    }

    public String describe() {
        return "vec2" + x.describe() + y.describe();
    }
}

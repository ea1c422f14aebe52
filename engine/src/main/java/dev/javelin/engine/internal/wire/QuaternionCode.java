package dev.javelin.engine.internal.wire;

import org.joml.Quaternionf;

/**
 * A unit quaternion as "smallest three": the index of the largest component (2 bits), made positive,
 * and the other three quantized to {@code bits} bits each over [-1/sqrt 2, 1/sqrt 2]; the largest is
 * rebuilt from the unit length. Four slots: index, then the three quantized components in index order.
 *
 * <p>Quantizing is idempotent: the encoder nudges a component toward zero when the rebuilt largest would
 * no longer be the largest, so that encoding a decoded quaternion picks the same index and the same
 * values. Decoding is plain float arithmetic plus {@code Math.sqrt}, identical on every machine.
 */
public final class QuaternionCode {

    private static final double RANGE = Math.sqrt(0.5);

    private final String name;
    private final int bits;
    private final int mid;
    private final double step;
    private final int k;

    public QuaternionCode(String name, int bits) {
        this.name = name;
        this.bits = bits;
        this.mid = (1 << (bits - 1)) - 1;
        this.step = RANGE / mid;
        this.k = Math.max(1, bits / 4 - 1);
    }

    /** Quantizes {@code q} into s[i .. i+3]. */
    void quantize(Quaternionf q, int[] s, int i) {
        long p = quantizePacked(q);
        s[i] = (int) (p >>> 48);
        s[i + 1] = (int) (p >>> 32) & 0xFFFF;
        s[i + 2] = (int) (p >>> 16) & 0xFFFF;
        s[i + 3] = (int) p & 0xFFFF;
    }

    /** The quantized quaternion as four 16-bit lanes: largest index, then the three small components. */
    long quantizePacked(Quaternionf q) {
        double x = q.x;
        double y = q.y;
        double z = q.z;
        double w = q.w;
        double norm = Math.sqrt(x * x + y * y + z * z + w * w);
        if (!(norm > 0) || Double.isInfinite(norm)) {
            x = 0;
            y = 0;
            z = 0;
            w = 1;
            norm = 1;
        }
        // Ties go to the lowest index, which the check below mirrors.
        int largest = 3;
        double best = Math.abs(w);
        if (Math.abs(z) >= best) {
            largest = 2;
            best = Math.abs(z);
        }
        if (Math.abs(y) >= best) {
            largest = 1;
            best = Math.abs(y);
        }
        if (Math.abs(x) >= best) {
            largest = 0;
        }
        double scale = (component(x, y, z, w, largest) < 0 ? -1.0 : 1.0) / norm / step;
        int a = 0;
        int b = 0;
        int c = 0;
        int j = 0;
        for (int n = 0; n < 4; n++) {
            if (n != largest) {
                long v = Math.round(component(x, y, z, w, n) * scale) + mid;
                int qv = (int) Math.max(0, Math.min(2L * mid, v));
                if (j == 0) {
                    a = qv;
                } else if (j == 1) {
                    b = qv;
                } else {
                    c = qv;
                }
                j++;
            }
        }
        // Nudge components toward zero until the rebuilt largest is strictly the largest.
        for (int guard = 0; guard < 3 * (mid + 1); guard++) {
            float fa = value(a);
            float fb = value(b);
            float fc = value(c);
            int bad = violator(largest, largest(fa, fb, fc), fa, fb, fc);
            if (bad < 0) {
                break;
            }
            if (bad == 0) {
                a += a > mid ? -1 : 1;
            } else if (bad == 1) {
                b += b > mid ? -1 : 1;
            } else {
                c += c > mid ? -1 : 1;
            }
        }
        return ((long) largest << 48) | ((long) a << 32) | ((long) b << 16) | c;
    }

    private static double component(double x, double y, double z, double w, int n) {
        return n == 0 ? x : n == 1 ? y : n == 2 ? z : w;
    }

    /** Which of the three small components (0..2) beats the rebuilt largest {@code big}, or -1. */
    private static int violator(int largest, float big, float a, float b, float c) {
        int pos = 0;
        for (int j = 0; j < 3; j++) {
            if (pos == largest) {
                pos++;
            }
            float v = Math.abs(j == 0 ? a : j == 1 ? b : c);
            if (v > big || (v == big && pos < largest)) {
                return j;
            }
            pos++;
        }
        return -1;
    }

    float value(int q) {
        return (float) ((q - mid) * step);
    }

    static float largest(float a, float b, float c) {
        double sum = (double) a * a + (double) b * b + (double) c * c;
        return (float) Math.sqrt(Math.max(0.0, 1.0 - sum));
    }

    void dequantize(int[] s, int i, Quaternionf out) {
        set(out, s[i], value(s[i + 1]), value(s[i + 2]), value(s[i + 3]));
    }

    public void capture(Quaternionf q, int[] s, int i) { quantize(q, s, i); }

    public void apply(int[] s, int i, Quaternionf q) { dequantize(s, i, q); }

    public void snap(Quaternionf q) {
        long p = quantizePacked(q);
        set(q, (int) (p >>> 48), value((int) (p >>> 32) & 0xFFFF), value((int) (p >>> 16) & 0xFFFF),
                value((int) p & 0xFFFF));
    }

    private static void set(Quaternionf out, int largest, float a, float b, float c) {
        float big = largest(a, b, c);
        switch (largest) {
            case 0 -> out.set(big, a, b, c);
            case 1 -> out.set(a, big, b, c);
            case 2 -> out.set(a, b, big, c);
            default -> out.set(a, b, c, big);
        }
    }

    public boolean differs(int[] a, int ai, int[] b, int bi) {
        return FieldCodes.differs(a, ai, b, bi, 4);
    }

    public void write(BitWriter w, int[] s, int i) {
        w.writeBits(s[i], 2);
        w.writeBits(s[i + 1], bits);
        w.writeBits(s[i + 2], bits);
        w.writeBits(s[i + 3], bits);
    }

    public void read(BitReader r, int[] s, int i) {
        s[i] = r.readBits(2);
        readComponents(r, s, i);
    }

    private void readComponents(BitReader r, int[] s, int i) {
        for (int j = 1; j <= 3; j++) {
            int q = r.readBits(bits);
            if (q > 2 * mid) {
                throw new CodecException("field '" + name + "': quaternion component " + q + " above " + 2 * mid);
            }
            s[i + j] = q;
        }
        checkUnit(s, i);
    }

    private void checkUnit(int[] s, int i) {
        double a = value(s[i + 1]);
        double b = value(s[i + 2]);
        double c = value(s[i + 3]);
        if (a * a + b * b + c * c > 1.0) {
            throw new CodecException("field '" + name + "': quaternion components longer than a unit quaternion");
        }
    }

    public void writeDelta(BitWriter w, int[] b, int bi, int[] c, int ci) {
        if (b[bi] != c[ci]) {
            w.writeBits(1, 1);
            write(w, c, ci);
            return;
        }
        w.writeBits(0, 1);
        for (int j = 1; j <= 3; j++) {
            int base = b[bi + j];
            int cur = c[ci + j];
            if (base == cur) {
                w.writeBits(0, 1);
            } else {
                w.writeBits(1, 1);
                GolombCodes.writeNonZeroDelta(w, (long) cur - base, k, FieldCodes.DELTA_ESCAPE, cur, bits);
            }
        }
    }

    public void readDelta(BitReader r, int[] b, int bi, int[] out, int oi) {
        if (r.readBool()) {
            read(r, out, oi);
            return;
        }
        out[oi] = b[bi];
        for (int j = 1; j <= 3; j++) {
            int base = b[bi + j];
            if (!r.readBool()) {
                out[oi + j] = base;
                continue;
            }
            long d = GolombCodes.readNonZeroDelta(r, k, FieldCodes.DELTA_ESCAPE);
            long v = d == GolombCodes.ESCAPED ? r.readBits(bits) : base + d;
            if (v < 0 || v > 2 * mid) {
                throw new CodecException("field '" + name + "': quaternion component " + v + " outside 0.." + 2 * mid);
            }
            out[oi + j] = (int) v;
        }
        checkUnit(out, oi);
    }


    public String describe() {
        return "quat" + bits;
    }
}

package dev.javelin.engine.rigid;

import java.util.Arrays;

/**
 * A convex shape in body coordinates: a circle, or a convex polygon (boxes are polygons). Immutable; made
 * with {@link #circle}, {@link #box} or {@link #polygon}, which check their arguments and say what is wrong.
 *
 * <p>Units: world units; the body's origin is (0, 0) and its angle 0. Threads: any (immutable).
 */
public final class Shape2D {

    /** What a shape is. */
    public enum Kind { CIRCLE, POLYGON }

    private final Kind kind;
    private final float radius;
    private final float centerX;
    private final float centerY;
    private final float[] vertices;

    private Shape2D(Kind kind, float radius, float centerX, float centerY, float[] vertices) {
        this.kind = kind;
        this.radius = radius;
        this.centerX = centerX;
        this.centerY = centerY;
        this.vertices = vertices;
    }

    /** A circle of {@code radius} centred on the body's origin. */
    public static Shape2D circle(float radius) {
        return circle(radius, 0f, 0f);
    }

    /** A circle of {@code radius} centred at ({@code centerX}, {@code centerY}) in body coordinates. */
    public static Shape2D circle(float radius, float centerX, float centerY) {
        if (!(radius > 0) || !Float.isFinite(radius)) {
            throw new IllegalArgumentException("circle radius must be positive and finite, was " + radius);
        }
        requireFinite("circle centre", centerX, centerY);
        return new Shape2D(Kind.CIRCLE, radius, centerX, centerY, null);
    }

    /** A box {@code width} by {@code height} centred on the body's origin. */
    public static Shape2D box(float width, float height) {
        return box(width, height, 0f, 0f, 0f);
    }

    /**
     * A box {@code width} by {@code height} centred at ({@code centerX}, {@code centerY}), turned by
     * {@code angle} radians. The corners are computed with {@link StrictMath}, so they are the same everywhere.
     */
    public static Shape2D box(float width, float height, float centerX, float centerY, float angle) {
        if (!(width > 0) || !(height > 0) || !Float.isFinite(width) || !Float.isFinite(height)) {
            throw new IllegalArgumentException("box sides must be positive and finite, were " + width + " x " + height);
        }
        requireFinite("box centre and angle", centerX, centerY, angle);
        float c = (float) StrictMath.cos(angle);
        float s = (float) StrictMath.sin(angle);
        float hw = width * 0.5f;
        float hh = height * 0.5f;
        float[] local = {-hw, -hh, hw, -hh, hw, hh, -hw, hh};
        float[] v = new float[8];
        for (int i = 0; i < 8; i += 2) {
            v[i] = centerX + local[i] * c - local[i + 1] * s;
            v[i + 1] = centerY + local[i] * s + local[i + 1] * c;
        }
        return new Shape2D(Kind.POLYGON, 0f, centerX, centerY, v);
    }

    /**
     * A convex polygon through {@code xy} (x0, y0, x1, y1, ...), 3 to 16 vertices, counter-clockwise (a
     * clockwise list is reversed). Fails on a concave or degenerate outline.
     */
    public static Shape2D polygon(float... xy) {
        if (xy == null || xy.length % 2 != 0 || xy.length < 6 || xy.length > 32) {
            throw new IllegalArgumentException("a polygon needs 3 to 16 vertices as x, y pairs, got "
                    + (xy == null ? "null" : xy.length + " numbers"));
        }
        requireFinite("polygon vertices", xy);
        float[] v = xy.clone();
        int n = v.length / 2;
        double area = 0;
        for (int i = 0; i < n; i++) {
            int j = (i + 1) % n;
            area += (double) v[2 * i] * v[2 * j + 1] - (double) v[2 * j] * v[2 * i + 1];
        }
        if (area == 0) {
            throw new IllegalArgumentException("polygon has no area: " + Arrays.toString(xy));
        }
        if (area < 0) {
            for (int i = 0, k = n - 1; i < k; i++, k--) {
                float x = v[2 * i];
                float y = v[2 * i + 1];
                v[2 * i] = v[2 * k];
                v[2 * i + 1] = v[2 * k + 1];
                v[2 * k] = x;
                v[2 * k + 1] = y;
            }
        }
        for (int i = 0; i < n; i++) {
            int j = (i + 1) % n;
            int k = (i + 2) % n;
            double cross = ((double) v[2 * j] - v[2 * i]) * ((double) v[2 * k + 1] - v[2 * j + 1])
                    - ((double) v[2 * j + 1] - v[2 * i + 1]) * ((double) v[2 * k] - v[2 * j]);
            if (cross <= 0) {
                throw new IllegalArgumentException("polygon is not strictly convex at vertex " + j + ": "
                        + Arrays.toString(xy));
            }
        }
        double cx = 0;
        double cy = 0;
        for (int i = 0; i < n; i++) {
            cx += v[2 * i];
            cy += v[2 * i + 1];
        }
        return new Shape2D(Kind.POLYGON, 0f, (float) (cx / n), (float) (cy / n), v);
    }

    private static void requireFinite(String what, float... values) {
        for (float f : values) {
            if (!Float.isFinite(f)) {
                throw new IllegalArgumentException(what + " must be finite, got " + f);
            }
        }
    }

    public Kind kind() {
        return kind;
    }

    /** The circle's radius; 0 for a polygon. */
    public float radius() {
        return radius;
    }

    /** The circle's centre, or the polygon's vertex average, x, in body coordinates. */
    public float centerX() {
        return centerX;
    }

    /** The circle's centre, or the polygon's vertex average, y, in body coordinates. */
    public float centerY() {
        return centerY;
    }

    /** Number of polygon vertices; 0 for a circle. */
    public int vertexCount() {
        return vertices == null ? 0 : vertices.length / 2;
    }

    /** X of polygon vertex {@code i}, counter-clockwise order. */
    public float vertexX(int i) {
        return vertices[2 * i];
    }

    /** Y of polygon vertex {@code i}. */
    public float vertexY(int i) {
        return vertices[2 * i + 1];
    }

    /** The largest distance from the body's origin to a point of the shape. */
    public float reach() {
        if (kind == Kind.CIRCLE) {
            return (float) Math.sqrt(centerX * centerX + centerY * centerY) + radius;
        }
        float r2 = 0f;
        for (int i = 0; i < vertices.length; i += 2) {
            r2 = Math.max(r2, vertices[i] * vertices[i] + vertices[i + 1] * vertices[i + 1]);
        }
        return (float) Math.sqrt(r2);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Shape2D s && s.kind == kind && Float.compare(s.radius, radius) == 0
                && Float.compare(s.centerX, centerX) == 0 && Float.compare(s.centerY, centerY) == 0
                && Arrays.equals(s.vertices, vertices);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(vertices) + Float.hashCode(radius) + 7 * Float.hashCode(centerX);
    }

    @Override
    public String toString() {
        return kind == Kind.CIRCLE ? "circle(r=" + radius + " at " + centerX + ", " + centerY + ")"
                : "polygon" + Arrays.toString(vertices);
    }
}

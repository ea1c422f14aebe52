package dev.javelin.physics.bullet;

import java.util.Arrays;

/**
 * The collision shape of a {@link RigidBody3D}, as plain immutable values: equal shapes share one Bullet
 * shape. Lengths in world units, in the body's own frame (centred on its position).
 *
 * <p>Threads: immutable, any thread.
 */
public sealed interface BodyShape {

    /** A box of half extents {@code halfX, halfY, halfZ}, all positive. */
    static BodyShape box(float halfX, float halfY, float halfZ) {
        return new Box(halfX, halfY, halfZ);
    }

    /** A sphere of {@code radius} (positive). */
    static BodyShape sphere(float radius) {
        return new Sphere(radius);
    }

    /** A capsule along z: a cylinder of {@code height} between two half spheres of {@code radius}. */
    static BodyShape capsule(float radius, float height) {
        return new Capsule(radius, height);
    }

    /** The convex hull of points given as x, y, z triples (at least 4 points, not all in one plane). */
    static BodyShape hull(float... xyz) {
        return new Hull(xyz);
    }

    /**
     * The static half-space below the plane {@code normal · p = constant}; the normal need not be unit length.
     * Only for static bodies.
     */
    static BodyShape plane(float normalX, float normalY, float normalZ, float constant) {
        return new Plane(normalX, normalY, normalZ, constant);
    }

    /** See {@link BodyShape#box}. */
    record Box(float halfX, float halfY, float halfZ) implements BodyShape {
        public Box {
            requirePositive(halfX, "halfX");
            requirePositive(halfY, "halfY");
            requirePositive(halfZ, "halfZ");
        }
    }

    /** See {@link BodyShape#sphere}. */
    record Sphere(float radius) implements BodyShape {
        public Sphere {
            requirePositive(radius, "radius");
        }
    }

    /** See {@link BodyShape#capsule}. */
    record Capsule(float radius, float height) implements BodyShape {
        public Capsule {
            requirePositive(radius, "radius");
            if (!(height >= 0f) || Float.isInfinite(height)) {
                throw new IllegalArgumentException("capsule height must be 0 or more, was " + height);
            }
        }
    }

    /** See {@link BodyShape#hull}; holds its own copy of the points. */
    record Hull(float[] xyz) implements BodyShape {
        public Hull {
            if (xyz == null || xyz.length < 12 || xyz.length % 3 != 0) {
                throw new IllegalArgumentException("a hull needs at least 4 points as x, y, z triples");
            }
            for (float f : xyz) {
                if (!Float.isFinite(f)) {
                    throw new IllegalArgumentException("hull points must be finite, got " + f);
                }
            }
            xyz = xyz.clone();
        }

        @Override
        public float[] xyz() {
            return xyz.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Hull h && Arrays.equals(xyz, h.xyz);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(xyz);
        }

        @Override
        public String toString() {
            return "Hull[" + xyz.length / 3 + " points]";
        }
    }

    /** See {@link BodyShape#plane}. */
    record Plane(float normalX, float normalY, float normalZ, float constant) implements BodyShape {
        public Plane {
            if (!(normalX * normalX + normalY * normalY + normalZ * normalZ > 0f) || !Float.isFinite(constant)) {
                throw new IllegalArgumentException("a plane needs a non-zero normal and a finite constant");
            }
        }
    }

    private static void requirePositive(float v, String name) {
        if (!(v > 0f) || Float.isInfinite(v)) {
            throw new IllegalArgumentException(name + " must be positive and finite, was " + v);
        }
    }
}

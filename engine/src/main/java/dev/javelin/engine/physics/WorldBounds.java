package dev.javelin.engine.physics;

/**
 * The shape of the world's edges on x and y. With {@link Mode#WRAP} the world is a torus: an object
 * leaving one side enters at the other, and collision tests measure distance the short way round.
 * With {@link Mode#CLAMP} objects stop at the walls and bounce with the physics' restitution. With
 * {@link Mode#NONE} the plane is unbounded. On z, 3D objects are kept within [{@code minZ}, {@code maxZ}]
 * in every mode (a floor for falling cubes).
 *
 * @param mode   how the x/y edges behave, never null
 * @param minX   left edge in world units
 * @param minY   bottom edge in world units
 * @param width  extent on x in world units; positive unless the mode is NONE
 * @param height extent on y in world units; positive unless the mode is NONE
 * @param minZ   lowest z for 3D objects' centres minus half their size
 * @param maxZ   highest z for 3D objects' centres plus half their size
 */
public record WorldBounds(Mode mode, float minX, float minY, float width, float height, float minZ, float maxZ) {

    /** How the x/y edges behave. */
    public enum Mode { NONE, CLAMP, WRAP }

    /** An unbounded plane. */
    public static final WorldBounds NONE = new WorldBounds(Mode.NONE, 0, 0, 0, 0,
            Float.NEGATIVE_INFINITY, Float.POSITIVE_INFINITY);

    public WorldBounds {
        if (mode == null) {
            throw new IllegalArgumentException("bounds mode must not be null");
        }
        if (mode != Mode.NONE && !(width > 0 && height > 0 && Float.isFinite(width) && Float.isFinite(height))) {
            throw new IllegalArgumentException("bounds width and height must be positive and finite for "
                    + mode + ", were " + width + " x " + height);
        }
        if (!(minZ <= maxZ)) {
            throw new IllegalArgumentException("bounds minZ must not exceed maxZ, were " + minZ + " and " + maxZ);
        }
    }

    /** A torus of {@code width} by {@code height} with its corner at the origin. */
    public static WorldBounds wrap(float width, float height) {
        return new WorldBounds(Mode.WRAP, 0, 0, width, height, Float.NEGATIVE_INFINITY, Float.POSITIVE_INFINITY);
    }

    /** A walled box of {@code width} by {@code height} with its corner at the origin. */
    public static WorldBounds clamp(float width, float height) {
        return new WorldBounds(Mode.CLAMP, 0, 0, width, height, Float.NEGATIVE_INFINITY, Float.POSITIVE_INFINITY);
    }

    /** The same bounds with a z range for 3D objects. */
    public WorldBounds withZ(float newMinZ, float newMaxZ) {
        return new WorldBounds(mode, minX, minY, width, height, newMinZ, newMaxZ);
    }

    public boolean wraps() {
        return mode == Mode.WRAP;
    }

    /** The shortest signed x offset from {@code from} to {@code to}, the wrap taken into account. */
    public float deltaX(float from, float to) {
        return wraps() ? wrapDelta(to - from, width) : to - from;
    }

    /** The shortest signed y offset from {@code from} to {@code to}, the wrap taken into account. */
    public float deltaY(float from, float to) {
        return wraps() ? wrapDelta(to - from, height) : to - from;
    }

    /** {@code x} mapped into [minX, minX + width) when wrapping; unchanged otherwise. */
    public float wrapX(float x) {
        return wraps() ? minX + wrapInto(x - minX, width) : x;
    }

    /** {@code y} mapped into [minY, minY + height) when wrapping; unchanged otherwise. */
    public float wrapY(float y) {
        return wraps() ? minY + wrapInto(y - minY, height) : y;
    }

    static float wrapInto(float v, float size) {
        float r = v % size;
        if (r < 0) {
            r += size;
        }
        // r + size can round up to size itself.
        return r >= size ? 0f : r;
    }

    private static float wrapDelta(float d, float size) {
        float r = d % size;
        if (r >= size * 0.5f) {
            r -= size;
        } else if (r < -size * 0.5f) {
            r += size;
        }
        return r;
    }
}

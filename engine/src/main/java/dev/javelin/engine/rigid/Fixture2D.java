package dev.javelin.engine.rigid;

/**
 * One shape of a body with its material and filter. Immutable; start from {@link #of(Shape2D)} and
 * change one property at a time ({@code Fixture2D.of(Shape2D.circle(0.5f)).density(2).restitution(0.4f)}).
 *
 * <p>Two fixtures may touch when {@code (a.category & b.mask) != 0 && (b.category & a.mask) != 0}: the
 * same rule as Box2D, dyn4j and Lance's {@code collidesWith}, in 32 bits. A sensor reports contacts and
 * pushes nothing.
 *
 * @param shape       the outline in body coordinates, never null
 * @param density     mass per square world unit, &gt; 0 (only the ratios between fixtures matter when the body
 *                    has an explicit mass)
 * @param friction    Coulomb friction coefficient, &ge; 0 (two fixtures mix as the square root of the product)
 * @param restitution bounciness, 0 (none) to 1 (elastic); two fixtures mix as the larger
 * @param sensor      true to detect contacts without responding to them
 * @param category    the bits this fixture is
 * @param mask        the bits this fixture touches
 */
public record Fixture2D(Shape2D shape, float density, float friction, float restitution, boolean sensor,
                        int category, int mask) {

    /** Category of a fixture that does not say: bit 0. */
    public static final int DEFAULT_CATEGORY = 1;
    /** Mask of a fixture that does not say: everything. */
    public static final int ALL = -1;

    public Fixture2D {
        if (shape == null) {
            throw new IllegalArgumentException("fixture shape must not be null");
        }
        if (!(density > 0) || !Float.isFinite(density)) {
            throw new IllegalArgumentException("fixture density must be positive, was " + density);
        }
        if (!(friction >= 0) || !Float.isFinite(friction)) {
            throw new IllegalArgumentException("fixture friction must be 0 or more, was " + friction);
        }
        if (!(restitution >= 0 && restitution <= 1)) {
            throw new IllegalArgumentException("fixture restitution must be within 0..1, was " + restitution);
        }
    }

    /** {@code shape} with density 1, friction 0.5, restitution 0, solid, category 1, touching everything. */
    public static Fixture2D of(Shape2D shape) {
        return new Fixture2D(shape, 1f, 0.5f, 0f, false, DEFAULT_CATEGORY, ALL);
    }

    public Fixture2D density(float value) {
        return new Fixture2D(shape, value, friction, restitution, sensor, category, mask);
    }

    public Fixture2D friction(float value) {
        return new Fixture2D(shape, density, value, restitution, sensor, category, mask);
    }

    public Fixture2D restitution(float value) {
        return new Fixture2D(shape, density, friction, value, sensor, category, mask);
    }

    public Fixture2D sensor(boolean value) {
        return new Fixture2D(shape, density, friction, restitution, value, category, mask);
    }

    /** This fixture in {@code categoryBits}, touching fixtures in {@code maskBits}. */
    public Fixture2D filter(int categoryBits, int maskBits) {
        return new Fixture2D(shape, density, friction, restitution, sensor, categoryBits, maskBits);
    }

    /** True if the category and mask rule lets {@code this} and {@code other} touch. */
    public boolean canTouch(Fixture2D other) {
        return canTouch(category, mask, other.category, other.mask);
    }

    /** The category and mask rule on raw bits. */
    public static boolean canTouch(int categoryA, int maskA, int categoryB, int maskB) {
        return (categoryA & maskB) != 0 && (categoryB & maskA) != 0;
    }
}

package dev.javelin.engine.physics;

import dev.javelin.engine.world.GameObject;
import dev.javelin.engine.rigid.Fixture2D;
import dev.javelin.engine.rigid.PhysicalObject2D;

/**
 * Which pairs of objects may collide in {@link SimplePhysicsEngine}: Lance's {@code collidesWith}, as one
 * function of both objects. A pair it refuses is neither reported nor pushed apart. It must be a pure
 * function of the objects' networked fields, or server and clients would disagree.
 *
 * <p>Threads: called on the simulation thread during a step, with {@code a.id() < b.id()}.
 */
@FunctionalInterface
public interface PairFilter {

    /** True if {@code a} and {@code b} may collide. */
    boolean canCollide(GameObject a, GameObject b);

    /** Every pair collides. */
    PairFilter ALL = (a, b) -> true;

    /**
     * Categories and masks: a {@link PhysicalObject2D} is in the union of its fixtures' categories and touches
     * the union of their masks; any other object is category 1 and touches everything. The pair collides
     * when each one's category is in the other's mask. The default of {@link SimplePhysicsEngine}.
     */
    PairFilter CATEGORIES = (a, b) -> Fixture2D.canTouch(category(a), mask(a), category(b), mask(b));

    private static int category(GameObject o) {
        return o instanceof PhysicalObject2D p ? p.categoryBits() : Fixture2D.DEFAULT_CATEGORY;
    }

    private static int mask(GameObject o) {
        return o instanceof PhysicalObject2D p ? p.maskBits() : Fixture2D.ALL;
    }
}

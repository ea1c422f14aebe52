package dev.javelin.engine.physics;

import dev.javelin.engine.world.GameObject;
import java.util.List;

/**
 * Finds the pairs of objects whose boxes overlap. Implementations differ only in how they find
 * candidates; all of them confirm a candidate with {@link Overlap#test}, so every implementation
 * reports exactly the same pairs.
 *
 * <p>Threads: one detector belongs to one physics engine on one thread; it keeps scratch buffers.
 */
public interface CollisionDetector {

    /**
     * Fills {@code out} with the index pairs (i &lt; j) into {@code objects} that overlap, sorted and
     * without duplicates. {@code objects} is in ascending id order.
     */
    void detect(List<GameObject> objects, WorldBounds bounds, PairList out);

    /** The detectors a physics configuration can name. */
    enum Kind {
        BRUTE_FORCE, SPATIAL_HASH;

        /** A new detector of this kind; {@code cellSize} is used by the spatial hash only. */
        public CollisionDetector create(float cellSize) {
            return this == BRUTE_FORCE ? new BruteForceDetector() : new SpatialHashDetector(cellSize);
        }
    }
}

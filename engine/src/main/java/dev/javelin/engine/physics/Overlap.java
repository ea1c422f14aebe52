package dev.javelin.engine.physics;

import dev.javelin.engine.world.GameObject;
import dev.javelin.engine.world.PhysicalObject3D;

/** The one narrow-phase test every detector uses: axis-aligned boxes, the wrap taken into account. */
public final class Overlap {

    private Overlap() {
    }

    /** True if the boxes of {@code a} and {@code b} overlap (touching edges do not count). */
    public static boolean test(GameObject a, GameObject b, WorldBounds bounds) {
        float dx = Math.abs(bounds.deltaX(a.x(), b.x()));
        if (dx >= (a.extentX() + b.extentX()) * 0.5f) {
            return false;
        }
        float dy = Math.abs(bounds.deltaY(a.y(), b.y()));
        if (dy >= (a.extentY() + b.extentY()) * 0.5f) {
            return false;
        }
        if (a instanceof PhysicalObject3D p && b instanceof PhysicalObject3D q) {
            return Math.abs(p.z() - q.z()) < (p.size.z + q.size.z) * 0.5f;
        }
        return true;
    }
}

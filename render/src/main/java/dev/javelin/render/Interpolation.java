package dev.javelin.render;

import dev.javelin.engine.world.DynamicObject;
import dev.javelin.engine.world.GameObject;
import dev.javelin.engine.world.PhysicalObject3D;
import dev.javelin.engine.physics.WorldBounds;

/**
 * Blends an object's state between two published steps, as the renderer draws it:
 * {@code lerp(previous, current, alpha)} with {@code alpha = (now - stepTime) / stepPeriod}.
 *
 * <p>Game fields blend as the class's own {@link GameObject#interpolate} says (positions linearly,
 * angles the short way round, quaternions by slerp, discrete fields switch at alpha 1). On top of that,
 * positions of {@link DynamicObject}s and {@link PhysicalObject3D}s move the short way across a wrapping
 * world's edge and land wrapped inside it, so an object that crosses the edge is never drawn sweeping
 * back across the whole world; and a jump longer than {@code snapDistance} (a teleport, a respawn) is
 * shown at the current state at once rather than slid across. Pure function of its arguments; any thread.
 */
public final class Interpolation {

    private Interpolation() {
    }

    /**
     * Writes into {@code out} the state a fraction {@code alpha} (0..1) of the way from {@code previous} to
     * {@code current}, and returns it.
     *
     * @param previous     state at the earlier step, never null
     * @param current      state at the later step, same class
     * @param alpha        0 gives previous, 1 gives current
     * @param bounds       the world's edges, never null
     * @param snapDistance world units; a move longer than this is not blended (use
     *                     {@link Float#POSITIVE_INFINITY} to always blend)
     * @param out          the object to write, of the same class as the others, distinct from both
     */
    public static GameObject lerp(GameObject previous, GameObject current, float alpha, WorldBounds bounds,
                                  float snapDistance, GameObject out) {
        if (previous == current) {
            out.syncTo(current);
            return out;
        }
        out.interpolate(previous, current, alpha);
        if (out instanceof DynamicObject d) {
            DynamicObject a = (DynamicObject) previous;
            DynamicObject b = (DynamicObject) current;
            float dx = bounds.deltaX(a.position.x, b.position.x);
            float dy = bounds.deltaY(a.position.y, b.position.y);
            if (dx * dx + dy * dy > snapDistance * snapDistance) {
                out.syncTo(current);
            } else {
                d.position.set(bounds.wrapX(a.position.x + dx * alpha), bounds.wrapY(a.position.y + dy * alpha));
            }
        } else if (out instanceof PhysicalObject3D p) {
            PhysicalObject3D a = (PhysicalObject3D) previous;
            PhysicalObject3D b = (PhysicalObject3D) current;
            float dx = bounds.deltaX(a.position.x, b.position.x);
            float dy = bounds.deltaY(a.position.y, b.position.y);
            float dz = b.position.z - a.position.z;
            if (dx * dx + dy * dy + dz * dz > snapDistance * snapDistance) {
                out.syncTo(current);
            } else {
                p.position.x = bounds.wrapX(a.position.x + dx * alpha);
                p.position.y = bounds.wrapY(a.position.y + dy * alpha);
            }
        }
        return out;
    }
}

package dev.javelin.physics.bullet;

import dev.javelin.engine.world.PhysicalObject3D;

/**
 * The nearest object a ray met.
 *
 * @param object   the object hit, live in the world the ray was cast in
 * @param fraction where along the ray, 0 (its start) to 1 (its end)
 *
 * <p>Threads: the simulation thread (the object is live).
 */
public record BulletRayHit(PhysicalObject3D object, float fraction) {
}

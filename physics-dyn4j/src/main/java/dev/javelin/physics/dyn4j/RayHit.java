package dev.javelin.physics.dyn4j;

import dev.javelin.engine.rigid.PhysicalObject2D;

/**
 * Where a ray met a body. Immutable; made on the simulation thread, which alone may touch {@code body}.
 *
 * @param body     the body hit, never null
 * @param fixture  the index of the fixture hit in {@link PhysicalObject2D#fixtures()}
 * @param x        the point hit, world units
 * @param y        the point hit
 * @param normalX  the surface normal there, a unit vector pointing out of the body
 * @param normalY  the surface normal
 * @param distance from the ray's start to the point, world units
 */
public record RayHit(PhysicalObject2D body, int fixture, float x, float y, float normalX, float normalY,
                     float distance) {
}

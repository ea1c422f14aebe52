package dev.javelin.cubes.game;

import dev.javelin.physics.bullet.BodyShape;
import dev.javelin.physics.bullet.RigidBody3D;

/**
 * The static ground, a slab whose top is z = 0 (a box rather than a plane: Bullet's box-box test gives a
 * resting cube four contacts at once). Sent once, when a client joins. Threads: the simulation thread.
 */
public class Floor extends RigidBody3D {

    static final float HALF_WIDTH = 64f;

    public Floor() {
        shape = BodyShape.box(HALF_WIDTH, HALF_WIDTH, 1f);
        position.z = -1f;
        isStatic = true;
        friction = 0.8f;
    }
}

package dev.javelin.cubes.game;

import dev.javelin.physics.bullet.BodyShape;
import dev.javelin.physics.bullet.RigidBody3D;

/**
 * One of the pile's unit cubes (1 m, 1 kg). Its shape and material come from this constructor, so they
 * need not travel on the network. Threads: the simulation thread.
 */
public class Cube extends RigidBody3D {

    static final BodyShape UNIT = BodyShape.box(0.5f, 0.5f, 0.5f);

    public Cube() {
        shape = UNIT;
        friction = 0.6f;
        restitution = 0.1f;
        linearDamping = 0.05f;
        angularDamping = 0.1f;
    }
}

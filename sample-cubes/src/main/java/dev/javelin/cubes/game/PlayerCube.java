package dev.javelin.cubes.game;

import dev.javelin.physics.bullet.BodyShape;

/** A player's cube: 2 m and 8 kg, driven by its owner's inputs. Threads: the simulation thread. */
public class PlayerCube extends Cube {

    static final float HALF = 1f;
    static final BodyShape BIG = BodyShape.box(HALF, HALF, HALF);

    public PlayerCube() {
        shape = BIG;
        size.set(2f, 2f, 2f);
        mass = 8f;
        friction = 0.8f;
    }
}

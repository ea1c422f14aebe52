package dev.javelin.sample.game;

import dev.javelin.engine.schema.Net;
import dev.javelin.engine.world.DynamicObject;

/** A shot. The firing client predicts it; the server's copy replaces it by its prediction key. */
public class Missile extends DynamicObject {

    public static final float SIZE = 6f;

    /** Step after which the server removes it. */
    @Net(bits = 32, signed = true)
    public int expiresAtStep;

    public Missile() {
        super(0, 0, SIZE, SIZE);
    }
}

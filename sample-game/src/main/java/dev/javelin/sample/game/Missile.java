package dev.javelin.sample.game;

import dev.javelin.engine.world.DynamicObject;
import dev.javelin.engine.world.GameObject;

/** A shot. The firing client predicts it; the server's copy replaces it by its prediction key. */
public class Missile extends DynamicObject {

    public static final float SIZE = 6f;

    /** Step after which the server removes it. */
    public int expiresAtStep;

    public Missile() {
        super(0, 0, SIZE, SIZE);
    }

    @Override
    public void syncTo(GameObject other) {
        super.syncTo(other);
        expiresAtStep = ((Missile) other).expiresAtStep;
    }
}

package dev.javelin.sample.game;

import dev.javelin.engine.schema.Net;
import dev.javelin.engine.world.DynamicObject;

/** A rock of level 3 (large), 2 or 1 (small); a hit splits it into two of the next level down. */
public class Asteroid extends DynamicObject {

    @Net(bits = 2)
    public int level = 3;

    public Asteroid() {
        this(3);
    }

    public Asteroid(int level) {
        this.level = level;
        width = sizeOf(level);
        height = sizeOf(level);
    }

    /** Edge of an asteroid of {@code level}, in world units. */
    public static float sizeOf(int level) {
        return 18f * level;
    }
}

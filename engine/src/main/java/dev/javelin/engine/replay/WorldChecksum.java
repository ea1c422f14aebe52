package dev.javelin.engine.replay;

import dev.javelin.engine.world.DynamicObject;
import dev.javelin.engine.world.GameObject;
import dev.javelin.engine.world.GameWorld;
import java.util.List;

/**
 * A 32-bit checksum of a world's objects, in id order: each object's id, owner, room, class and box, and a
 * {@link DynamicObject}'s velocity, angle and angular velocity, bit for bit. Two engines fed the same inputs agree
 * on it at every step; one that went its own way differs within a step or two. Stateless; any thread that owns
 * the world.
 */
public final class WorldChecksum {

    private WorldChecksum() {
    }

    /** The checksum of every object of {@code world}. Allocates nothing. */
    public static int of(GameWorld world) {
        List<GameObject> objects = world.objects();
        int h = 0x811c9dc5;
        for (int i = 0, n = objects.size(); i < n; i++) {
            h = mix(h, of(objects.get(i)));
        }
        return h;
    }

    /** The checksum of one object's state (its id included). */
    public static int of(GameObject o) {
        int h = mix(0x9747b28c, o.id());
        h = mix(h, o.ownerId());
        h = mix(h, o.roomId());
        h = mix(h, o.getClass().getName().hashCode());
        h = mix(h, Float.floatToIntBits(o.x()));
        h = mix(h, Float.floatToIntBits(o.y()));
        h = mix(h, Float.floatToIntBits(o.extentX()));
        h = mix(h, Float.floatToIntBits(o.extentY()));
        if (o instanceof DynamicObject d) {
            h = mix(h, Float.floatToIntBits(d.velocity.x));
            h = mix(h, Float.floatToIntBits(d.velocity.y));
            h = mix(h, Float.floatToIntBits(d.angle));
            h = mix(h, Float.floatToIntBits(d.angularVelocity));
        }
        return h;
    }

    private static int mix(int h, int v) {
        h ^= v;
        h *= 0x01000193;
        return h ^ (h >>> 15);
    }
}

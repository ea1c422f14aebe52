package dev.javelin.engine.server;

import dev.javelin.engine.GameObject;
import dev.javelin.engine.GameWorld;
import dev.javelin.engine.physics.WorldBounds;
import java.util.List;

/**
 * Decides which objects a player receives. The server first keeps a player to its own room; the policy
 * then filters within it. Called on the server's simulation thread once per player per snapshot, for
 * every object of the player's room; it must be cheap and must not change the world.
 */
@FunctionalInterface
public interface InterestPolicy {

    /**
     * True if {@code player} should receive {@code object}.
     *
     * @param owned the player's own objects (those it drives), in id order; never null, may be empty
     */
    boolean isRelevant(ServerPlayer player, List<GameObject> owned, GameObject object, GameWorld world);

    /** Everything in the player's room (the default). */
    static InterestPolicy everything() {
        return (player, owned, object, world) -> true;
    }

    /**
     * The player's own objects, plus everything within {@code radius} world units of any of them (the
     * distance measured the short way round a wrapping world). A player with no objects sees only what it
     * owns.
     */
    static InterestPolicy radius(float radius, WorldBounds bounds) {
        if (!(radius > 0)) {
            throw new IllegalArgumentException("interest radius must be positive, was " + radius);
        }
        float r2 = radius * radius;
        return (player, owned, object, world) -> {
            if (object.ownerId() == player.id()) {
                return true;
            }
            for (int i = 0, n = owned.size(); i < n; i++) {
                GameObject o = owned.get(i);
                float dx = bounds.deltaX(o.x(), object.x());
                float dy = bounds.deltaY(o.y(), object.y());
                if (dx * dx + dy * dy <= r2) {
                    return true;
                }
            }
            return false;
        };
    }
}

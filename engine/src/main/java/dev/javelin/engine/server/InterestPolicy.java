package dev.javelin.engine.server;

import dev.javelin.engine.world.GameObject;
import dev.javelin.engine.world.GameWorld;
import dev.javelin.engine.physics.WorldBounds;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * Decides which objects a player receives. The policy proposes; the server then keeps a player to its own
 * room. Called on the server's simulation thread: {@link #prepare} once per step that sends snapshots, then
 * {@link #select} once per player receiving one. It must be cheap and must not change the world.
 *
 * <p>A simple policy implements {@link #isRelevant} alone, and is asked about every object for every player. A
 * policy for large worlds also overrides {@link #prepare} (to index the world) and {@link #select} (to visit
 * only the candidates), as {@link #radius} does.
 */
@FunctionalInterface
public interface InterestPolicy {

    /**
     * True if {@code player} should receive {@code object}.
     *
     * @param owned the player's own objects (those it drives), in id order; never null, may be empty
     */
    boolean isRelevant(ServerPlayer player, List<GameObject> owned, GameObject object, GameWorld world);

    /** Called once per step that sends snapshots, before any {@link #select}: the place to index the world. */
    default void prepare(GameWorld world) {
    }

    /**
     * Reports to {@code out} the index in {@code world.objects()} of every object {@code player} should receive, in
     * any order; an index may be reported more than once. The default asks {@link #isRelevant} about every object.
     *
     * @param owned the player's own objects, in id order; never null, may be empty
     */
    default void select(ServerPlayer player, List<GameObject> owned, GameWorld world, IntConsumer out) {
        List<GameObject> objects = world.objects();
        for (int i = 0, n = objects.size(); i < n; i++) {
            if (isRelevant(player, owned, objects.get(i), world)) {
                out.accept(i);
            }
        }
    }

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
        if (bounds == null) {
            throw new IllegalArgumentException("bounds must not be null (use WorldBounds.NONE)");
        }
        return new RadiusInterest(radius, bounds);
    }
}

package dev.javelin.engine.sync;

import dev.javelin.engine.GameEngine;
import dev.javelin.engine.world.GameObject;
import dev.javelin.engine.world.GameWorld;
import java.util.List;
import java.util.Map;

/**
 * Applies a {@link WorldUpdate} to a client world: destroys first, then the carried states. A carried
 * object the client lacks is created, unless it answers a prediction (same class, owner and non-zero
 * {@link GameObject#predictionKey()} as a client-range object), in which case it silently replaces the
 * predicted copy and is shown, at first, where the prediction was.
 */
final class WorldPatch {

    private WorldPatch() {
    }

    /**
     * @param shownBefore if not null, receives for each carried object that existed (or was predicted)
     *                    its display copy from before the patch, keyed by the server id
     */
    static void apply(WorldUpdate update, GameEngine game, Map<Integer, GameObject> shownBefore) {
        GameWorld world = game.world();
        for (int id : update.destroyed()) {
            game.removeObject(id);
        }
        for (GameObject state : update.carried()) {
            GameObject existing = world.get(state.id());
            if (existing != null && existing.getClass() == state.getClass()) {
                if (shownBefore != null) {
                    shownBefore.put(state.id(), existing.displayCopy());
                }
                existing.syncTo(state);
                continue;
            }
            if (existing != null) {
                // The same id with another class: the server reused it; the old object is gone.
                game.removeObject(existing.id());
            }
            GameObject predicted = findPrediction(world, state);
            if (predicted != null) {
                if (shownBefore != null) {
                    shownBefore.put(state.id(), predicted.displayCopy());
                }
                world.remove(predicted.id());
                world.add(state);
            } else {
                game.addObject(state);
            }
        }
    }

    private static GameObject findPrediction(GameWorld world, GameObject state) {
        if (state.predictionKey() == 0) {
            return null;
        }
        List<GameObject> objects = world.objects();
        for (int i = objects.size() - 1; i >= 0 && GameWorld.isClientId(objects.get(i).id()); i--) {
            GameObject o = objects.get(i);
            if (o.getClass() == state.getClass() && o.ownerId() == state.ownerId()
                    && o.predictionKey() == state.predictionKey()) {
                return o;
            }
        }
        return null;
    }
}

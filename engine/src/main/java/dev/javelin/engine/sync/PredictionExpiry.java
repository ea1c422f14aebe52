package dev.javelin.engine.sync;

import dev.javelin.engine.world.GameObject;
import dev.javelin.engine.world.GameWorld;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Drops the objects a client predicted (client-range ids with a non-zero
 * {@link GameObject#predictionKey()}) that the server never confirmed. The server's copy of an object
 * predicted at time T should be on the client by T + one round trip + one snapshot interval (the input
 * travels one way, waits at most an interval for a snapshot, which travels back); a prediction still
 * unconfirmed one round trip and one interval after that (a lost snapshot, jitter) was refused, or its
 * object died on the server before any snapshot carried it, and is removed.
 *
 * <p>Threads: the client's simulation thread.
 */
final class PredictionExpiry {

    private final Map<Integer, Long> predictedAt = new HashMap<>();

    /** Removes expired predictions from {@code ctx}'s world; call once per client step, after stepping. */
    void expire(ClientContext ctx) {
        GameWorld world = ctx.game().world();
        long now = ctx.nowNanos();
        long limit = 2 * (ctx.rttNanos() + ctx.snapshotIntervalNanos());
        List<GameObject> objects = world.objects();
        for (int i = objects.size() - 1; i >= 0 && GameWorld.isClientId(objects.get(i).id()); i--) {
            GameObject o = objects.get(i);
            if (o.predictionKey() == 0) {
                continue;
            }
            long since = predictedAt.computeIfAbsent(o.id(), id -> now);
            if (now - since > limit) {
                ctx.game().removeObject(o.id());
                ctx.stats().addExpiredPrediction();
            }
        }
        if (!predictedAt.isEmpty()) {
            predictedAt.keySet().removeIf(id -> !world.contains(id));
        }
    }
}

package dev.javelin.engine.testgame;

import dev.javelin.engine.client.ClientEngine;
import dev.javelin.engine.world.GameObject;
import dev.javelin.engine.world.GameWorld;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Counts, after every step of a client, its objects of one class per prediction key: how many a key ever had
 * at once, which keys the client predicted (an object with a client-range id), and which of those were handed
 * over to the server's copy (the same key later on a server id). For tests over any transport; the counters are
 * written on the client's simulation thread and read after it stopped or under the test's own wait.
 */
public final class PredictionCensus {

    private final Class<? extends GameObject> type;
    private final Map<Integer, Integer> lastId = new HashMap<>();
    private final Set<Integer> predicted = new HashSet<>();
    private final Set<Integer> handedOver = new HashSet<>();
    private volatile int mostAtOnce;
    private volatile String mostAt = "";
    private volatile int steps;

    private PredictionCensus(Class<? extends GameObject> type) {
        this.type = type;
    }

    /** Starts counting {@code type}'s objects on {@code client}; call before the client starts. */
    public static PredictionCensus of(ClientEngine client, Class<? extends GameObject> type) {
        PredictionCensus census = new PredictionCensus(type);
        client.addStepListener((c, due) -> census.observe(c.game().world()));
        return census;
    }

    private synchronized void observe(GameWorld world) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (GameObject o : world.objects()) {
            if (!type.isInstance(o) || o.predictionKey() == 0) {
                continue;
            }
            int key = o.predictionKey();
            int n = counts.merge(key, 1, Integer::sum);
            if (n > mostAtOnce) {
                mostAtOnce = n;
                mostAt = "key " + key + " at step " + world.stepCount();
            }
            if (GameWorld.isClientId(o.id())) {
                predicted.add(key);
            }
            Integer before = lastId.put(key, o.id());
            if (before != null && GameWorld.isClientId(before) && !GameWorld.isClientId(o.id())) {
                handedOver.add(key);
            }
        }
        steps++;
    }

    /** The most objects one prediction key had in any step (1 when predictions and server copies never overlap). */
    public int mostAtOnce() {
        return mostAtOnce;
    }

    /** Where {@link #mostAtOnce()} was seen. */
    public String mostAt() {
        return mostAt;
    }

    public synchronized int predicted() {
        return predicted.size();
    }

    public synchronized int handedOver() {
        return handedOver.size();
    }

    /** Client steps observed. */
    public int steps() {
        return steps;
    }
}

package dev.javelin.net;

import dev.javelin.engine.GameEngine;
import dev.javelin.engine.world.GameObject;
import dev.javelin.engine.world.GameWorld;
import dev.javelin.engine.client.ClientEngine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A copy of a world's objects (id, owner, position) published by its own simulation thread after every step, so
 * a test thread can read it safely while the engines run.
 */
final class WorldWatch {

    /** One object as published. */
    record Seen(int id, int owner, float x, float y) {
    }

    private volatile Map<Integer, Seen> objects = Map.of();

    /** Watches a client's world; call before the client starts. */
    static WorldWatch of(ClientEngine client) {
        WorldWatch w = new WorldWatch();
        client.addStepListener((c, due) -> w.publish(c.game().world()));
        return w;
    }

    /** Watches a server's world, published at the end of each of its steps. */
    static WorldWatch ofServer(GameEngine game) {
        WorldWatch w = new WorldWatch();
        game.events().postStep.subscribe((step, reenact) -> w.publish(game.world()));
        return w;
    }

    private void publish(GameWorld world) {
        Map<Integer, Seen> now = new TreeMap<>();
        for (GameObject o : world.objects()) {
            now.put(o.id(), new Seen(o.id(), o.ownerId(), o.x(), o.y()));
        }
        objects = now;
    }

    /** The objects as last published, by id. */
    Map<Integer, Seen> objects() {
        return objects;
    }

    /** The id of the first object owned by {@code player}, or 0. */
    int firstOwnedBy(int player) {
        for (Seen s : objects.values()) {
            if (s.owner() == player) {
                return s.id();
            }
        }
        return 0;
    }

    /** How {@code shown} differs from this world: missing and extra ids, positions further apart than {@code tolerance}. */
    List<String> differencesFrom(WorldWatch shown, float tolerance) {
        Map<Integer, Seen> truth = objects;
        Map<Integer, Seen> other = shown.objects;
        List<String> out = new ArrayList<>();
        for (Seen s : truth.values()) {
            Seen o = other.get(s.id());
            if (o == null) {
                out.add("missing " + s.id());
            } else if (Math.abs(o.x() - s.x()) > tolerance || Math.abs(o.y() - s.y()) > tolerance) {
                out.add(s.id() + " at " + s.x() + "," + s.y() + " shown at " + o.x() + "," + o.y());
            }
        }
        for (Seen o : other.values()) {
            if (!truth.containsKey(o.id())) {
                out.add("extra " + o.id());
            }
        }
        return out;
    }
}

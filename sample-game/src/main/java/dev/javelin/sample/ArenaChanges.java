package dev.javelin.sample;

import dev.javelin.engine.view.RenderObject;
import dev.javelin.engine.view.RenderState;
import dev.javelin.sample.game.Asteroid;
import dev.javelin.sample.game.Ship;
import java.util.HashMap;
import java.util.Map;

/**
 * What changed in the arena between two published states, as the render thread sees it: an asteroid gone
 * (it was shot: the server removes rocks for no other reason), a ship destroyed (its alive flag fell), a
 * pilot whose ship appeared or went. The client's engine reports no joins or leaves of other players, so
 * the ships are the evidence. Render thread only.
 */
final class ArenaChanges {

    /** Receives the changes found by {@link #update}; render thread. */
    interface Listener {
        void asteroidDestroyed(float x, float y, int level);

        void shipDestroyed(float x, float y, String name, int ownerId);

        void pilotJoined(String name, int ownerId);

        void pilotLeft(String name, int ownerId);
    }

    private record Seen(float x, float y, int level, boolean alive, String name, int ownerId) {
    }

    private Map<Integer, Seen> rocks = new HashMap<>();
    private Map<Integer, Seen> ships = new HashMap<>();
    private Map<Integer, Seen> nextRocks = new HashMap<>();
    private Map<Integer, Seen> nextShips = new HashMap<>();
    private RenderState last;

    /** Compares {@code state} with the state given last and tells {@code listener}; the first state tells nothing. */
    void update(RenderState state, Listener listener) {
        if (state == null || state == last) {
            return;
        }
        boolean first = last == null;
        last = state;
        nextRocks.clear();
        nextShips.clear();
        for (RenderObject o : state.objects()) {
            if (o.current() instanceof Asteroid a) {
                nextRocks.put(a.id(), new Seen(a.position.x, a.position.y, a.level, true, "", 0));
            } else if (o.current() instanceof Ship s) {
                nextShips.put(s.id(), new Seen(s.position.x, s.position.y, 0, s.alive, s.name, s.ownerId()));
            }
        }
        if (!first) {
            rocks.forEach((id, r) -> {
                if (!nextRocks.containsKey(id)) {
                    listener.asteroidDestroyed(r.x(), r.y(), r.level());
                }
            });
            nextShips.forEach((id, now) -> {
                Seen before = ships.get(id);
                if (before == null) {
                    listener.pilotJoined(now.name(), now.ownerId());
                } else if (before.alive() && !now.alive()) {
                    listener.shipDestroyed(before.x(), before.y(), now.name(), now.ownerId());
                }
            });
            ships.forEach((id, before) -> {
                if (!nextShips.containsKey(id)) {
                    listener.pilotLeft(before.name(), before.ownerId());
                }
            });
        }
        Map<Integer, Seen> swap = rocks;
        rocks = nextRocks;
        nextRocks = swap;
        swap = ships;
        ships = nextShips;
        nextShips = swap;
    }
}

package dev.javelin.engine.server;

import dev.javelin.engine.GameEngine;
import dev.javelin.engine.world.GameObject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Disposes of rooms nobody is in: a room (other than the default room, id 0) with no player present,
 * connected or within its reconnect grace, for {@code graceNanos} is forgotten (its name may be created again,
 * under a new id), every object still in it is removed from the world, and the game's {@link RoomListener} is
 * told first so that it can save or move what it wants.
 *
 * <p>Threads: the server's simulation thread.
 */
final class RoomReaper {

    // Rooms are looked at four times a second, not every step: a step should allocate nothing.
    private static final long CHECK_PERIOD_NANOS = 250_000_000L;

    private final long graceNanos;
    private final RoomListener listener;
    private final Map<Integer, Long> emptySince = new HashMap<>();
    private final Map<Integer, Integer> population = new HashMap<>();
    private final List<String> dueRooms = new ArrayList<>();
    private final List<Integer> doomed = new ArrayList<>();
    private long nextCheck;

    /** @param graceNanos how long a room may stay empty; negative: rooms are never disposed */
    RoomReaper(long graceNanos, RoomListener listener) {
        this.graceNanos = graceNanos;
        this.listener = listener;
    }

    /** Disposes of the rooms empty for longer than the grace at {@code now}; returns how many. */
    int check(long now, PlayerRoster roster, GameEngine game) {
        if (graceNanos < 0 || now < nextCheck) {
            return 0;
        }
        nextCheck = now + CHECK_PERIOD_NANOS;
        population.clear();
        List<ServerPlayer> order = roster.inOrder();
        for (int i = 0, n = order.size(); i < n; i++) {
            population.merge(order.get(i).roomId(), 1, Integer::sum);
        }
        int disposed = 0;
        dueRooms.clear();
        for (Map.Entry<String, Integer> room : roster.roomsByName().entrySet()) {
            int id = room.getValue();
            if (id == 0 || population.containsKey(id)) {
                emptySince.remove(id);
            } else if (now - emptySince.computeIfAbsent(id, k -> now) >= graceNanos) {
                dueRooms.add(room.getKey());
            }
        }
        for (String name : dueRooms) {
            int id = roster.roomsByName().get(name);
            listener.disposed(name, id);
            doomed.clear();
            for (GameObject o : game.world().objects()) {
                if (o.roomId() == id) {
                    doomed.add(o.id());
                }
            }
            doomed.forEach(game::removeObject);
            emptySince.remove(id);
            roster.forgetRoom(name);
            disposed++;
        }
        return disposed;
    }
}

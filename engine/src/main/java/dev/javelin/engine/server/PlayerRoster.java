package dev.javelin.engine.server;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntConsumer;

/**
 * Who is on the server: the players (by id, in id order, by connection), the connections that have not
 * joined yet, the rooms by name, and the resume tokens. It only keeps the books; the server engine
 * decides when players come and go.
 *
 * <p>Threads: the server's simulation thread.
 */
final class PlayerRoster {

    static final int MAX_ROOMS = 1024;

    private final Map<Integer, ServerPlayer> players = new TreeMap<>();
    // The same players in id order and by id, for the step's loops (no iterator, no boxed key).
    private final List<ServerPlayer> order = new ArrayList<>();
    private ServerPlayer[] byId = new ServerPlayer[64];
    private final PlayersByConnection byConnection = new PlayersByConnection();
    private final Map<Integer, Long> awaitingJoin = new HashMap<>();
    private final Map<String, Integer> rooms = new HashMap<>();
    private final SecureRandom tokens = new SecureRandom();
    private int nextPlayerId = 1;
    private int nextRoomId = 1;

    PlayerRoster() {
        rooms.put("default", 0);
    }

    /** A connection opened at {@code now}; it has until the join timeout to join. */
    void awaitJoin(int connectionId, long now) {
        awaitingJoin.put(connectionId, now);
    }

    /** True if {@code connectionId} was waiting to join (and no longer is). */
    boolean stopAwaiting(int connectionId) {
        return awaitingJoin.remove(connectionId) != null;
    }

    /** Passes to {@code expired} (and forgets) each connection that has waited longer than {@code limitNanos}. */
    void expireJoins(long now, long limitNanos, IntConsumer expired) {
        Iterator<Map.Entry<Integer, Long>> it = awaitingJoin.isEmpty() ? Collections.emptyIterator()
                : awaitingJoin.entrySet().iterator();
        while (it.hasNext()) {
            Map.Entry<Integer, Long> e = it.next();
            if (now - e.getValue() > limitNanos) {
                it.remove();
                expired.accept(e.getKey());
            }
        }
    }

    /** A new player named {@code name} in room {@code roomId}, with a fresh id and a fresh resume token. */
    ServerPlayer add(String name, int roomId, PlayerInputQueue inputs) {
        ServerPlayer player = new ServerPlayer(nextPlayerId++, name, tokens.nextLong() | 1L, roomId, inputs);
        players.put(player.id(), player);
        order.add(player);
        if (player.id() >= byId.length) {
            byId = Arrays.copyOf(byId, Math.max(player.id() + 1, byId.length * 2));
        }
        byId[player.id()] = player;
        return player;
    }

    /** Removes {@code p}; false if it was not here. Its connection, if any, must be unbound first. */
    boolean remove(ServerPlayer p) {
        if (players.remove(p.id()) == null) {
            return false;
        }
        order.remove(p);
        byId[p.id()] = null;
        return true;
    }

    /** Links {@code connectionId} to {@code p} for lookups by connection. */
    void bind(int connectionId, ServerPlayer p) {
        byConnection.put(connectionId, p);
    }

    /** Unlinks {@code connectionId}; returns the player it spoke for, or null. */
    ServerPlayer unbind(int connectionId) {
        return byConnection.remove(connectionId);
    }

    /** The player speaking through {@code connectionId}, or null. */
    ServerPlayer byConnection(int connectionId) {
        return byConnection.get(connectionId);
    }

    /** The player with {@code id}, or null; no boxing. */
    ServerPlayer byId(int id) {
        return id > 0 && id < byId.length ? byId[id] : null;
    }

    /** The players in id order; the list is live, do not change it. */
    List<ServerPlayer> inOrder() {
        return order;
    }

    Collection<ServerPlayer> all() {
        return Collections.unmodifiableCollection(players.values());
    }

    /** The player holding {@code token}, dropped or not; null for 0 or an unknown token. */
    ServerPlayer holding(long token) {
        if (token == 0) {
            return null;
        }
        for (ServerPlayer p : order) {
            if (p.resumeToken() == token) {
                return p;
            }
        }
        return null;
    }

    /** The id of room {@code name} (0 for null or empty), creating it if needed; -1 past {@link #MAX_ROOMS}. */
    int room(String name) {
        if (name == null || name.isEmpty()) {
            return 0;
        }
        Integer id = rooms.get(name);
        if (id == null) {
            if (rooms.size() >= MAX_ROOMS) {
                return -1;
            }
            id = nextRoomId++;
            rooms.put(name, id);
        }
        return id;
    }

    /** Rooms open now, the default room included. */
    int roomCount() {
        return rooms.size();
    }

    /** The rooms by name (the default room included); a live view, not to be changed. */
    Map<String, Integer> roomsByName() {
        return rooms;
    }

    /** Forgets room {@code name}: a room created later under that name gets a new id. */
    void forgetRoom(String name) {
        rooms.remove(name);
    }
}

package dev.javelin.engine.world;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The objects of one engine, kept in ascending id order, and the step count.
 *
 * <p>Ids: objects the server (or a standalone engine) creates take ids from 1 up to
 * {@link #CLIENT_ID_BASE} - 1. Objects a client creates by prediction (a missile it fired before the
 * server confirms it) take ids from {@link #CLIENT_ID_BASE} up, so that they never collide with an id
 * the server hands out.
 *
 * <p>Iteration is always in ascending id order, which determinism requires; a lookup by id is a binary
 * search of the same list. Threads: the simulation thread only. Adding and removing during a step is deferred by
 * {@link GameEngine}; this class applies changes at once.
 */
public final class GameWorld {

    /** First id of the range reserved for client-side predicted objects. */
    public static final int CLIENT_ID_BASE = 1 << 30;

    private final ArrayList<GameObject> ordered = new ArrayList<>();
    private final List<GameObject> readOnly = Collections.unmodifiableList(ordered);
    private int nextServerId = 1;
    private int nextClientId = CLIENT_ID_BASE;
    private int stepCount;
    private boolean clientMode;

    /** The number of the last step completed (0 before the first). */
    public int stepCount() {
        return stepCount;
    }

    /** Sets the step count, for a client that aligns with the server or rewinds. */
    public void setStepCount(int stepCount) {
        this.stepCount = stepCount;
    }

    /** Counts one more step; {@code GameEngine} calls it as each step begins. */
    public void advanceStep() {
        stepCount++;
    }

    /**
     * In client mode, objects added with id 0 get client-range ids, so that what client-side game code
     * creates never takes an id the server will hand out. A client engine turns it on.
     */
    public void setClientMode(boolean clientMode) {
        this.clientMode = clientMode;
    }

    public boolean isClientMode() {
        return clientMode;
    }

    /** A fresh id from the server range. */
    public int allocateId() {
        if (nextServerId >= CLIENT_ID_BASE) {
            throw new IllegalStateException("server id range exhausted");
        }
        return nextServerId++;
    }

    /** A fresh id from the client-predicted range. */
    public int allocateClientId() {
        if (nextClientId == Integer.MAX_VALUE) {
            throw new IllegalStateException("client id range exhausted");
        }
        return nextClientId++;
    }

    /** True for ids in the client-predicted range. */
    public static boolean isClientId(int id) {
        return id >= CLIENT_ID_BASE;
    }

    /**
     * Adds {@code object}. An object whose id is 0 gets a fresh server-range id; an object that already
     * has an id (one decoded from a snapshot, or allocated with {@link #allocateClientId()}) keeps it.
     *
     * @throws IllegalArgumentException if an object with that id is already here
     */
    public GameObject add(GameObject object) {
        if (object.id() == 0) {
            object.assignId(clientMode ? allocateClientId() : allocateId());
        } else if (!isClientId(object.id()) && object.id() >= nextServerId) {
            // A client mirrors server ids; keep the allocator ahead so a later local allocation is unique.
            nextServerId = object.id() + 1;
        }
        int n = ordered.size();
        if (n == 0 || ordered.get(n - 1).id() < object.id()) {
            ordered.add(object);
            return object;
        }
        int at = insertionPoint(object.id());
        if (ordered.get(at).id() == object.id()) {
            throw new IllegalArgumentException("an object with id " + object.id() + " is already in the world");
        }
        ordered.add(at, object);
        return object;
    }

    /** Gives {@code object} the id {@code id} before it is added; used for predicted objects. */
    public static void assignId(GameObject object, int id) {
        if (object.id() != 0) {
            throw new IllegalStateException(object + " already has an id");
        }
        object.assignId(id);
    }

    /** Removes the object with {@code id}; returns it, or null if there was none. */
    public GameObject remove(int id) {
        int at = indexOf(id);
        return at < 0 ? null : ordered.remove(at);
    }

    /** The object with {@code id}, or null. */
    public GameObject get(int id) {
        int at = indexOf(id);
        return at < 0 ? null : ordered.get(at);
    }

    /** True if an object with {@code id} is here. */
    public boolean contains(int id) {
        return indexOf(id) >= 0;
    }

    /** Number of objects. */
    public int size() {
        return ordered.size();
    }

    /** Every object in ascending id order; a read-only view that changes as the world does. */
    public List<GameObject> objects() {
        return readOnly;
    }

    /** Runs {@code action} on every object in ascending id order. */
    public void forEach(Consumer<? super GameObject> action) {
        for (int i = 0, n = ordered.size(); i < n; i++) {
            action.accept(ordered.get(i));
        }
    }

    /** The objects owned by {@code playerId}, in ascending id order. */
    public List<GameObject> byOwner(int playerId) {
        List<GameObject> out = new ArrayList<>();
        for (GameObject o : ordered) {
            if (o.ownerId() == playerId) {
                out.add(o);
            }
        }
        return out;
    }

    /** The objects that are instances of {@code type}, in ascending id order. */
    public <T> List<T> byClass(Class<T> type) {
        List<T> out = new ArrayList<>();
        for (GameObject o : ordered) {
            if (type.isInstance(o)) {
                out.add(type.cast(o));
            }
        }
        return out;
    }

    /**
     * Takes every object matching {@code filter} out of the world, without events, appending them to
     * {@code out} in id order; {@link #attach} puts them back. A sync strategy uses the pair to step only
     * some objects (re-enactment). O(n).
     */
    public void detach(Predicate<? super GameObject> filter, List<GameObject> out) {
        int w = 0;
        for (int r = 0, n = ordered.size(); r < n; r++) {
            GameObject o = ordered.get(r);
            if (filter.test(o)) {
                out.add(o);
            } else {
                ordered.set(w++, o);
            }
        }
        ordered.subList(w, ordered.size()).clear();
    }

    /**
     * Puts back objects taken out by {@link #detach}, without events, keeping id order. An object whose id
     * was taken meanwhile is not put back and is returned in {@code conflicts}. O(n + m).
     */
    public void attach(List<GameObject> detached, List<GameObject> conflicts) {
        if (detached.isEmpty()) {
            return;
        }
        ArrayList<GameObject> merged = new ArrayList<>(ordered.size() + detached.size());
        int i = 0;
        int j = 0;
        while (i < ordered.size() || j < detached.size()) {
            GameObject a = i < ordered.size() ? ordered.get(i) : null;
            GameObject b = j < detached.size() ? detached.get(j) : null;
            if (b == null || (a != null && a.id() < b.id())) {
                merged.add(a);
                i++;
            } else if (a != null && a.id() == b.id()
                    || !merged.isEmpty() && merged.get(merged.size() - 1).id() == b.id()) {
                // Taken meanwhile, or listed twice.
                conflicts.add(b);
                j++;
            } else {
                merged.add(b);
                j++;
            }
        }
        ordered.clear();
        ordered.addAll(merged);
    }

    /** Removes every object and resets the step count; id allocators keep counting. */
    public void clear() {
        ordered.clear();
        stepCount = 0;
    }

    /**
     * The index of {@code id} in the id-ordered list, or -1. The list is the only index: a search costs a few
     * comparisons, where a {@code Map<Integer, ...>} would box every id above 127 on every lookup.
     */
    private int indexOf(int id) {
        int at = insertionPoint(id);
        return at < ordered.size() && ordered.get(at).id() == id ? at : -1;
    }

    private int insertionPoint(int id) {
        int lo = 0;
        int hi = ordered.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int midId = ordered.get(mid).id();
            if (midId < id) {
                lo = mid + 1;
            } else if (midId > id) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return lo;
    }
}

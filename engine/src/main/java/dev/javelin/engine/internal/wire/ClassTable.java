package dev.javelin.engine.internal.wire;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The lookup tables behind a game's class registry, as the snapshot machinery reads them: registrations
 * by class, by stable id and by dense wire index, the bits of a class index on the wire, and the
 * fingerprint. Immutable and thread-safe.
 */
public final class ClassTable {

    private final Registration[] objects;
    private final Registration[] events;
    private final Map<Class<?>, Registration> objectsByClass = new HashMap<>();
    private final Map<Class<?>, Registration> eventsByClass = new HashMap<>();
    private final Map<Integer, Registration> objectsById = new HashMap<>();
    private final int objectClassBits;
    private final int eventClassBits;
    private final long fingerprint;

    /** Tables of {@code objectList} and {@code eventList}, each indexed densely in list order. */
    public ClassTable(List<Registration> objectList, List<Registration> eventList) {
        this.objects = objectList.toArray(new Registration[0]);
        this.events = eventList.toArray(new Registration[0]);
        for (Registration r : objects) {
            objectsByClass.put(r.type, r);
            objectsById.put(r.id, r);
        }
        for (Registration r : events) {
            eventsByClass.put(r.type, r);
        }
        this.objectClassBits = GolombCodes.bitsFor(Math.max(0, objects.length - 1));
        this.eventClassBits = GolombCodes.bitsFor(Math.max(0, events.length - 1));
        long h = 0xCBF29CE484222325L;
        for (Registration r : objects) {
            h = fnv(h, "O" + r.id + "=" + r.type.getName() + r.codec.description() + Arrays.toString(r.defaults));
        }
        for (Registration r : events) {
            h = fnv(h, "E" + r.id + "=" + r.type.getName() + r.codec.description() + Arrays.toString(r.defaults));
        }
        this.fingerprint = h;
    }

    private static long fnv(long h, String s) {
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001B3L;
        }
        return h;
    }

    /** The registration of object class exactly {@code type}, or null. */
    public Registration objectType(Class<?> type) {
        return objectsByClass.get(type);
    }

    /** The registration of the object class registered under stable {@code id}, or null. */
    public Registration objectById(int id) {
        return objectsById.get(id);
    }

    public Registration requireObject(Class<?> type) {
        Registration r = objectsByClass.get(type);
        if (r == null) {
            throw new IllegalArgumentException(type.getName() + " is not a registered networked object class;"
                    + " register it in the ClassRegistry with a stable id");
        }
        return r;
    }

    public Registration eventType(Class<?> type) {
        return eventsByClass.get(type);
    }

    public Registration requireEvent(Class<?> type) {
        Registration r = eventsByClass.get(type);
        if (r == null) {
            throw new IllegalArgumentException(type.getName() + " is not a registered game event class;"
                    + " register it in the ClassRegistry with a stable id");
        }
        return r;
    }

    public Registration objectAt(int index) {
        return objects[index];
    }

    public Registration eventAt(int index) {
        return events[index];
    }

    public int objectClassCount() {
        return objects.length;
    }

    public int eventClassCount() {
        return events.length;
    }

    public int objectClassBits() {
        return objectClassBits;
    }

    public int eventClassBits() {
        return eventClassBits;
    }

    public int maxObjectSlots() {
        int m = 0;
        for (Registration r : objects) {
            m = Math.max(m, r.slots);
        }
        return m;
    }

    public int maxEventSlots() {
        int m = 0;
        for (Registration r : events) {
            m = Math.max(m, r.slots);
        }
        return m;
    }

    public long fingerprint() {
        return fingerprint;
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("ClassRegistry[");
        for (Registration r : objects) {
            b.append(r.id).append('=').append(r.type.getSimpleName()).append(' ');
        }
        for (Registration r : events) {
            b.append("event ").append(r.id).append('=').append(r.type.getSimpleName()).append(' ');
        }
        return b.append(']').toString();
    }
}

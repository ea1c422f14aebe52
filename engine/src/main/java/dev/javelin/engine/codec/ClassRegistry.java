package dev.javelin.engine.codec;

import dev.javelin.engine.world.GameObject;
import dev.javelin.engine.world.GameWorld;
import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The networked classes of a game, each with an explicit, stable id: object classes (subclasses of
 * {@link GameObject}) and, in a separate id space, game event classes. Ids are the game's to choose and
 * must be the same on the server and every client; never a hash of the name. Compare
 * {@link #fingerprint()} at join time to detect a client built with different registrations.
 *
 * <p>Each class's factory is called once at registration for a prototype: creations are written as the
 * differences from it, so whatever the constructor sets costs nothing. Constructors must therefore be
 * deterministic (the fingerprint includes the prototypes).
 *
 * <p>Lookup is by exact class: a subclass of a registered class is not registered by inheritance.
 * Objects of unregistered classes may live in a world (client-only effects) but are never networked or
 * quantized.
 *
 * <p>Immutable once built and thread-safe; one registry may serve a server and its clients in one
 * process.
 */
public final class ClassRegistry {

    private static final ClassRegistry EMPTY = builder().build();

    private final Registration[] objects;
    private final Registration[] events;
    private final Map<Class<?>, Registration> objectsByClass;
    private final Map<Class<?>, Registration> eventsByClass;
    private final Map<Integer, Registration> objectsById;
    private final int objectClassBits;
    private final int eventClassBits;
    private final long fingerprint;

    private ClassRegistry(List<Registration> objectList, List<Registration> eventList) {
        this.objects = objectList.toArray(new Registration[0]);
        this.events = eventList.toArray(new Registration[0]);
        this.objectsByClass = new HashMap<>();
        this.eventsByClass = new HashMap<>();
        this.objectsById = new HashMap<>();
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
            h = fnv(h, "O" + r.id + "=" + r.type.getName() + r.schema.description() + Arrays.toString(r.defaults));
        }
        for (Registration r : events) {
            h = fnv(h, "E" + r.id + "=" + r.type.getName() + r.schema.description() + Arrays.toString(r.defaults));
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

    /** A builder with nothing registered. */
    public static Builder builder() {
        return new Builder();
    }

    /** A registry with no classes: nothing is networked or quantized. */
    public static ClassRegistry empty() {
        return EMPTY;
    }

    /** True if objects of exactly {@code type} are networked. */
    public boolean isRegistered(Class<?> type) {
        return objectsByClass.containsKey(type);
    }

    /** True if events of exactly {@code type} can be sent. */
    public boolean isEventRegistered(Class<?> type) {
        return eventsByClass.containsKey(type);
    }

    /** The stable id of object class {@code type}; throws IllegalArgumentException if it is not registered. */
    public int objectId(Class<?> type) {
        return requireObject(type).id;
    }

    /** The stable id of event class {@code type}; throws IllegalArgumentException if it is not registered. */
    public int eventId(Class<?> type) {
        return requireEvent(type).id;
    }

    /** The number of registered object classes. */
    public int objectClassCount() {
        return objects.length;
    }

    /** The number of registered event classes. */
    public int eventClassCount() {
        return events.length;
    }

    /** The schema of object class {@code type}; throws IllegalArgumentException if it is not registered. */
    @SuppressWarnings("unchecked")
    public <T> Schema<? super T> schemaOf(Class<T> type) {
        return (Schema<? super T>) requireObject(type).schema;
    }

    /** A new instance of the object class registered under {@code id}, made by its factory. */
    public GameObject newObject(int id) {
        Registration r = objectsById.get(id);
        if (r == null) {
            throw new IllegalArgumentException("no object class is registered with id " + id);
        }
        return (GameObject) r.newInstance();
    }

    /** Rounds {@code object}'s networked fields to their quantized values; no-op for unregistered classes. */
    public void snap(GameObject object) {
        Registration r = objectsByClass.get(object.getClass());
        if (r != null) {
            r.schema.snap(object);
        }
    }

    /** Snaps every registered object of {@code world}, in id order. Simulation thread; allocates nothing. */
    public void snapAll(GameWorld world) {
        if (objects.length == 0) {
            return;
        }
        List<GameObject> list = world.objects();
        Class<?> lastType = null;
        Registration last = null;
        for (int i = 0, n = list.size(); i < n; i++) {
            GameObject o = list.get(i);
            if (o.getClass() != lastType) {
                lastType = o.getClass();
                last = objectsByClass.get(lastType);
            }
            if (last != null) {
                last.schema.snap(o);
            }
        }
    }

    /**
     * Copies the networked fields of {@code from} into {@code to}, which must be of the same registered
     * class; fields outside the schema (and the id) are left alone. Allocates nothing.
     */
    public void copyState(GameObject from, GameObject to) {
        if (from.getClass() != to.getClass()) {
            throw new IllegalArgumentException("cannot copy " + from + " into " + to + ": different classes");
        }
        requireObject(from.getClass()).schema.copy(from, to);
    }

    /**
     * A new instance of {@code object}'s class, made by its factory, with the same id and networked state:
     * what a client puts into its world for an object the decoder reports. Unlike {@link GameObject#copy()},
     * it relies on the schema, not on {@code syncTo} overrides.
     *
     * @throws IllegalArgumentException if the class is not registered
     */
    public GameObject copyOf(GameObject object) {
        Registration r = requireObject(object.getClass());
        GameObject c = (GameObject) r.newInstance();
        GameWorld.assignId(c, object.id());
        r.schema.copy(object, c);
        return c;
    }

    /**
     * A hash of every registration: ids, class names and schema layouts. Two registries that can talk to
     * each other have the same fingerprint.
     */
    public long fingerprint() {
        return fingerprint;
    }

    Registration objectType(Class<?> type) {
        return objectsByClass.get(type);
    }

    Registration requireObject(Class<?> type) {
        Registration r = objectsByClass.get(type);
        if (r == null) {
            throw new IllegalArgumentException(type.getName() + " is not a registered networked object class;"
                    + " register it in the ClassRegistry with a stable id");
        }
        return r;
    }

    Registration requireEvent(Class<?> type) {
        Registration r = eventsByClass.get(type);
        if (r == null) {
            throw new IllegalArgumentException(type.getName() + " is not a registered game event class;"
                    + " register it in the ClassRegistry with a stable id");
        }
        return r;
    }

    Registration objectAt(int index) {
        return objects[index];
    }

    Registration eventAt(int index) {
        return events[index];
    }

    int objectClassBits() {
        return objectClassBits;
    }

    int eventClassBits() {
        return eventClassBits;
    }

    int maxObjectSlots() {
        int m = 0;
        for (Registration r : objects) {
            m = Math.max(m, r.slots);
        }
        return m;
    }

    int maxEventSlots() {
        int m = 0;
        for (Registration r : events) {
            m = Math.max(m, r.slots);
        }
        return m;
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

    /** Collects registrations; {@link #build()} checks nothing more, since each call checks at once. */
    public static final class Builder {
        private final List<Registration> objects = new ArrayList<>();
        private final List<Registration> events = new ArrayList<>();

        private Builder() {
        }

        /** Registers object class {@code type} under {@code id}; instances come from its public no-arg constructor. */
        public <T extends GameObject> Builder object(int id, Class<T> type, Schema<? super T> schema) {
            return object(id, type, schema, constructorOf(type, "object"));
        }

        /** Registers object class {@code type} under {@code id}, with a factory for new instances. */
        public <T extends GameObject> Builder object(int id, Class<T> type, Schema<? super T> schema,
                                                     Supplier<? extends T> factory) {
            check(objects, "object", id, type, schema, factory);
            objects.add(new Registration(id, -1, type, schema, factory, Registration.prototype(type, schema, factory)));
            return this;
        }

        /** Registers game event class {@code type} under {@code id} (its own id space), built with its no-arg constructor. */
        public <E> Builder event(int id, Class<E> type, Schema<? super E> schema) {
            return event(id, type, schema, constructorOf(type, "event"));
        }

        /** Registers game event class {@code type} under {@code id}, with a factory for new instances. */
        public <E> Builder event(int id, Class<E> type, Schema<? super E> schema, Supplier<? extends E> factory) {
            check(events, "event", id, type, schema, factory);
            events.add(new Registration(id, -1, type, schema, factory, Registration.prototype(type, schema, factory)));
            return this;
        }

        private static void check(List<Registration> list, String kind, int id, Class<?> type, Schema<?> schema,
                                  Supplier<?> factory) {
            if (type == null || schema == null || factory == null) {
                throw new IllegalArgumentException(kind + " class id " + id + " needs a type, a schema and a factory");
            }
            if (id < 0) {
                throw new IllegalArgumentException(kind + " class id must not be negative, was " + id + " for "
                        + type.getName());
            }
            if (Modifier.isAbstract(type.getModifiers()) || type.isInterface()) {
                throw new IllegalArgumentException(type.getName() + " is abstract; register concrete " + kind
                        + " classes only");
            }
            if (!schema.type().isAssignableFrom(type)) {
                throw new IllegalArgumentException("the schema of " + schema.type().getName()
                        + " does not describe " + type.getName());
            }
            for (Registration r : list) {
                if (r.id == id) {
                    throw new IllegalArgumentException(kind + " class id " + id + " is registered twice: "
                            + r.type.getName() + " and " + type.getName());
                }
                if (r.type == type) {
                    throw new IllegalArgumentException(type.getName() + " is registered twice, as " + kind
                            + " class ids " + r.id + " and " + id);
                }
            }
        }

        private static <T> Supplier<T> constructorOf(Class<T> type, String kind) {
            if (type == null) {
                throw new IllegalArgumentException(kind + " type must not be null");
            }
            Constructor<T> c;
            try {
                c = type.getConstructor();
            } catch (NoSuchMethodException e) {
                throw new IllegalArgumentException(type.getName() + " needs a public no-argument constructor to be"
                        + " registered, or pass a factory");
            }
            return () -> {
                try {
                    return c.newInstance();
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("cannot create a " + type.getName(), e);
                }
            };
        }

        /** The registry; classes get dense wire indices in ascending id order. */
        public ClassRegistry build() {
            return new ClassRegistry(indexed(objects), indexed(events));
        }

        private static List<Registration> indexed(List<Registration> list) {
            List<Registration> sorted = new ArrayList<>(list);
            sorted.sort(Comparator.comparingInt(r -> r.id));
            List<Registration> out = new ArrayList<>();
            for (int i = 0; i < sorted.size(); i++) {
                Registration r = sorted.get(i);
                out.add(new Registration(r.id, i, r.type, r.schema, r.factory, r.defaults));
            }
            return out;
        }
    }
}

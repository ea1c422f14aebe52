package dev.javelin.engine.schema;

import dev.javelin.engine.internal.wire.ClassTable;
import dev.javelin.engine.internal.wire.NetCodec;
import dev.javelin.engine.internal.wire.Registration;
import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The networked classes of a game, each with an explicit, stable id: object classes (subclasses of the
 * engine's {@code GameObject}) and, in a separate id space, game event classes. What each class sends is
 * its {@link Net} fields (its ancestors' first), with the game's {@link NetPrecision} for the fields that
 * ask for it. Ids are the game's to choose and must be the same on the server and every client; never a
 * hash of the name. Compare {@link #fingerprint()} at join time to detect a client built with different
 * registrations.
 *
 * <pre>{@code
 * ClassRegistry classes = ClassRegistry.builder(precision)
 *         .object(1, Ship.class)
 *         .object(2, Missile.class)
 *         .event(1, Explosion.class)
 *         .build();
 * }</pre>
 *
 * <p>Each class's factory is called once at registration for a prototype: creations are written as the
 * differences from it, so whatever the constructor sets costs nothing. Constructors must therefore be
 * deterministic (the fingerprint includes the prototypes).
 *
 * <p>Lookup is by exact class: a subclass of a registered class is not registered by inheritance.
 * Objects of unregistered classes may live in a world (client-only effects): they are never networked or
 * quantized, and never an error.
 *
 * <p>Immutable once built and thread-safe; one registry may serve a server and its clients in one
 * process.
 */
public final class ClassRegistry {

    private static final ClassRegistry EMPTY = builder().build();

    private final ClassTable table;
    private final NetPrecision precision;
    private final Map<Class<?>, NetPrecision> classPrecisions;

    private ClassRegistry(ClassTable table, NetPrecision precision, Map<Class<?>, NetPrecision> classPrecisions) {
        this.table = table;
        this.precision = precision;
        this.classPrecisions = Map.copyOf(classPrecisions);
    }

    /** A builder with nothing registered, for classes whose fields all give their own precision. */
    public static Builder builder() {
        return builder(NetPrecision.none());
    }

    /** A builder with nothing registered, whose classes take {@code precision} for the fields that ask. */
    public static Builder builder(NetPrecision precision) {
        if (precision == null) {
            throw new IllegalArgumentException("precision must not be null; use NetPrecision.none()");
        }
        return new Builder(precision);
    }

    /** A registry with no classes: nothing is networked or quantized. */
    public static ClassRegistry empty() {
        return EMPTY;
    }

    /** The game's precision, as given to the builder. */
    public NetPrecision precision() {
        return precision;
    }

    /** The precision object class {@code type} was registered with, or null if it is not registered. */
    public NetPrecision precisionOf(Class<?> type) {
        return classPrecisions.get(type);
    }

    /** The engine's lookup tables; for the snapshot machinery, not for games. */
    public ClassTable table() {
        return table;
    }

    /** True if objects of exactly {@code type} are networked. */
    public boolean isRegistered(Class<?> type) {
        return table.objectType(type) != null;
    }

    /** True if events of exactly {@code type} can be sent. */
    public boolean isEventRegistered(Class<?> type) {
        return table.eventType(type) != null;
    }

    /** The stable id of object class {@code type}; throws IllegalArgumentException if it is not registered. */
    public int objectId(Class<?> type) {
        return table.requireObject(type).id;
    }

    /** The stable id of event class {@code type}; throws IllegalArgumentException if it is not registered. */
    public int eventId(Class<?> type) {
        return table.requireEvent(type).id;
    }

    /** The number of registered object classes. */
    public int objectClassCount() {
        return table.objectClassCount();
    }

    /** The number of registered event classes. */
    public int eventClassCount() {
        return table.eventClassCount();
    }

    /** The networked fields of object class {@code type}, one line; throws if it is not registered. */
    public String describe(Class<?> type) {
        return table.requireObject(type).codec.toString();
    }

    /** A new instance of the object class registered under {@code id}, made by its factory. */
    public Object newObject(int id) {
        Registration r = table.objectById(id);
        if (r == null) {
            throw new IllegalArgumentException("no object class is registered with id " + id);
        }
        return r.newInstance();
    }

    /** A new instance of registered object class {@code type}, made by its factory; throws if not registered. */
    public Object newInstanceOf(Class<?> type) {
        return table.requireObject(type).newInstance();
    }

    /** Rounds {@code object}'s networked fields to their quantized values; no-op for unregistered classes. */
    public void snap(Object object) {
        Registration r = table.objectType(object.getClass());
        if (r != null) {
            r.codec.snap(object);
        }
    }

    /** Snaps every object of {@code objects} whose class is registered. Simulation thread; allocates nothing. */
    public void snapAll(List<?> objects) {
        if (table.objectClassCount() == 0) {
            return;
        }
        Class<?> lastType = null;
        Registration last = null;
        for (int i = 0, n = objects.size(); i < n; i++) {
            Object o = objects.get(i);
            if (o.getClass() != lastType) {
                lastType = o.getClass();
                last = table.objectType(lastType);
            }
            if (last != null) {
                last.codec.snap(o);
            }
        }
    }

    /**
     * A hash of every registration: ids, class names and field layouts. Two registries that can talk to
     * each other have the same fingerprint.
     */
    public long fingerprint() {
        return table.fingerprint();
    }

    @Override
    public String toString() {
        return table.toString();
    }

    /** Collects registrations; each call checks at once. Not thread-safe; use once. */
    public static final class Builder {
        private final NetPrecision precision;
        private final List<Registration> objects = new ArrayList<>();
        private final List<Registration> events = new ArrayList<>();
        private final Map<Class<?>, NetPrecision> classPrecisions = new HashMap<>();

        private Builder(NetPrecision precision) {
            this.precision = precision;
        }

        /** Registers object class {@code type} under {@code id}; instances come from its public no-arg constructor. */
        public <T> Builder object(int id, Class<T> type) {
            return object(id, type, constructorOf(type, "object"));
        }

        /** Registers object class {@code type} under {@code id}, with a factory for new instances. */
        public <T> Builder object(int id, Class<T> type, Supplier<? extends T> factory) {
            return object(id, type, precision, factory);
        }

        /**
         * Registers object class {@code type} under {@code id} with its own precision instead of the
         * registry's (a 3D class beside 2D ones, say); instances come from its no-arg constructor.
         */
        public <T> Builder object(int id, Class<T> type, NetPrecision classPrecision) {
            return object(id, type, classPrecision, constructorOf(type, "object"));
        }

        /** Registers object class {@code type} under {@code id} with its own precision and a factory. */
        public <T> Builder object(int id, Class<T> type, NetPrecision classPrecision, Supplier<? extends T> factory) {
            objects.add(registration(objects, "object", id, type, classPrecision, factory));
            classPrecisions.put(type, classPrecision);
            return this;
        }

        /** Registers game event class {@code type} under {@code id} (its own id space), built with its no-arg constructor. */
        public <E> Builder event(int id, Class<E> type) {
            return event(id, type, constructorOf(type, "event"));
        }

        /** Registers game event class {@code type} under {@code id}, with a factory for new instances. */
        public <E> Builder event(int id, Class<E> type, Supplier<? extends E> factory) {
            events.add(registration(events, "event", id, type, precision, factory));
            return this;
        }

        private static Registration registration(List<Registration> list, String kind, int id, Class<?> type,
                                                 NetPrecision precision, Supplier<?> factory) {
            if (type == null || factory == null || precision == null) {
                throw new IllegalArgumentException(kind + " class id " + id + " needs a type, a precision and a factory");
            }
            if (id < 0) {
                throw new IllegalArgumentException(kind + " class id must not be negative, was " + id + " for "
                        + type.getName());
            }
            if (Modifier.isAbstract(type.getModifiers()) || type.isInterface()) {
                throw new IllegalArgumentException(type.getName() + " is abstract; register concrete " + kind
                        + " classes only");
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
            NetCodec<?> codec = NetCodecs.create(type, precision);
            return new Registration(id, -1, type, codec, factory, Registration.prototype(type, codec, factory));
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
            return new ClassRegistry(new ClassTable(indexed(objects), indexed(events)), precision, classPrecisions);
        }

        private static List<Registration> indexed(List<Registration> list) {
            List<Registration> sorted = new ArrayList<>(list);
            sorted.sort(Comparator.comparingInt(r -> r.id));
            List<Registration> out = new ArrayList<>();
            for (int i = 0; i < sorted.size(); i++) {
                out.add(sorted.get(i).atIndex(i));
            }
            return out;
        }
    }
}

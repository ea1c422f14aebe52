package dev.javelin.engine.transport;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The classes that may travel as messages, each with a fixed numeric id. Both ends of a connection must be
 * built with the same registry (same ids, same classes, same fields): the handshake compares
 * {@link #fingerprint()}s and refuses a mismatch.
 *
 * <p>Why registration is required: a peer is untrusted, and a decoder that instantiates whatever class name
 * the bytes ask for lets it run code (the classic Java deserialization attack). Here the bytes can only name
 * a registered id, so a peer can never make the other side instantiate anything else; sending an
 * unregistered class is refused at once with a clear exception.
 *
 * <p>What to register: every class that appears in a message, at the top or nested inside one — records,
 * enums, plain classes with a no-argument constructor, and arrays of those. Built in and never registered:
 * primitives and their boxes, {@code String}, primitive arrays, {@code String[]} and {@code ArrayList}.
 * Ids run from 0 to {@link #MAX_ID}; small ids encode in fewer bytes.
 *
 * <p>Immutable and thread-safe once built.
 */
public final class MessageRegistry {

    /** The largest id a class may be registered with. */
    public static final int MAX_ID = 8191;

    /** Classes that every transport handles without registration. */
    private static final Set<Class<?>> BUILT_IN = Set.of(
            Boolean.class, Byte.class, Short.class, Character.class, Integer.class, Long.class, Float.class,
            Double.class, String.class, boolean[].class, byte[].class, short[].class, char[].class, int[].class,
            long[].class, float[].class, double[].class, String[].class, ArrayList.class);

    private final Map<Class<?>, Integer> idByType;
    private final Class<?>[] typeById;
    private final List<Class<?>> typesInIdOrder;
    private final long fingerprint;

    private MessageRegistry(TreeMap<Integer, Class<?>> byId) {
        this.idByType = new HashMap<>();
        this.typeById = new Class<?>[byId.isEmpty() ? 0 : byId.lastKey() + 1];
        List<Class<?>> ordered = new ArrayList<>();
        StringBuilder shape = new StringBuilder("javelin-registry-1;");
        for (Map.Entry<Integer, Class<?>> e : byId.entrySet()) {
            idByType.put(e.getValue(), e.getKey());
            typeById[e.getKey()] = e.getValue();
            ordered.add(e.getValue());
            shape.append(e.getKey()).append('=').append(describe(e.getValue())).append(';');
        }
        this.typesInIdOrder = Collections.unmodifiableList(ordered);
        this.fingerprint = fnv1a64(shape.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** A new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** True if {@code type} is one of the classes every transport carries without registration. */
    public static boolean isBuiltIn(Class<?> type) {
        return type.isPrimitive() || BUILT_IN.contains(type);
    }

    /** The id {@code type} is registered with, or -1. */
    public int idOf(Class<?> type) {
        Integer id = idByType.get(type);
        return id == null ? -1 : id;
    }

    /** True if {@code type} is registered. */
    public boolean contains(Class<?> type) {
        return idByType.containsKey(type);
    }

    /** The class registered with {@code id}, or null. */
    public Class<?> typeOf(int id) {
        return id >= 0 && id < typeById.length ? typeById[id] : null;
    }

    /** Every registered class, in ascending id order. */
    public List<Class<?>> types() {
        return typesInIdOrder;
    }

    /**
     * A 64-bit hash of every id, class name and field (name and type) in this registry. Two registries with
     * the same fingerprint encode messages the same way.
     */
    public long fingerprint() {
        return fingerprint;
    }

    /**
     * Checks that {@code message} may be sent.
     *
     * @throws IllegalArgumentException if it is null or its class is not registered
     */
    public void requireMessage(Object message) {
        if (message == null) {
            throw new IllegalArgumentException("message must not be null");
        }
        if (!idByType.containsKey(message.getClass())) {
            throw new IllegalArgumentException("message class " + message.getClass().getName()
                    + " is not registered in the MessageRegistry; register it with a fixed id on both sides");
        }
    }

    @Override
    public String toString() {
        return "MessageRegistry" + idByType.size() + "[" + Long.toHexString(fingerprint) + "]";
    }

    private static String describe(Class<?> type) {
        StringBuilder s = new StringBuilder(type.getName());
        if (type.isRecord()) {
            s.append('(');
            for (RecordComponent rc : type.getRecordComponents()) {
                s.append(rc.getName()).append(':').append(rc.getType().getName()).append(',');
            }
            s.append(')');
        } else if (type.isEnum()) {
            s.append(Arrays.toString(type.getEnumConstants()));
        } else if (!type.isArray()) {
            List<Field> fields = new ArrayList<>();
            for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
                for (Field f : c.getDeclaredFields()) {
                    int m = f.getModifiers();
                    if (!Modifier.isStatic(m) && !Modifier.isTransient(m)) {
                        fields.add(f);
                    }
                }
            }
            fields.sort(Comparator.comparing((Field f) -> f.getDeclaringClass().getName()).thenComparing(Field::getName));
            s.append('{');
            for (Field f : fields) {
                s.append(f.getName()).append(':').append(f.getType().getName()).append(',');
            }
            s.append('}');
        }
        return s.toString();
    }

    private static long fnv1a64(byte[] bytes) {
        long h = 0xcbf29ce484222325L;
        for (byte b : bytes) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        return h;
    }

    /** Collects registrations; not thread-safe. */
    public static final class Builder {

        private final TreeMap<Integer, Class<?>> byId = new TreeMap<>();
        private final Map<Class<?>, Integer> byType = new HashMap<>();

        private Builder() {
        }

        /**
         * Registers {@code type} with {@code id}.
         *
         * @throws IllegalArgumentException if the id is out of range or taken, the class is already registered,
         *                                  built in, abstract, an interface, or a plain class without a
         *                                  no-argument constructor
         */
        public Builder register(int id, Class<?> type) {
            if (type == null) {
                throw new IllegalArgumentException("type must not be null (id " + id + ")");
            }
            if (id < 0 || id > MAX_ID) {
                throw new IllegalArgumentException("message id for " + type.getName() + " must be 0.." + MAX_ID
                        + ", was " + id);
            }
            if (byId.containsKey(id)) {
                throw new IllegalArgumentException("message id " + id + " is taken by " + byId.get(id).getName()
                        + ", cannot register " + type.getName());
            }
            if (byType.containsKey(type)) {
                throw new IllegalArgumentException(type.getName() + " is already registered with id "
                        + byType.get(type));
            }
            if (isBuiltIn(type)) {
                throw new IllegalArgumentException(type.getName() + " is built in; do not register it");
            }
            checkShape(type);
            byId.put(id, type);
            byType.put(type, id);
            return this;
        }

        /**
         * The registry.
         *
         * @throws IllegalArgumentException if a registered array's component class is neither registered nor
         *                                  built in
         */
        public MessageRegistry build() {
            for (Class<?> type : byType.keySet()) {
                if (type.isArray()) {
                    Class<?> component = type.getComponentType();
                    if (!isBuiltIn(component) && !byType.containsKey(component)) {
                        throw new IllegalArgumentException("array " + type.getSimpleName()
                                + " is registered but its component " + component.getName() + " is not");
                    }
                }
            }
            return new MessageRegistry(byId);
        }

        private static void checkShape(Class<?> type) {
            if (type.isArray() || type.isEnum() || type.isRecord()) {
                return;
            }
            if (type.isInterface() || Modifier.isAbstract(type.getModifiers())) {
                throw new IllegalArgumentException(type.getName()
                        + " is abstract or an interface; register the concrete classes that are sent");
            }
            if (type.isAnonymousClass() || type.isLocalClass()
                    || (type.isMemberClass() && !Modifier.isStatic(type.getModifiers()))) {
                throw new IllegalArgumentException(type.getName()
                        + " is an inner, local or anonymous class; messages must be top-level, static nested or records");
            }
            try {
                type.getDeclaredConstructor();
            } catch (NoSuchMethodException e) {
                throw new IllegalArgumentException(type.getName()
                        + " needs a no-argument constructor (or make it a record) to be decoded");
            }
        }
    }
}

package dev.javelin.engine.transport;


import java.lang.reflect.Array;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Gives {@link LocalTransport} the semantics of a serializing transport without serializing: it copies a
 * message deeply enough that the sender may reuse it (arrays, lists and mutable objects are copied; strings,
 * boxes and enums are shared), refuses classes that are not registered anywhere inside the message, and
 * estimates the encoded size so the channel limits apply in memory too. The estimate is close to, not equal
 * to, what a real encoder writes; it counts arrays and strings exactly.
 *
 * <p>Thread-safe.
 */
final class MessageCopier {

    /** Deeper nesting than this is refused, as the network encoders refuse it. */
    static final int MAX_DEPTH = 16;

    private final MessageRegistry registry;
    private final ClassValue<Shape> shapes = new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
            return Shape.of(type);
        }
    };

    MessageCopier(MessageRegistry registry) {
        this.registry = registry;
    }

    /**
     * A copy of {@code message} for the receiver.
     *
     * @param maxBytes the channel's limit on the estimated encoded size
     * @throws IllegalArgumentException for an unregistered class anywhere inside, or a message over the limit
     */
    Object copy(Object message, int maxBytes, Channel channel) {
        registry.requireMessage(message);
        long[] size = {1};
        Object copy = copyValue(message, size, 0, message.getClass(), "message");
        if (size[0] > maxBytes) {
            throw new IllegalArgumentException(message.getClass().getName() + " is about " + size[0]
                    + " bytes encoded, over the " + maxBytes + "-byte limit of the " + channel + " channel");
        }
        return copy;
    }

    private Object copyValue(Object value, long[] size, int depth, Class<?> owner, String field) {
        if (value == null) {
            size[0] += 1;
            return null;
        }
        if (depth > MAX_DEPTH) {
            throw new IllegalArgumentException("message nests deeper than " + MAX_DEPTH + " levels (at "
                    + owner.getSimpleName() + "." + field + ")");
        }
        Class<?> type = value.getClass();
        if (value instanceof DetachedCopy d) {
            requireRegistered(type, owner, field);
            size[0] += d.wireSizeBytes();
            return d.detachedCopy();
        }
        if (value instanceof String s) {
            size[0] += s.getBytes(StandardCharsets.UTF_8).length + 1;
            return s;
        }
        if (value instanceof Boolean || value instanceof Byte) {
            size[0] += 1;
            return value;
        }
        if (value instanceof Short || value instanceof Character) {
            size[0] += 2;
            return value;
        }
        if (value instanceof Integer || value instanceof Float) {
            size[0] += 4;
            return value;
        }
        if (value instanceof Long || value instanceof Double) {
            size[0] += 8;
            return value;
        }
        if (value instanceof Enum<?> e) {
            requireRegistered(e.getDeclaringClass(), owner, field);
            size[0] += 2;
            return value;
        }
        if (type.isArray() && type.getComponentType().isPrimitive()) {
            int length = Array.getLength(value);
            size[0] += 2 + (long) length * primitiveSize(type.getComponentType());
            return cloneArray(value);
        }
        if (type == ArrayList.class) {
            List<?> list = (List<?>) value;
            ArrayList<Object> copy = new ArrayList<>(list.size());
            size[0] += 2;
            for (Object element : list) {
                copy.add(copyValue(element, size, depth + 1, owner, field + "[]"));
            }
            return copy;
        }
        if (type != String[].class) {
            requireRegistered(type, owner, field);
        }
        size[0] += 2;
        if (type.isArray()) {
            int length = Array.getLength(value);
            Object copy = Array.newInstance(type.getComponentType(), length);
            for (int i = 0; i < length; i++) {
                Array.set(copy, i, copyValue(Array.get(value, i), size, depth + 1, owner, field + "[]"));
            }
            return copy;
        }
        return shapes.get(type).copy(this, value, size, depth + 1);
    }

    private void requireRegistered(Class<?> type, Class<?> owner, String field) {
        if (!registry.contains(type)) {
            throw new IllegalArgumentException("class " + type.getName() + " (in " + owner.getName() + "."
                    + field + ") is not registered in the MessageRegistry; register every class a message contains");
        }
    }

    private static Object cloneArray(Object array) {
        if (array instanceof byte[] a) {
            return a.clone();
        } else if (array instanceof int[] a) {
            return a.clone();
        } else if (array instanceof float[] a) {
            return a.clone();
        } else if (array instanceof long[] a) {
            return a.clone();
        } else if (array instanceof double[] a) {
            return a.clone();
        } else if (array instanceof short[] a) {
            return a.clone();
        } else if (array instanceof char[] a) {
            return a.clone();
        }
        return ((boolean[]) array).clone();
    }

    private static int primitiveSize(Class<?> type) {
        if (type == long.class || type == double.class) {
            return 8;
        } else if (type == int.class || type == float.class) {
            return 4;
        } else if (type == short.class || type == char.class) {
            return 2;
        }
        return 1;
    }

    /** How to take apart and rebuild one record or plain class. */
    private static final class Shape {
        final Class<?> type;
        final Method[] accessors;
        final Field[] fields;
        final Constructor<?> constructor;

        private Shape(Class<?> type, Method[] accessors, Field[] fields, Constructor<?> constructor) {
            this.type = type;
            this.accessors = accessors;
            this.fields = fields;
            this.constructor = constructor;
        }

        static Shape of(Class<?> type) {
            try {
                if (type.isRecord()) {
                    RecordComponent[] rc = type.getRecordComponents();
                    Method[] accessors = new Method[rc.length];
                    Class<?>[] params = new Class<?>[rc.length];
                    for (int i = 0; i < rc.length; i++) {
                        accessors[i] = rc[i].getAccessor();
                        accessors[i].setAccessible(true);
                        params[i] = rc[i].getType();
                    }
                    Constructor<?> ctor = type.getDeclaredConstructor(params);
                    ctor.setAccessible(true);
                    return new Shape(type, accessors, null, ctor);
                }
                List<Field> fields = new ArrayList<>();
                for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
                    for (Field f : c.getDeclaredFields()) {
                        if (!Modifier.isStatic(f.getModifiers()) && !Modifier.isTransient(f.getModifiers())) {
                            f.setAccessible(true);
                            fields.add(f);
                        }
                    }
                }
                Constructor<?> ctor = type.getDeclaredConstructor();
                ctor.setAccessible(true);
                return new Shape(type, null, fields.toArray(new Field[0]), ctor);
            } catch (ReflectiveOperationException | RuntimeException e) {
                throw new IllegalArgumentException("cannot copy " + type.getName() + ": " + e, e);
            }
        }

        Object copy(MessageCopier copier, Object value, long[] size, int depth) {
            try {
                if (accessors != null) {
                    Object[] args = new Object[accessors.length];
                    for (int i = 0; i < args.length; i++) {
                        Object component = accessors[i].invoke(value);
                        args[i] = primitiveOrCopy(copier, component, accessors[i].getReturnType(), size, depth,
                                accessors[i].getName());
                    }
                    return constructor.newInstance(args);
                }
                Object copy = constructor.newInstance();
                for (Field f : fields) {
                    f.set(copy, primitiveOrCopy(copier, f.get(value), f.getType(), size, depth, f.getName()));
                }
                return copy;
            } catch (InvocationTargetException e) {
                throw new IllegalArgumentException("cannot copy " + type.getName() + ": " + e.getCause(), e);
            } catch (ReflectiveOperationException e) {
                throw new IllegalArgumentException("cannot copy " + type.getName() + ": " + e, e);
            }
        }

        private Object primitiveOrCopy(MessageCopier copier, Object v, Class<?> declared, long[] size, int depth,
                                       String name) {
            if (declared.isPrimitive()) {
                size[0] += primitiveSize(declared);
                return v;
            }
            return copier.copyValue(v, size, depth, type, name);
        }
    }
}

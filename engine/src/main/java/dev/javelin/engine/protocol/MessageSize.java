package dev.javelin.engine.protocol;

import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The measured size of a game message, the same on every machine whatever the transport: each primitive
 * (or its box) counts its width in bytes (boolean and byte 1, short and char 2, int and float 4, long and
 * double 8), a String or array 4 bytes plus its contents (a char 2 bytes), an enum 4, a null 1, and a nested
 * record or object the sum of its fields. It is what the server compares with the bound a game declares for
 * each message type, so that a peer cannot make the game handle a message bigger than it planned for.
 *
 * <p>Threads: any; stateless apart from a thread-safe cache of each class's fields.
 */
public final class MessageSize {

    private static final ConcurrentHashMap<Class<?>, Field[]> FIELDS = new ConcurrentHashMap<>();
    private static final int MAX_DEPTH = 16;

    private MessageSize() {
    }

    /**
     * The size of {@code message} in bytes, or a number above {@code limit} as soon as it is known to exceed
     * it (so a huge message costs no more than {@code limit} bytes of counting).
     *
     * @throws IllegalArgumentException if the message nests deeper than 16 levels
     */
    public static long measure(Object message, long limit) {
        return add(0, message, limit, 0);
    }

    private static long add(long size, Object v, long limit, int depth) {
        if (size > limit) {
            return size;
        }
        if (depth > MAX_DEPTH) {
            throw new IllegalArgumentException("message nests deeper than " + MAX_DEPTH + " levels");
        }
        if (v == null) {
            return size + 1;
        }
        Class<?> type = v.getClass();
        if (v instanceof String s) {
            return size + 4 + 2L * s.length();
        }
        if (v instanceof Boolean || v instanceof Byte) {
            return size + 1;
        }
        if (v instanceof Short || v instanceof Character) {
            return size + 2;
        }
        if (v instanceof Integer || v instanceof Float) {
            return size + 4;
        }
        if (v instanceof Long || v instanceof Double) {
            return size + 8;
        }
        if (type.isEnum()) {
            return size + 4;
        }
        if (type.isArray()) {
            int n = Array.getLength(v);
            Class<?> c = type.getComponentType();
            size += 4;
            if (c.isPrimitive()) {
                return size + (long) n * width(c);
            }
            for (int i = 0; i < n && size <= limit; i++) {
                size = add(size, Array.get(v, i), limit, depth + 1);
            }
            return size;
        }
        if (v instanceof List<?> list) {
            size += 4;
            for (int i = 0, n = list.size(); i < n && size <= limit; i++) {
                size = add(size, list.get(i), limit, depth + 1);
            }
            return size;
        }
        for (Field f : fields(type)) {
            if (size > limit) {
                return size;
            }
            Class<?> ft = f.getType();
            if (ft.isPrimitive()) {
                size += width(ft);
            } else {
                try {
                    size = add(size, f.get(v), limit, depth + 1);
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException("cannot read " + f + " of a message", e);
                }
            }
        }
        return size;
    }

    private static int width(Class<?> primitive) {
        if (primitive == boolean.class || primitive == byte.class) {
            return 1;
        }
        if (primitive == short.class || primitive == char.class) {
            return 2;
        }
        if (primitive == int.class || primitive == float.class) {
            return 4;
        }
        return 8;
    }

    private static Field[] fields(Class<?> type) {
        return FIELDS.computeIfAbsent(type, MessageSize::instanceFields);
    }

    private static Field[] instanceFields(Class<?> type) {
        List<Field> out = new ArrayList<>();
        if (type.isRecord()) {
            for (RecordComponent rc : type.getRecordComponents()) {
                try {
                    out.add(type.getDeclaredField(rc.getName()));
                } catch (NoSuchFieldException e) {
                    throw new IllegalStateException(e);
                }
            }
        } else {
            for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
                for (Field f : c.getDeclaredFields()) {
                    int m = f.getModifiers();
                    if (!Modifier.isStatic(m) && !Modifier.isTransient(m)) {
                        out.add(f);
                    }
                }
            }
        }
        for (Field f : out) {
            f.setAccessible(true);
        }
        return out.toArray(new Field[0]);
    }
}

package dev.javelin.net;

import com.esotericsoftware.kryo.kryo5.Kryo;
import com.esotericsoftware.kryo.kryo5.KryoException;
import com.esotericsoftware.kryo.kryo5.Serializer;
import com.esotericsoftware.kryo.kryo5.io.Input;
import com.esotericsoftware.kryo.kryo5.io.Output;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;

/**
 * Writes a record's components in declaration order and reads them back through the canonical constructor (so
 * a record's own validation runs on what a peer sent). Unlike Kryo's {@code RecordSerializer}, writing
 * allocates nothing: each accessor is a method handle typed to its primitive, so no value is boxed and no
 * reflective call array is made. Reading allocates the record and its argument array, as any decoder must.
 *
 * <p>Formats: int and long as zig-zag varints, short, char, byte, boolean, float and double at fixed width,
 * final reference types (records, enums, String, arrays) with their serializer and a null marker, other
 * reference types with their registered class id.
 */
final class RecordMessageSerializer<T> extends Serializer<T> {

    private static final int INT = 0;
    private static final int LONG = 1;
    private static final int FLOAT = 2;
    private static final int DOUBLE = 3;
    private static final int SHORT = 4;
    private static final int CHAR = 5;
    private static final int BYTE = 6;
    private static final int BOOLEAN = 7;
    private static final int FIXED_OBJECT = 8;
    private static final int ANY_OBJECT = 9;

    private final Class<T> type;
    private final String[] names;
    private final Class<?>[] types;
    private final int[] kinds;
    private final MethodHandle[] accessors;
    private final MethodHandle constructor;

    RecordMessageSerializer(Kryo kryo, Class<T> type) {
        if (!type.isRecord()) {
            throw new IllegalArgumentException(type.getName() + " is not a record");
        }
        this.type = type;
        setImmutable(true);
        RecordComponent[] components = type.getRecordComponents();
        int n = components.length;
        names = new String[n];
        types = new Class<?>[n];
        kinds = new int[n];
        accessors = new MethodHandle[n];
        MethodHandles.Lookup lookup = MethodHandles.lookup();
        try {
            for (int i = 0; i < n; i++) {
                RecordComponent rc = components[i];
                names[i] = rc.getName();
                types[i] = rc.getType();
                kinds[i] = kindOf(kryo, rc.getType());
                Method accessor = rc.getAccessor();
                accessor.setAccessible(true);
                Class<?> returned = rc.getType().isPrimitive() ? rc.getType() : Object.class;
                accessors[i] = lookup.unreflect(accessor).asType(MethodType.methodType(returned, Object.class));
            }
            Constructor<T> canonical = type.getDeclaredConstructor(types);
            canonical.setAccessible(true);
            constructor = lookup.unreflectConstructor(canonical)
                    .asType(MethodType.genericMethodType(n))
                    .asSpreader(Object[].class, n);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalArgumentException("cannot serialize record " + type.getName() + ": " + e, e);
        }
    }

    private static int kindOf(Kryo kryo, Class<?> t) {
        if (t == int.class) {
            return INT;
        } else if (t == long.class) {
            return LONG;
        } else if (t == float.class) {
            return FLOAT;
        } else if (t == double.class) {
            return DOUBLE;
        } else if (t == short.class) {
            return SHORT;
        } else if (t == char.class) {
            return CHAR;
        } else if (t == byte.class) {
            return BYTE;
        } else if (t == boolean.class) {
            return BOOLEAN;
        }
        return kryo.isFinal(t) ? FIXED_OBJECT : ANY_OBJECT;
    }

    @Override
    public void write(Kryo kryo, Output output, T record) {
        int i = 0;
        try {
            for (; i < kinds.length; i++) {
                MethodHandle h = accessors[i];
                switch (kinds[i]) {
                    case INT -> output.writeVarInt((int) h.invokeExact((Object) record), false);
                    case LONG -> output.writeVarLong((long) h.invokeExact((Object) record), false);
                    case FLOAT -> output.writeFloat((float) h.invokeExact((Object) record));
                    case DOUBLE -> output.writeDouble((double) h.invokeExact((Object) record));
                    case SHORT -> output.writeShort((short) h.invokeExact((Object) record));
                    case CHAR -> output.writeChar((char) h.invokeExact((Object) record));
                    case BYTE -> output.writeByte((byte) h.invokeExact((Object) record));
                    case BOOLEAN -> output.writeBoolean((boolean) h.invokeExact((Object) record));
                    case FIXED_OBJECT -> kryo.writeObjectOrNull(output, (Object) h.invokeExact((Object) record), types[i]);
                    default -> kryo.writeClassAndObject(output, (Object) h.invokeExact((Object) record));
                }
            }
        } catch (KryoException e) {
            e.addTrace(names[i] + " (" + type.getName() + ")");
            throw e;
        } catch (Throwable t) {
            throw new KryoException("cannot write " + type.getName() + "." + names[i] + ": " + t, t);
        }
    }

    @Override
    public T read(Kryo kryo, Input input, Class<? extends T> ignored) {
        Object[] args = new Object[kinds.length];
        int i = 0;
        try {
            for (; i < kinds.length; i++) {
                args[i] = switch (kinds[i]) {
                    case INT -> input.readVarInt(false);
                    case LONG -> input.readVarLong(false);
                    case FLOAT -> input.readFloat();
                    case DOUBLE -> input.readDouble();
                    case SHORT -> input.readShort();
                    case CHAR -> input.readChar();
                    case BYTE -> input.readByte();
                    case BOOLEAN -> input.readBoolean();
                    case FIXED_OBJECT -> kryo.readObjectOrNull(input, types[i]);
                    default -> {
                        Object v = kryo.readClassAndObject(input);
                        if (v != null && !types[i].isInstance(v)) {
                            throw new KryoException(v.getClass().getName() + " where " + types[i].getName()
                                    + " was expected");
                        }
                        yield v;
                    }
                };
            }
        } catch (KryoException e) {
            e.addTrace(names[i] + " (" + type.getName() + ")");
            throw e;
        }
        try {
            return type.cast(constructor.invokeExact(args));
        } catch (Throwable t) {
            throw new KryoException("the constructor of " + type.getName() + " refused the decoded values: " + t, t);
        }
    }
}

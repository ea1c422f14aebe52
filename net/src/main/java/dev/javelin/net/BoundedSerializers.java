package dev.javelin.net;

import com.esotericsoftware.kryo.kryo5.Kryo;
import com.esotericsoftware.kryo.kryo5.KryoException;
import com.esotericsoftware.kryo.kryo5.Serializer;
import com.esotericsoftware.kryo.kryo5.io.Input;
import com.esotericsoftware.kryo.kryo5.io.Output;

import java.lang.reflect.Array;
import java.util.ArrayList;

/**
 * Serializers for the built-in array and list types that check every element count against the bytes left in
 * the frame before allocating (see {@link BoundedInput}); Kryo's defaults allocate whatever count they read.
 * A count is written as a varint of {@code length + 1}, 0 meaning null. Byte arrays are written and read in
 * bulk, without a copy beyond the one into the frame.
 */
final class BoundedSerializers {

    private BoundedSerializers() {
    }

    /** Registers the built-ins with fixed ids from {@link Wire#FIRST_BUILT_IN_ID}, the same on every side. */
    static void registerBuiltIns(Kryo kryo) {
        int id = Wire.FIRST_BUILT_IN_ID;
        kryo.register(byte[].class, new Bytes(), id++);
        kryo.register(short[].class, new Shorts(), id++);
        kryo.register(char[].class, new Chars(), id++);
        kryo.register(int[].class, new Ints(), id++);
        kryo.register(long[].class, new Longs(), id++);
        kryo.register(float[].class, new Floats(), id++);
        kryo.register(double[].class, new Doubles(), id++);
        kryo.register(boolean[].class, new Booleans(), id++);
        kryo.register(String[].class, new ObjectArray(String.class), id++);
        kryo.register(ArrayList.class, new ListOf(), id);
    }

    /** Reads the length prefix; -1 for null. Checks the count against the frame. */
    static int readLength(Input input, int minBytesEach, String what) {
        int n = input.readVarInt(true) - 1;
        if (n >= 0) {
            if (!(input instanceof BoundedInput bounded)) {
                throw new KryoException("decoding needs a BoundedInput");
            }
            bounded.requireCount(n, minBytesEach, what);
        }
        return n;
    }

    private abstract static class Nullable<T> extends Serializer<T> {
        Nullable() {
            setAcceptsNull(true);
        }
    }

    static final class Bytes extends Nullable<byte[]> {
        @Override
        public void write(Kryo kryo, Output output, byte[] a) {
            if (a == null) {
                output.writeVarInt(0, true);
                return;
            }
            output.writeVarInt(a.length + 1, true);
            output.writeBytes(a);
        }

        @Override
        public byte[] read(Kryo kryo, Input input, Class<? extends byte[]> type) {
            int n = readLength(input, 1, "byte[]");
            return n < 0 ? null : input.readBytes(n);
        }
    }

    static final class Shorts extends Nullable<short[]> {
        @Override
        public void write(Kryo kryo, Output output, short[] a) {
            if (a == null) {
                output.writeVarInt(0, true);
                return;
            }
            output.writeVarInt(a.length + 1, true);
            for (short v : a) {
                output.writeShort(v);
            }
        }

        @Override
        public short[] read(Kryo kryo, Input input, Class<? extends short[]> type) {
            int n = readLength(input, 2, "short[]");
            if (n < 0) {
                return null;
            }
            short[] a = new short[n];
            for (int i = 0; i < n; i++) {
                a[i] = input.readShort();
            }
            return a;
        }
    }

    static final class Chars extends Nullable<char[]> {
        @Override
        public void write(Kryo kryo, Output output, char[] a) {
            if (a == null) {
                output.writeVarInt(0, true);
                return;
            }
            output.writeVarInt(a.length + 1, true);
            for (char v : a) {
                output.writeChar(v);
            }
        }

        @Override
        public char[] read(Kryo kryo, Input input, Class<? extends char[]> type) {
            int n = readLength(input, 2, "char[]");
            if (n < 0) {
                return null;
            }
            char[] a = new char[n];
            for (int i = 0; i < n; i++) {
                a[i] = input.readChar();
            }
            return a;
        }
    }

    static final class Ints extends Nullable<int[]> {
        @Override
        public void write(Kryo kryo, Output output, int[] a) {
            if (a == null) {
                output.writeVarInt(0, true);
                return;
            }
            output.writeVarInt(a.length + 1, true);
            for (int v : a) {
                output.writeVarInt(v, false);
            }
        }

        @Override
        public int[] read(Kryo kryo, Input input, Class<? extends int[]> type) {
            int n = readLength(input, 1, "int[]");
            if (n < 0) {
                return null;
            }
            int[] a = new int[n];
            for (int i = 0; i < n; i++) {
                a[i] = input.readVarInt(false);
            }
            return a;
        }
    }

    static final class Longs extends Nullable<long[]> {
        @Override
        public void write(Kryo kryo, Output output, long[] a) {
            if (a == null) {
                output.writeVarInt(0, true);
                return;
            }
            output.writeVarInt(a.length + 1, true);
            for (long v : a) {
                output.writeVarLong(v, false);
            }
        }

        @Override
        public long[] read(Kryo kryo, Input input, Class<? extends long[]> type) {
            int n = readLength(input, 1, "long[]");
            if (n < 0) {
                return null;
            }
            long[] a = new long[n];
            for (int i = 0; i < n; i++) {
                a[i] = input.readVarLong(false);
            }
            return a;
        }
    }

    static final class Floats extends Nullable<float[]> {
        @Override
        public void write(Kryo kryo, Output output, float[] a) {
            if (a == null) {
                output.writeVarInt(0, true);
                return;
            }
            output.writeVarInt(a.length + 1, true);
            for (float v : a) {
                output.writeFloat(v);
            }
        }

        @Override
        public float[] read(Kryo kryo, Input input, Class<? extends float[]> type) {
            int n = readLength(input, 4, "float[]");
            if (n < 0) {
                return null;
            }
            float[] a = new float[n];
            for (int i = 0; i < n; i++) {
                a[i] = input.readFloat();
            }
            return a;
        }
    }

    static final class Doubles extends Nullable<double[]> {
        @Override
        public void write(Kryo kryo, Output output, double[] a) {
            if (a == null) {
                output.writeVarInt(0, true);
                return;
            }
            output.writeVarInt(a.length + 1, true);
            for (double v : a) {
                output.writeDouble(v);
            }
        }

        @Override
        public double[] read(Kryo kryo, Input input, Class<? extends double[]> type) {
            int n = readLength(input, 8, "double[]");
            if (n < 0) {
                return null;
            }
            double[] a = new double[n];
            for (int i = 0; i < n; i++) {
                a[i] = input.readDouble();
            }
            return a;
        }
    }

    static final class Booleans extends Nullable<boolean[]> {
        @Override
        public void write(Kryo kryo, Output output, boolean[] a) {
            if (a == null) {
                output.writeVarInt(0, true);
                return;
            }
            output.writeVarInt(a.length + 1, true);
            for (boolean v : a) {
                output.writeBoolean(v);
            }
        }

        @Override
        public boolean[] read(Kryo kryo, Input input, Class<? extends boolean[]> type) {
            int n = readLength(input, 1, "boolean[]");
            if (n < 0) {
                return null;
            }
            boolean[] a = new boolean[n];
            for (int i = 0; i < n; i++) {
                a[i] = input.readBoolean();
            }
            return a;
        }
    }

    /** Arrays of a registered (or String) element type; elements may be null. */
    static final class ObjectArray extends Nullable<Object[]> {
        private final Class<?> elementType;
        // Made once: every input message reads an array, and a name built per read was most of what the
        // server's UDP thread allocated.
        private final String name;

        ObjectArray(Class<?> elementType) {
            this.elementType = elementType;
            this.name = elementType.getSimpleName() + "[]";
        }

        @Override
        public void write(Kryo kryo, Output output, Object[] a) {
            if (a == null) {
                output.writeVarInt(0, true);
                return;
            }
            output.writeVarInt(a.length + 1, true);
            boolean fixed = kryo.isFinal(elementType);
            for (Object v : a) {
                if (fixed) {
                    kryo.writeObjectOrNull(output, v, elementType);
                } else {
                    kryo.writeClassAndObject(output, v);
                }
            }
        }

        @Override
        public Object[] read(Kryo kryo, Input input, Class<? extends Object[]> type) {
            int n = readLength(input, 1, name);
            if (n < 0) {
                return null;
            }
            Object[] a = (Object[]) Array.newInstance(elementType, n);
            boolean fixed = kryo.isFinal(elementType);
            for (int i = 0; i < n; i++) {
                Object v = fixed ? kryo.readObjectOrNull(input, elementType) : kryo.readClassAndObject(input);
                if (v != null && !elementType.isInstance(v)) {
                    throw new KryoException(v.getClass().getName() + " in an array of " + elementType.getName());
                }
                a[i] = v;
            }
            return a;
        }
    }

    /** {@code ArrayList} of registered or built-in elements, each written with its class id. */
    static final class ListOf extends Nullable<ArrayList<Object>> {
        @Override
        public void write(Kryo kryo, Output output, ArrayList<Object> list) {
            if (list == null) {
                output.writeVarInt(0, true);
                return;
            }
            output.writeVarInt(list.size() + 1, true);
            for (int i = 0, n = list.size(); i < n; i++) {
                kryo.writeClassAndObject(output, list.get(i));
            }
        }

        @Override
        public ArrayList<Object> read(Kryo kryo, Input input, Class<? extends ArrayList<Object>> type) {
            int n = readLength(input, 1, "ArrayList");
            if (n < 0) {
                return null;
            }
            ArrayList<Object> list = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                list.add(kryo.readClassAndObject(input));
            }
            return list;
        }
    }
}

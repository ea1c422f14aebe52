package dev.javelin.engine.codec;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.joml.Vector2f;
import org.joml.Vector3f;
import org.joml.Quaternionf;

/**
 * The networked fields of a class: their types, ranges and accessors. Snapshots carry exactly these
 * fields, quantized; {@link #snap} rounds an object's fields to the values a client will decode, so that
 * the quantized state is the truth on both sides.
 *
 * <p>Build one with {@link #builder(Class)}, or extend a parent's schema with {@link #extend(Class)} so
 * that a subclass adds its own fields after its parent's:
 * <pre>{@code
 * static final Schema<Ship> SCHEMA = Schemas.dynamicObject(world, velocity, 12, spin)
 *         .extend(Ship.class)
 *         .uint("score", 16, s -> s.score, (s, v) -> s.score = v)
 *         .string("name", 16, s -> s.name, (s, v) -> s.name = v)
 *         .build();
 * }</pre>
 * Accessors are primitive functional interfaces (no boxing); vector and quaternion accessors return the
 * object's own live JOML instance, which the codec reads and writes in place. Encoding and decoding
 * allocate nothing, except a new String when a string field changes.
 *
 * <p>Immutable and thread-safe. A schema has at most 64 fields.
 *
 * @param <T> the class described
 */
public final class Schema<T> {

    /** Reads a float field. */
    @FunctionalInterface
    public interface FloatGetter<T> {
        /** The field's value in {@code object}; called on the encoding thread, must not allocate. */
        float get(T object);
    }

    /** Writes a float field. */
    @FunctionalInterface
    public interface FloatSetter<T> {
        /** Sets the field of {@code object} to {@code value} (already quantized). */
        void set(T object, float value);
    }

    /** Reads an int field. */
    @FunctionalInterface
    public interface IntGetter<T> {
        /** The field's value in {@code object}; must not allocate. */
        int get(T object);
    }

    /** Writes an int field. */
    @FunctionalInterface
    public interface IntSetter<T> {
        /** Sets the field of {@code object} to {@code value}. */
        void set(T object, int value);
    }

    /** Reads a boolean field. */
    @FunctionalInterface
    public interface BoolGetter<T> {
        /** The field's value in {@code object}; must not allocate. */
        boolean get(T object);
    }

    /** Writes a boolean field. */
    @FunctionalInterface
    public interface BoolSetter<T> {
        /** Sets the field of {@code object} to {@code value}. */
        void set(T object, boolean value);
    }

    /** Most fields a schema may have: an update's changed-field mask is one long. */
    public static final int MAX_FIELDS = 64;

    private final Class<T> type;
    final Field<T>[] fields;
    final int slotCount;
    /** Per slot, the mask bit of the field that owns it. */
    private final long[] slotBit;
    private final String description;

    @SuppressWarnings("unchecked")
    private Schema(Class<T> type, List<Field<?>> fieldList, int slotCount) {
        this.type = type;
        this.fields = fieldList.toArray(new Field[0]);
        this.slotCount = slotCount;
        this.slotBit = new long[slotCount];
        for (int i = 0; i < fields.length; i++) {
            for (int j = 0; j < fields[i].slots; j++) {
                slotBit[fields[i].offset + j] = 1L << i;
            }
        }
        StringBuilder d = new StringBuilder();
        for (Field<T> f : fields) {
            d.append(f.name).append(':').append(f.describe()).append(';');
        }
        this.description = d.toString();
    }

    /** A builder for a schema of {@code type} with no fields yet. */
    public static <T> Builder<T> builder(Class<T> type) {
        if (type == null) {
            throw new IllegalArgumentException("schema type must not be null");
        }
        return new Builder<>(type, Collections.emptyList(), 0);
    }

    /** A builder for {@code subtype}'s schema that starts with every field of this one. */
    public <S extends T> Builder<S> extend(Class<S> subtype) {
        if (subtype == null || !type.isAssignableFrom(subtype)) {
            throw new IllegalArgumentException("cannot extend the schema of " + type.getName() + " to "
                    + (subtype == null ? "null" : subtype.getName()) + ", which is not a subclass");
        }
        return new Builder<>(subtype, List.of(fields), slotCount);
    }

    /** The class this schema describes. */
    public Class<T> type() {
        return type;
    }

    /** The number of fields, the parent's included. */
    public int fieldCount() {
        return fields.length;
    }

    /** The name of field {@code index} (parent fields first, in declaration order). */
    public String fieldName(int index) {
        return fields[index].name;
    }

    /**
     * Rounds every networked field of {@code object} to its quantized value, in place: what a client
     * decoding it would get. Idempotent. Allocates nothing (except when cutting an over-long string).
     * Called by {@link dev.javelin.engine.GameEngine} at the end of every step on registered objects.
     */
    public void snap(T object) {
        for (Field<T> f : fields) {
            f.snap(object);
        }
    }

    /** Copies every networked field from {@code from} to {@code to}; nothing else is touched. */
    public void copy(T from, T to) {
        for (Field<T> f : fields) {
            f.copy(from, to);
        }
    }

    /** The fields and their types, one line; equal descriptions mean equal wire formats. */
    @Override
    public String toString() {
        return type.getSimpleName() + "{" + description + "}";
    }

    String description() {
        return description;
    }

    @SuppressWarnings("unchecked")
    void capture(Object object, int[] s, int base) {
        T o = (T) object;
        for (Field<T> f : fields) {
            f.capture(o, s, base);
        }
    }

    @SuppressWarnings("unchecked")
    void apply(int[] s, int base, Object object) {
        T o = (T) object;
        for (Field<T> f : fields) {
            f.apply(s, base, o);
        }
    }

    /** Applies only the fields in {@code mask} from the slots to {@code object}. */
    @SuppressWarnings("unchecked")
    void apply(long mask, int[] s, int base, Object object) {
        T o = (T) object;
        for (long m = mask; m != 0; m &= m - 1) {
            fields[Long.numberOfTrailingZeros(m)].apply(s, base, o);
        }
    }

    /** Bit i set when field i differs between the two blocks. */
    long changedMask(int[] b, int bBase, int[] c, int cBase) {
        long mask = 0;
        long[] bits = slotBit;
        for (int i = 0; i < bits.length; i++) {
            if (b[bBase + i] != c[cBase + i]) {
                mask |= bits[i];
            }
        }
        return mask;
    }

    /** Bit i set when field i differs from its value in {@code prototype} (a block of this schema at 0). */
    long nonDefaultMask(int[] prototype, int[] s, int base) {
        return changedMask(prototype, 0, s, base);
    }

    void writeMask(BitWriter w, long mask) {
        GolombCodes.writeWide(w, mask, fields.length);
    }

    long readMask(BitReader r) {
        return GolombCodes.readWide(r, fields.length);
    }

    /** Writes the fields in {@code mask} as deltas from {@code b} to {@code c}. */
    void writeChanges(BitWriter w, long mask, int[] b, int bBase, int[] c, int cBase) {
        for (long m = mask; m != 0; m &= m - 1) {
            fields[Long.numberOfTrailingZeros(m)].writeDelta(w, b, bBase, c, cBase);
        }
    }

    /** Reads {@link #writeChanges}: {@code out} becomes {@code b} with the fields in {@code mask} replaced. */
    void readChanges(BitReader r, long mask, int[] b, int bBase, int[] out, int outBase) {
        System.arraycopy(b, bBase, out, outBase, slotCount);
        for (long m = mask; m != 0; m &= m - 1) {
            fields[Long.numberOfTrailingZeros(m)].readDelta(r, b, bBase, out, outBase);
        }
    }

    /** {@link #readChanges} into a block that already holds {@code b}'s values. */
    void readChangesInPlace(BitReader r, long mask, int[] b, int bBase, int[] out, int outBase) {
        for (long m = mask; m != 0; m &= m - 1) {
            fields[Long.numberOfTrailingZeros(m)].readDelta(r, b, bBase, out, outBase);
        }
    }

    /** Writes the fields in {@code mask} in full. */
    void writeValues(BitWriter w, long mask, int[] s, int base) {
        for (long m = mask; m != 0; m &= m - 1) {
            fields[Long.numberOfTrailingZeros(m)].writeAbsolute(w, s, base);
        }
    }

    /** Reads {@link #writeValues}: fields outside {@code mask} take their values in {@code prototype}. */
    void readValues(BitReader r, long mask, int[] prototype, int[] out, int outBase) {
        System.arraycopy(prototype, 0, out, outBase, slotCount);
        for (long m = mask; m != 0; m &= m - 1) {
            fields[Long.numberOfTrailingZeros(m)].readAbsolute(r, out, outBase);
        }
    }

    /**
     * Builds a {@link Schema}; each method adds one field and returns this builder. Names must be unique
     * within the schema, parent fields included. Not thread-safe; use it once.
     *
     * @param <T> the class described
     */
    public static final class Builder<T> {
        private final Class<T> type;
        private final List<Field<?>> fields;
        private final Set<String> names = new HashSet<>();
        private int slots;

        private Builder(Class<T> type, List<Field<?>> parent, int slots) {
            this.type = type;
            this.fields = new ArrayList<>(parent);
            this.slots = slots;
            for (Field<?> f : parent) {
                names.add(f.name);
            }
        }

        private <F extends Field<?>> Builder<T> add(F field) {
            if (fields.size() == MAX_FIELDS) {
                throw new IllegalArgumentException("schema of " + type.getName() + " has more than " + MAX_FIELDS
                        + " fields; group some into one");
            }
            fields.add(field);
            slots += field.slots;
            return this;
        }

        private String name(String name, Object... accessors) {
            if (name == null || name.isEmpty()) {
                throw new IllegalArgumentException("field name must not be empty in the schema of " + type.getName());
            }
            if (names.contains(name)) {
                throw new IllegalArgumentException("field '" + name + "' is declared twice in the schema of "
                        + type.getName());
            }
            for (Object a : accessors) {
                if (a == null) {
                    throw new IllegalArgumentException("field '" + name + "' of " + type.getName()
                            + " needs non-null accessors");
                }
            }
            names.add(name);
            return name;
        }

        private static void requireBits(String name, int bits, int min, int max) {
            if (bits < min || bits > max) {
                throw new IllegalArgumentException("field '" + name + "' must have " + min + " to " + max
                        + " bits, was " + bits);
            }
        }

        private static void requireRange(String name, FloatRange r) {
            if (r == null) {
                throw new IllegalArgumentException("field '" + name + "' needs a range");
            }
        }

        /** A boolean. */
        @SuppressWarnings("unchecked")
        public Builder<T> bool(String name, BoolGetter<? super T> get, BoolSetter<? super T> set) {
            return add(new ScalarFields.Bool<>(name(name, get, set), slots, (BoolGetter<T>) get, (BoolSetter<T>) set));
        }

        /** An unsigned int of {@code bits} bits (1 to 31): 0 to 2^bits - 1, clamped. */
        @SuppressWarnings("unchecked")
        public Builder<T> uint(String name, int bits, IntGetter<? super T> get, IntSetter<? super T> set) {
            requireBits(name, bits, 1, 31);
            return add(new ScalarFields.Int<>(name(name, get, set), slots, bits, false, (IntGetter<T>) get,
                    (IntSetter<T>) set));
        }

        /** A signed int of {@code bits} bits (2 to 32), two's complement range, clamped. */
        @SuppressWarnings("unchecked")
        public Builder<T> sint(String name, int bits, IntGetter<? super T> get, IntSetter<? super T> set) {
            requireBits(name, bits, 2, 32);
            return add(new ScalarFields.Int<>(name(name, get, set), slots, bits, true, (IntGetter<T>) get,
                    (IntSetter<T>) set));
        }

        /** A non-negative int of any size with a variable-length code (small values are cheap); negatives become 0. */
        @SuppressWarnings("unchecked")
        public Builder<T> varUint(String name, IntGetter<? super T> get, IntSetter<? super T> set) {
            return add(new ScalarFields.VarUint<>(name(name, get, set), slots, (IntGetter<T>) get, (IntSetter<T>) set));
        }

        /**
         * An exact float, 32 bits when sent; for rarely changing values (sizes, masses), which cost nothing
         * while they keep the value the constructor gave them and nothing in a delta while unchanged.
         */
        @SuppressWarnings("unchecked")
        public Builder<T> float32(String name, FloatGetter<? super T> get, FloatSetter<? super T> set) {
            return add(new ScalarFields.Float32<>(name(name, get, set), slots, (FloatGetter<T>) get,
                    (FloatSetter<T>) set));
        }

        /** A float quantized to {@code range}. */
        @SuppressWarnings("unchecked")
        public Builder<T> quantized(String name, FloatRange range, FloatGetter<? super T> get,
                                    FloatSetter<? super T> set) {
            requireRange(name, range);
            return add(new ScalarFields.Quantized<>(name(name, get, set), slots, range, (FloatGetter<T>) get,
                    (FloatSetter<T>) set));
        }

        /** An angle in radians, {@code bits} bits (2 to 20) per turn, decoded into [-PI, PI). */
        @SuppressWarnings("unchecked")
        public Builder<T> angle(String name, int bits, FloatGetter<? super T> get, FloatSetter<? super T> set) {
            requireBits(name, bits, 2, 20);
            return add(new ScalarFields.Angle<>(name(name, get, set), slots, bits, (FloatGetter<T>) get,
                    (FloatSetter<T>) set));
        }

        /** A 2D vector, x and y quantized to their ranges; {@code vector} returns the object's live vector. */
        @SuppressWarnings("unchecked")
        public Builder<T> vec2(String name, FloatRange x, FloatRange y, Function<? super T, Vector2f> vector) {
            requireRange(name, x);
            requireRange(name, y);
            return add(new VectorFields.Vec2<>(name(name, vector), slots, x, y, (Function<T, Vector2f>) vector));
        }

        /** A 3D vector, each component quantized to its range; {@code vector} returns the live vector. */
        @SuppressWarnings("unchecked")
        public Builder<T> vec3(String name, FloatRange x, FloatRange y, FloatRange z,
                               Function<? super T, Vector3f> vector) {
            requireRange(name, x);
            requireRange(name, y);
            requireRange(name, z);
            return add(new VectorFields.Vec3<>(name(name, vector), slots, x, y, z, (Function<T, Vector3f>) vector));
        }

        /** A 3D vector of exact floats (sizes); a delta sends only the changed components. */
        @SuppressWarnings("unchecked")
        public Builder<T> float32Vec3(String name, Function<? super T, Vector3f> vector) {
            return add(new VectorFields.Float32Vec3<>(name(name, vector), slots, (Function<T, Vector3f>) vector));
        }

        /** A unit quaternion, smallest-three with {@code bitsPerComponent} bits (4 to 16) per component. */
        @SuppressWarnings("unchecked")
        public Builder<T> quaternion(String name, int bitsPerComponent, Function<? super T, Quaternionf> quaternion) {
            requireBits(name, bitsPerComponent, 4, 16);
            return add(new QuaternionField<>(name(name, quaternion), slots, bitsPerComponent,
                    (Function<T, Quaternionf>) quaternion));
        }

        /** A string of at most {@code maxLength} (1 to 255) UTF-16 units, or null; longer ones are cut. */
        @SuppressWarnings("unchecked")
        public Builder<T> string(String name, int maxLength, Function<? super T, String> get,
                                 BiConsumer<? super T, String> set) {
            requireBits(name, maxLength, 1, 255);
            return add(new StringField<>(name(name, get, set), slots, maxLength, (Function<T, String>) get,
                    (BiConsumer<T, String>) set));
        }

        /** A constant of {@code enumType}, or null. */
        @SuppressWarnings("unchecked")
        public <E extends Enum<E>> Builder<T> enumOf(String name, Class<E> enumType, Function<? super T, E> get,
                                                     BiConsumer<? super T, E> set) {
            if (enumType == null || enumType.getEnumConstants() == null) {
                throw new IllegalArgumentException("field '" + name + "' needs an enum type, was " + enumType);
            }
            return add(new ScalarFields.EnumField<>(name(name, get, set), slots, enumType, (Function<T, E>) get,
                    (BiConsumer<T, E>) set));
        }

        /** The schema. */
        public Schema<T> build() {
            return new Schema<>(type, fields, slots);
        }
    }
}

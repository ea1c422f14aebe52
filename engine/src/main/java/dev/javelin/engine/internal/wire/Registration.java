package dev.javelin.engine.internal.wire;

import java.util.function.Supplier;

/**
 * One registered class: its stable id, its dense index on the wire, its codec, its factory, and the
 * quantized state of a fresh instance (the prototype), which creates are written against: whatever a
 * constructor sets costs nothing on the wire. Immutable.
 */
public final class Registration {

    public final int id;
    public final int index;
    public final Class<?> type;
    public final NetCodec<Object> codec;
    public final Supplier<?> factory;
    public final int slots;
    public final int[] defaults;

    @SuppressWarnings("unchecked")
    public Registration(int id, int index, Class<?> type, NetCodec<?> codec, Supplier<?> factory, int[] defaults) {
        this.id = id;
        this.index = index;
        this.type = type;
        this.codec = (NetCodec<Object>) codec;
        this.factory = factory;
        this.slots = codec.slotCount();
        this.defaults = defaults;
    }

    /** The same registration at wire index {@code newIndex}. */
    public Registration atIndex(int newIndex) {
        return new Registration(id, newIndex, type, codec, factory, defaults);
    }

    /** The quantized state of a new instance from {@code factory}. */
    public static int[] prototype(Class<?> type, NetCodec<?> codec, Supplier<?> factory) {
        Object o;
        try {
            o = factory.get();
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("cannot make a prototype " + type.getName() + " with its factory", e);
        }
        if (o == null || o.getClass() != type) {
            throw new IllegalArgumentException("the factory of " + type.getName() + " made "
                    + (o == null ? "null" : "a " + o.getClass().getName()));
        }
        int[] d = new int[codec.slotCount()];
        codec.captureObject(o, d, 0);
        return d;
    }

    public Object newInstance() {
        Object o = factory.get();
        if (o == null || o.getClass() != type) {
            throw new IllegalStateException("the factory of " + type.getName() + " made "
                    + (o == null ? "null" : "a " + o.getClass().getName()));
        }
        return o;
    }
}

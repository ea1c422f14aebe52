package dev.javelin.engine.codec;

import java.util.function.Supplier;

/**
 * One registered class: its stable id, its dense index on the wire, its schema, its factory, and the
 * quantized state of a fresh instance (the prototype), which creates are written against: whatever a
 * constructor sets costs nothing on the wire.
 */
final class Registration {

    final int id;
    final int index;
    final Class<?> type;
    final Schema<Object> schema;
    final Supplier<?> factory;
    final int slots;
    final int[] defaults;

    @SuppressWarnings("unchecked")
    Registration(int id, int index, Class<?> type, Schema<?> schema, Supplier<?> factory, int[] defaults) {
        this.id = id;
        this.index = index;
        this.type = type;
        this.schema = (Schema<Object>) schema;
        this.factory = factory;
        this.slots = schema.slotCount;
        this.defaults = defaults;
    }

    /** The quantized state of a new instance from {@code factory}. */
    static int[] prototype(Class<?> type, Schema<?> schema, Supplier<?> factory) {
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
        int[] d = new int[schema.slotCount];
        schema.capture(o, d, 0);
        return d;
    }

    Object newInstance() {
        Object o = factory.get();
        if (o == null || o.getClass() != type) {
            throw new IllegalStateException("the factory of " + type.getName() + " made "
                    + (o == null ? "null" : "a " + o.getClass().getName()));
        }
        return o;
    }
}

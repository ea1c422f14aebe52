package dev.javelin.engine.codec;

import java.util.function.Supplier;

/** One registered class: its stable id, its dense index on the wire, its schema and its factory. */
final class Registration {

    final int id;
    final int index;
    final Class<?> type;
    final Schema<Object> schema;
    final Supplier<?> factory;
    final int slots;

    @SuppressWarnings("unchecked")
    Registration(int id, int index, Class<?> type, Schema<?> schema, Supplier<?> factory) {
        this.id = id;
        this.index = index;
        this.type = type;
        this.schema = (Schema<Object>) schema;
        this.factory = factory;
        this.slots = schema.slotCount;
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

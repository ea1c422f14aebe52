package dev.javelin.render;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Values registered per class, looked up for an object's class or its nearest superclass that has one.
 * Registration from any thread (copy on write); lookups on the render thread, cached per class until
 * the next registration.
 */
final class ClassMap<V> {

    private volatile Map<Class<?>, V> registered = Map.of();

    // Render thread only.
    private final Map<Class<?>, V> resolved = new HashMap<>();
    private Map<Class<?>, V> resolvedFrom;
    private Class<?> lastClass;
    private V lastValue;

    /** Sets the value for {@code type}, replacing an earlier one. Any thread. */
    synchronized void put(Class<?> type, V value) {
        Map<Class<?>, V> copy = new LinkedHashMap<>(registered);
        copy.put(type, value);
        registered = Collections.unmodifiableMap(copy);
    }

    /** The value for {@code type} or its nearest superclass, or null. Render thread. */
    V find(Class<?> type) {
        Map<Class<?>, V> now = registered;
        if (now != resolvedFrom) {
            resolved.clear();
            resolvedFrom = now;
            lastClass = null;
        }
        if (type == lastClass) {
            return lastValue;
        }
        V found;
        if (resolved.containsKey(type)) {
            found = resolved.get(type);
        } else {
            found = null;
            for (Class<?> c = type; c != null && found == null; c = c.getSuperclass()) {
                found = now.get(c);
            }
            resolved.put(type, found);
        }
        lastClass = type;
        lastValue = found;
        return found;
    }
}

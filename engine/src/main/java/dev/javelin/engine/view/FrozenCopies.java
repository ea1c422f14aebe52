package dev.javelin.engine.view;

import dev.javelin.engine.world.GameObject;
import java.lang.reflect.Constructor;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Makes the frozen copies a {@link RenderStatePublisher} publishes: the same result as
 * {@link GameObject#copy()}, without looking the no-argument constructor up again for every object of
 * every step (that lookup was half the publisher's time with 10,000 objects). Classes that override
 * {@code newInstance()} keep going through {@code copy()}. Simulation thread only.
 */
final class FrozenCopies {

    private final Map<Class<?>, Optional<Constructor<?>>> constructors = new HashMap<>();
    private Class<?> lastClass;
    private Optional<Constructor<?>> lastConstructor = Optional.empty();

    GameObject freeze(GameObject o) {
        Class<?> c = o.getClass();
        if (c != lastClass) {
            lastConstructor = constructors.computeIfAbsent(c, FrozenCopies::plainConstructor);
            lastClass = c;
        }
        if (lastConstructor.isEmpty()) {
            return o.copy();
        }
        try {
            GameObject f = (GameObject) lastConstructor.get().newInstance();
            f.syncTo(o);
            return f;
        } catch (ReflectiveOperationException e) {
            // Not reachable from here (an inaccessible class, say): copy() reports it properly.
            constructors.put(c, Optional.empty());
            lastConstructor = Optional.empty();
            return o.copy();
        }
    }

    /** The no-argument constructor copy() would use, or empty where copy() does something else. */
    private static Optional<Constructor<?>> plainConstructor(Class<?> c) {
        for (Class<?> k = c; k != GameObject.class; k = k.getSuperclass()) {
            try {
                k.getDeclaredMethod("newInstance");
                return Optional.empty();
            } catch (NoSuchMethodException e) {
                // not overridden at this level; look further up
            }
        }
        try {
            return Optional.of(c.getDeclaredConstructor());
        } catch (NoSuchMethodException e) {
            return Optional.empty();
        }
    }
}

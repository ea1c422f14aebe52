package dev.javelin.engine.physics;

import dev.javelin.engine.world.GameWorld;

/**
 * Moves the objects of a world by one fixed step and reports contacts. Implementations must be
 * deterministic: the same world and {@code dtSeconds} give bit-identical results on every machine,
 * objects are visited in ascending id order, and nothing reads the wall clock.
 *
 * <p>Threads: the simulation thread only.
 */
public interface PhysicsEngine {

    /**
     * Advances every object in {@code world} by {@code dtSeconds} and reports contacts that began or
     * ended to {@code sink}.
     */
    void step(GameWorld world, float dtSeconds, CollisionSink sink);

    /**
     * Forgets which pairs were touching, so the next step reports every current contact as new. A client
     * calls it after it replaces its world state wholesale.
     */
    default void resetContacts() {
    }
}

package dev.javelin.engine.physics;

import dev.javelin.engine.world.GameObject;

/**
 * Where a {@link PhysicsEngine} reports contacts that begin or end. Called on the simulation thread,
 * during the physics step, with {@code a.id() < b.id()}, in ascending (a, b) order.
 */
public interface CollisionSink {

    /** {@code a} and {@code b} touch now and did not at the previous step. */
    void collisionStarted(GameObject a, GameObject b);

    /** {@code a} and {@code b} touched at the previous step and do not now; both are still in the world. */
    void collisionStopped(GameObject a, GameObject b);

    /** A sink that ignores everything. */
    CollisionSink IGNORE = new CollisionSink() {
        @Override
        public void collisionStarted(GameObject a, GameObject b) {
        }

        @Override
        public void collisionStopped(GameObject a, GameObject b) {
        }
    };
}

package dev.javelin.bench.render;

import dev.javelin.engine.world.DynamicObject;
import dev.javelin.engine.GameConfig;
import dev.javelin.engine.GameEngine;
import dev.javelin.engine.world.GameObject;
import dev.javelin.engine.world.GameWorld;
import dev.javelin.engine.world.Input;
import dev.javelin.engine.physics.CollisionSink;
import dev.javelin.engine.physics.PhysicsConfig;
import dev.javelin.engine.physics.PhysicsEngine;
import dev.javelin.engine.physics.WorldBounds;
import java.util.List;

/**
 * N sprites drifting and spinning through a wrapping field. Its physics only moves objects (no
 * collision tests), so that the benchmark measures drawing rather than the broad phase.
 */
final class MovingSprites extends GameEngine {

    MovingSprites(int count, float width, float height, float size) {
        super(GameConfig.defaults().withPhysics(PhysicsConfig.builder().bounds(WorldBounds.wrap(width, height)).build()),
                new MoveOnly(WorldBounds.wrap(width, height)));
        for (int i = 0; i < count; i++) {
            DynamicObject o = new DynamicObject(random().nextFloat() * width, random().nextFloat() * height, size, size);
            o.velocity.set(random().nextFloat() * 120f - 60f, random().nextFloat() * 120f - 60f);
            o.angularVelocity = random().nextFloat() * 4f - 2f;
            // Start turned, so that a --still frame shows rotated sprites as a moving one does.
            o.angle = random().nextFloat() * 6.2831855f;
            addObject(o);
        }
    }

    @Override
    public void processInput(Input input, int playerId, boolean isServer) {
    }

    /** Integrates position and angle and wraps; nothing else. */
    private static final class MoveOnly implements PhysicsEngine {
        private final WorldBounds bounds;

        MoveOnly(WorldBounds bounds) {
            this.bounds = bounds;
        }

        @Override
        public void step(GameWorld world, float dt, CollisionSink sink) {
            List<GameObject> objects = world.objects();
            for (int i = 0, n = objects.size(); i < n; i++) {
                DynamicObject d = (DynamicObject) objects.get(i);
                d.position.set(bounds.wrapX(d.position.x + d.velocity.x * dt), bounds.wrapY(d.position.y + d.velocity.y * dt));
                d.angle += d.angularVelocity * dt;
            }
        }
    }
}

package dev.javelin.bench.bandwidth;

import dev.javelin.engine.world.DynamicObject;
import dev.javelin.engine.GameConfig;
import dev.javelin.engine.GameEngine;
import dev.javelin.engine.world.Input;
import dev.javelin.engine.schema.ClassRegistry;
import dev.javelin.engine.schema.FloatRange;
import dev.javelin.engine.schema.NetPrecision;
import dev.javelin.engine.physics.PhysicsConfig;
import dev.javelin.engine.physics.SimplePhysicsEngine;
import dev.javelin.engine.physics.WorldBounds;

/**
 * Scene (b): 1,000 2D {@link DynamicObject}s in a 1024 x 1024 wrap-around world, like ships and rocks of
 * an arena game. Every object always moves (10 to 60 units/s); each picks a new heading and speed about
 * every 1.5 s, and half of them spin. Deterministic.
 *
 * <p>Networked with {@link #PRECISION}: position at 1/32 unit, velocity within +-128 at 1/32,
 * angle in 10 bits, angular velocity within +-8 rad/s at 1/64, plus the cold fields (owner, room, size,
 * friction, maxSpeed, mass, isStatic) that never change here.
 */
public final class ObjectGame extends GameEngine {

    public static final NetPrecision PRECISION = NetPrecision.builder()
            .position(FloatRange.of(0f, 1024f, 32f), FloatRange.of(0f, 1024f, 32f))
            .velocity(FloatRange.of(-128f, 128f, 32f))
            .angleBits(10)
            .angularVelocity(FloatRange.of(-8f, 8f, 64f))
            .build();
    public static final ClassRegistry REGISTRY = ClassRegistry.builder(PRECISION)
            .object(1, DynamicObject.class)
            .build();
    static final int COUNT = 1000;

    public ObjectGame() {
        super(sceneConfig(), new SimplePhysicsEngine(sceneConfig().physics()), REGISTRY);
        for (int i = 0; i < COUNT; i++) {
            DynamicObject o = new DynamicObject(random().nextFloat() * 1024f, random().nextFloat() * 1024f, 2f, 2f);
            steer(o, i);
            addObject(o);
        }
        events().preStep.subscribe((step, reenact) -> {
            var objects = world().objects();
            for (int i = 0, n = objects.size(); i < n; i++) {
                if (random().nextInt(90) == 0) {
                    steer((DynamicObject) objects.get(i), i);
                }
            }
        });
    }

    private void steer(DynamicObject o, int index) {
        float heading = random().nextFloat() * 6.2831855f;
        float speed = 10f + random().nextFloat() * 50f;
        o.velocity.set(speed * (float) StrictMath.cos(heading), speed * (float) StrictMath.sin(heading));
        o.angle = heading - 3.1415927f;
        o.angularVelocity = index % 2 == 0 ? 0f : (random().nextFloat() - 0.5f) * 4f;
    }

    private static GameConfig sceneConfig() {
        return new GameConfig(60, 7L, PhysicsConfig.builder().bounds(WorldBounds.wrap(1024f, 1024f)).build());
    }

    @Override
    public void processInput(Input input, int playerId, boolean isServer) {
    }
}

package dev.javelin.render.demo;

import dev.javelin.engine.GameConfig;
import dev.javelin.engine.GameEngine;
import dev.javelin.engine.world.GameObject;
import dev.javelin.engine.world.GameWorld;
import dev.javelin.engine.world.Input;
import dev.javelin.engine.world.PhysicalObject3D;
import dev.javelin.engine.physics.CollisionSink;
import dev.javelin.engine.physics.PhysicsEngine;
import dev.javelin.engine.schema.Net;
import java.util.List;

/**
 * A synthetic scene for drawing 3D objects: a square of unit cubes on a floor, each tumbling about its
 * own axis and bobbing, and one larger "player" cube driven round a Lissajous path through them. Only
 * the drawing is realistic: its physics merely turns and moves the cubes (no contacts), so that it
 * measures the renderer rather than a solver. Deterministic. Simulation thread only.
 *
 * <p>Not part of the framework's API: the 3D demo and the render benchmark share it.
 */
public final class CubeScene extends GameEngine {

    /** Metres between neighbouring cubes' centres. */
    public static final float SPACING = 1.6f;

    /** One of the many unit cubes. */
    public static class Cube extends PhysicalObject3D {
        /** Phase of its bob, radians. */
        @Net
        public float phase;
    }

    /** The cube that moves through the others. */
    public static class Player extends PhysicalObject3D {
    }

    private final Player player;
    private final float half;

    /** {@code cubes} objects in all (at least 1): the player and {@code cubes - 1} tumbling cubes. */
    public CubeScene(int cubes) {
        super(GameConfig.defaults(), new Tumble());
        if (cubes < 1) {
            throw new IllegalArgumentException("the cube scene needs at least 1 cube, got " + cubes);
        }
        int side = Math.max(1, (int) Math.ceil(Math.sqrt(cubes - 1)));
        half = side * SPACING * 0.5f;
        player = new Player();
        player.size.set(2f, 2f, 2f);
        player.position.set(0f, 0f, 1f);
        addObject(player);
        for (int i = 0; i < cubes - 1; i++) {
            Cube c = new Cube();
            c.position.set((i % side + 0.5f) * SPACING - half, (i / side + 0.5f) * SPACING - half, 0.5f);
            c.orientation.rotationXYZ(random().nextFloat() * 6.28f, random().nextFloat() * 6.28f,
                    random().nextFloat() * 6.28f);
            c.angularVelocity.set(random().nextFloat() * 4f - 2f, random().nextFloat() * 4f - 2f,
                    random().nextFloat() * 4f - 2f);
            c.phase = random().nextFloat() * 6.28f;
            addObject(c);
        }
    }

    /** The player's cube. */
    public Player player() {
        return player;
    }

    /** Half the side of the square the cubes stand on, in metres. */
    public float halfExtent() {
        return half;
    }

    @Override
    public void processInput(Input input, int playerId, boolean isServer) {
    }

    /** Turns every cube by its angular velocity, bobs it, and drives the player round its path. */
    private static final class Tumble implements PhysicsEngine {
        @Override
        public void step(GameWorld world, float dt, CollisionSink sink) {
            List<GameObject> objects = world.objects();
            float t = world.stepCount() * dt;
            for (int i = 0, n = objects.size(); i < n; i++) {
                GameObject o = objects.get(i);
                if (o instanceof Cube c) {
                    c.orientation.integrate(dt, c.angularVelocity.x, c.angularVelocity.y, c.angularVelocity.z);
                    c.position.z = 0.5f + 0.4f * (1f + (float) Math.sin(2f * t + c.phase));
                } else if (o instanceof Player p) {
                    float r = Math.max(2f, (float) Math.sqrt(n) * SPACING * 0.35f);
                    p.position.set(r * (float) Math.sin(0.3f * t), r * (float) Math.sin(0.2f * t), 1f);
                    p.orientation.rotationZ(0.3f * t);
                }
            }
        }
    }
}

package dev.javelin.engine;

import dev.javelin.engine.util.GameRandom;
import dev.javelin.engine.world.DynamicObject;
import dev.javelin.engine.world.GameObject;
import dev.javelin.engine.world.Input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.javelin.engine.physics.PhysicsConfig;
import dev.javelin.engine.physics.WorldBounds;
import org.junit.jupiter.api.Test;

class DeterminismTest {

    /** A busy game: inputs push ships, game logic uses the engine's random source, spawns and destroys. */
    static final class BusyGame extends TestGame {
        int collisions;

        BusyGame(long seed) {
            super(new GameConfig(60, seed, PhysicsConfig.builder().bounds(WorldBounds.wrap(160, 120))
                    .autoResolve(true).restitution(0.9f).cellSize(4).build()));
            for (int i = 0; i < 500; i++) {
                DynamicObject o = new DynamicObject(random().nextFloat(0, 160), random().nextFloat(0, 120),
                        random().nextFloat(0.5f, 3f), random().nextFloat(0.5f, 3f));
                o.velocity.set(random().nextFloat(-20, 20), random().nextFloat(-20, 20));
                o.angularVelocity = random().nextFloat(-3, 3);
                o.friction = 0.001f;
                o.maxSpeed = 40;
                o.setOwnerId(1 + i % 8);
                addObject(o);
            }
            events().collisionStart.subscribe((a, b) -> collisions++);
            timer().every(7, () -> {
                var objects = world().objects();
                removeObject(objects.get(random().nextInt(objects.size())).id());
                DynamicObject o = new DynamicObject(random().nextFloat(0, 160), random().nextFloat(0, 120), 1, 1);
                o.velocity.set(random().nextFloat(-30, 30), random().nextFloat(-30, 30));
                o.setOwnerId(1 + random().nextInt(8));
                addObject(o);
            });
        }
    }

    private static void run(BusyGame game, long inputSeed, int steps, int corruptAtStep) {
        GameRandom inputs = new GameRandom(inputSeed);
        for (int step = 1; step <= steps; step++) {
            for (int player = 1; player <= 8; player++) {
                if (inputs.nextInt(4) == 0) {
                    game.processInput(new Input("push", inputs.nextFloat(-1, 1), inputs.nextFloat(-1, 1), step, step),
                            player, true);
                }
            }
            if (step == corruptAtStep) {
                game.processInput(new Input("push", 1e-3f, 0f, step, step), 1, true);
            }
            game.step(false);
        }
    }

    /** Every field of every object, as raw bits, plus the world's step and the random state. */
    static String fingerprint(GameEngine game) {
        StringBuilder sb = new StringBuilder();
        sb.append(game.world().stepCount()).append('/').append(game.random().state()).append('\n');
        for (GameObject g : game.world().objects()) {
            DynamicObject o = (DynamicObject) g;
            sb.append(o.id()).append(':').append(o.ownerId())
                    .append(',').append(Float.floatToRawIntBits(o.position.x))
                    .append(',').append(Float.floatToRawIntBits(o.position.y))
                    .append(',').append(Float.floatToRawIntBits(o.velocity.x))
                    .append(',').append(Float.floatToRawIntBits(o.velocity.y))
                    .append(',').append(Float.floatToRawIntBits(o.angle))
                    .append(',').append(Float.floatToRawIntBits(o.angularVelocity))
                    .append(',').append(Float.floatToRawIntBits(o.width))
                    .append(',').append(Float.floatToRawIntBits(o.height))
                    .append(',').append(Float.floatToRawIntBits(o.friction))
                    .append(',').append(Float.floatToRawIntBits(o.maxSpeed))
                    .append(',').append(Float.floatToRawIntBits(o.mass))
                    .append(',').append(o.isStatic).append('\n');
        }
        return sb.toString();
    }

    @Test
    void twoEnginesFedTheSameInputsAreBitIdenticalAfterTenThousandSteps() {
        BusyGame a = new BusyGame(99);
        BusyGame b = new BusyGame(99);
        run(a, 5, 10_000, -1);
        run(b, 5, 10_000, -1);
        assertEquals(10_000, a.world().stepCount());
        assertEquals(500, a.world().size());
        assertTrue(a.collisions > 10_000, "the world must really collide, saw " + a.collisions);
        assertEquals(a.collisions, b.collisions);
        assertEquals(fingerprint(a), fingerprint(b));
    }

    @Test
    void aSingleDifferentInputIsVisibleInTheFingerprint() {
        BusyGame a = new BusyGame(99);
        BusyGame b = new BusyGame(99);
        run(a, 5, 600, -1);
        run(b, 5, 600, 300);
        assertNotEquals(fingerprint(a), fingerprint(b));
    }
}

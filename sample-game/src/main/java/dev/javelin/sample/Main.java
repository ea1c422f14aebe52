package dev.javelin.sample;

import dev.javelin.engine.DynamicObject;
import dev.javelin.engine.GameConfig;
import dev.javelin.engine.GameEngine;
import dev.javelin.engine.Input;
import dev.javelin.engine.loop.Clock;
import dev.javelin.engine.loop.StepLoop;
import dev.javelin.engine.physics.PhysicsConfig;
import dev.javelin.engine.physics.WorldBounds;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Headless demo until the sample game lands: a world of drifting, bouncing rocks stepped at 60 steps/s
 * on the engine's own loop for a few seconds, printing what happens once a second.
 * Usage: {@code java -jar javelin-sample.jar [--duration=<seconds>]}.
 */
public final class Main {

    private Main() {
    }

    /** A tiny game: rocks bounce around a wrapping field; "push" nudges every rock. */
    static final class RockField extends GameEngine {
        RockField(GameConfig config) {
            super(config);
            for (int i = 0; i < 40; i++) {
                DynamicObject rock = new DynamicObject(random().nextFloat(0, 80), random().nextFloat(0, 60), 3, 3);
                rock.velocity.set(random().nextFloat(-10, 10), random().nextFloat(-10, 10));
                addObject(rock);
            }
        }

        @Override
        public void processInput(Input input, int playerId, boolean isServer) {
            if (input.action().equals("push")) {
                world().byClass(DynamicObject.class).forEach(r -> r.velocity.add(input.x(), input.y()));
            }
        }
    }

    public static void main(String[] args) throws InterruptedException {
        double seconds = 5;
        for (String a : args) {
            if (a.startsWith("--duration=")) {
                seconds = Double.parseDouble(a.substring("--duration=".length()));
            } else {
                System.err.println("unknown option '" + a + "'; allowed: --duration=<seconds>");
                System.exit(2);
            }
        }
        GameConfig config = GameConfig.defaults().withPhysics(PhysicsConfig.builder()
                .bounds(WorldBounds.wrap(80, 60)).autoResolve(true).build());
        RockField game = new RockField(config);
        AtomicInteger collisions = new AtomicInteger();
        game.events().collisionStart.subscribe((a, b) -> collisions.incrementAndGet());
        int totalSteps = (int) Math.round(seconds * config.stepRate());
        CountDownLatch done = new CountDownLatch(1);
        StepLoop loop = new StepLoop(Clock.system(), config.stepPeriodNanos(), 5, due -> {
            int step = game.world().stepCount() + 1;
            if (step % 120 == 0) {
                game.processInput(new Input("push", game.random().nextFloat(-3, 3), game.random().nextFloat(-3, 3),
                        step, step), 0, true);
            }
            game.step(false);
            if (step % config.stepRate() == 0) {
                DynamicObject first = (DynamicObject) game.world().objects().get(0);
                System.out.printf("step %4d  objects %d  collisions so far %4d  rock #1 at (%.2f, %.2f)%n",
                        step, game.world().size(), collisions.get(), first.position.x, first.position.y);
            }
            if (step >= totalSteps) {
                done.countDown();
            }
        });
        System.out.println("Javelin headless demo: " + game.world().size() + " rocks, " + config.stepRate()
                + " steps/s, " + seconds + " s");
        loop.start("simulation");
        done.await();
        loop.stop();
        System.out.println("done after " + game.world().stepCount() + " steps");
    }
}

package dev.javelin.bench.render;

import dev.javelin.cubes.game.CubeBot;
import dev.javelin.cubes.game.CubesGame;
import dev.javelin.cubes.game.PlayerCube;
import dev.javelin.cubes.view.CubesRenderer;
import dev.javelin.engine.loop.Clock;
import dev.javelin.engine.loop.StepLoop;
import dev.javelin.engine.world.Input;
import dev.javelin.engine.view.RenderStatePublisher;
import dev.javelin.render.RenderOptions;

/**
 * The render benchmark's real scene ({@code --bullet}): the cube sample's game stepped by Bullet in this
 * process (no network), its pile a square grid of about {@code cubes - 1} cubes, one player's cube driven by
 * a {@link CubeBot} so that cubes tumble and wake, drawn by the sample's {@link CubesRenderer} (follow camera,
 * ground, HUD). What is measured is the renderer with the simulation's real load beside it.
 *
 * <p>Threads: built on the main thread; the loop steps on its own thread.
 */
final class BulletStage {

    private BulletStage() {
    }

    static Cubes3D.Stage create(int cubes, RenderOptions options) {
        int grid = Math.max(1, Math.min(80, (int) Math.round(Math.sqrt(Math.max(1, cubes - 1)))));
        CubesGame game = new CubesGame(CubesGame.config(1, 60), grid);
        game.populate();
        PlayerCube me = new PlayerCube();
        me.setOwnerId(1);
        me.position.set(0f, -(grid * 1.5f * 0.5f + 4f), 1f);
        game.addObject(me);
        CubeBot bot = new CubeBot(7);
        RenderStatePublisher publisher = new RenderStatePublisher(game.config().stepPeriodNanos(),
                game.config().physics().bounds());
        int[] sequence = {0};
        Runnable step = () -> {
            int next = game.world().stepCount() + 1;
            for (String action : bot.decide(me, grid)) {
                game.processInput(new Input(action, 0f, 0f, next, ++sequence[0]), 1, true);
            }
            game.step(false);
        };
        StepLoop loop = new StepLoop(Clock.system(), game.config().stepPeriodNanos(), 5, due -> {
            step.run();
            publisher.publishWorld(game.world(), due);
        });
        CubesRenderer renderer = new CubesRenderer(options, () -> 1, "standalone");
        return new Cubes3D.Stage(loop, publisher, renderer, () -> {
            step.run();
            publisher.publishWorld(game.world(), 0L);
        });
    }
}

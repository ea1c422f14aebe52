package dev.javelin.cubes.view;

import dev.javelin.cubes.CubesView;
import dev.javelin.cubes.game.CubeBot;
import dev.javelin.cubes.game.CubesGame;
import dev.javelin.engine.client.ClientEngine;
import dev.javelin.engine.view.InputQueue;
import dev.javelin.engine.view.RenderStatePublisher;
import dev.javelin.render.Keys;
import dev.javelin.render.RenderOptions;
import dev.javelin.sample.LaunchConfig;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * The cube sample's window: a {@link CubesRenderer} fed by the client's render states, its keys feeding the
 * client's input queue. Settings from the launcher: {@code --width}, {@code --height}, {@code --vsync},
 * {@code --fpsCap}, {@code --netGraph}, {@code --screenshotDir}, {@code --sync}, and with {@code --duration}
 * a {@code --screenshot} of the last frame; {@code --autopilot=true} lets a {@link CubeBot} drive the
 * player's cube (demos, screenshots).
 *
 * <p>Threads: {@link #run} on the process's main thread (GLFW's rule); it draws there until the window is
 * closed, Esc, the duration ends, or the client stops.
 */
public final class CubesWindow implements CubesView {

    private final LaunchConfig config;

    public CubesWindow(LaunchConfig config) {
        this.config = config;
    }

    @Override
    public void run(ClientEngine client, double seconds) throws Exception {
        CubesGame game = (CubesGame) client.game();
        RenderStatePublisher publisher = new RenderStatePublisher(game.config().stepPeriodNanos(),
                game.config().physics().bounds());
        InputQueue inputs = new InputQueue();
        client.useInputQueue(inputs);
        client.publishTo(publisher);
        if (config.flag("autopilot")) {
            CubeBot brain = new CubeBot(config.longValue("seed"));
            client.addStepListener((c, due) -> {
                for (String action : brain.decide(game.cubeOf(c.playerId()), game.grid())) {
                    c.queueInput(action, 0, 0);
                }
            });
        }
        client.start();
        RenderOptions.Builder options = RenderOptions.builder().title("Javelin — networked cubes")
                .size(config.integer("width"), config.integer("height")).vsync(config.flag("vsync"))
                .clearColor(CubesRenderer.SKY).quitKey(Keys.ESCAPE).screenshotDir(config.screenshotDir())
                .netGraphVisible(config.flag("netGraph"));
        int fpsCap = config.integer("fpsCap");
        if (fpsCap > 0) {
            options.fpsCap(fpsCap);
        }
        String strategy = config.string("sync") + (config.flag("predictLocal") ? " + predictLocal" : "");
        CubesRenderer view = new CubesRenderer(options.build(), client::playerId, strategy);
        if (seconds > 0) {
            daemon("javelin-duration", () -> {
                LockSupport.parkNanos((long) (seconds * 1e9));
                String shot = config.string("screenshot");
                if (!shot.isEmpty()) {
                    try {
                        System.out.println("screenshot saved to "
                                + view.screenshot(Path.of(shot)).get(10, TimeUnit.SECONDS));
                    } catch (Exception e) {
                        System.err.println("javelin-cubes: screenshot failed: " + e.getMessage());
                    }
                }
                view.stop();
            });
        }
        daemon("javelin-watch", () -> {
            while (client.failure() == null && client.disconnectReason() == null && !Thread.interrupted()) {
                LockSupport.parkNanos(50_000_000L);
            }
            view.stop();
        });
        view.run(publisher, inputs);
    }

    private static void daemon(String name, Runnable r) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        t.start();
    }
}

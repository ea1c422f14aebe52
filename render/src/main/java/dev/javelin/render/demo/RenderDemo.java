package dev.javelin.render.demo;

import dev.javelin.engine.world.DynamicObject;
import dev.javelin.engine.world.Input;
import dev.javelin.engine.loop.Clock;
import dev.javelin.engine.loop.StepLoop;
import dev.javelin.engine.view.InputAction;
import dev.javelin.engine.view.InputQueue;
import dev.javelin.engine.view.NetStats;
import dev.javelin.engine.view.RenderState;
import dev.javelin.engine.view.RenderStatePublisher;
import dev.javelin.render.Color;
import dev.javelin.render.GlRenderer;
import dev.javelin.render.Graphics;
import dev.javelin.render.KeyBindings.Trigger;
import dev.javelin.render.Keys;
import dev.javelin.render.Pixels;
import dev.javelin.render.RenderOptions;
import dev.javelin.render.TextureAtlas;
import dev.javelin.render.TextureRegion;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@link DemoGame} on a step-loop thread at 60 steps/s and draws it with {@link GlRenderer} on the
 * main thread: arrows fly the ship, space fires, F3 shows the net graph, F12 saves a screenshot.
 *
 * <p>Arguments: {@code --rocks N} (default 300), {@code --offscreen} (no window: GLFW null platform),
 * {@code --frames N} (stop after N frames), {@code --screenshot FILE} (save the last frame),
 * {@code --netgraph} (overlay on at start).
 */
public final class RenderDemo {

    private RenderDemo() {
    }

    public static void main(String[] args) throws Exception {
        int rocks = 300;
        boolean offscreen = false;
        long frames = 0;
        Path shot = null;
        boolean netGraph = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--rocks" -> rocks = Integer.parseInt(args[++i]);
                case "--offscreen" -> offscreen = true;
                case "--frames" -> frames = Long.parseLong(args[++i]);
                case "--screenshot" -> shot = Path.of(args[++i]);
                case "--netgraph" -> netGraph = true;
                default -> throw new IllegalArgumentException("unknown argument " + args[i]
                        + "; use --rocks N, --offscreen, --frames N, --screenshot FILE, --netgraph");
            }
        }
        DemoGame game = new DemoGame(rocks);
        Clock clock = Clock.system();
        RenderStatePublisher publisher = new RenderStatePublisher(game.config().stepPeriodNanos(),
                game.config().physics().bounds());
        InputQueue inputs = new InputQueue();
        int[] sequence = {0};
        NetStats local = new NetStats(0f, 0f, 0f, 0, 0f, 0f, "local", 0f, 0f, 0f);
        StepLoop loop = new StepLoop(clock, game.config().stepPeriodNanos(), 5, due -> {
            int next = game.world().stepCount() + 1;
            for (InputAction a : inputs.drain()) {
                Input in = a.toInput(next, ++sequence[0]);
                game.processInput(in, 1, false);
            }
            game.step(false);
            publisher.publish(game.world().objects(), game.world().stepCount(), due, local);
        });

        GlRenderer renderer = new GlRenderer(RenderOptions.builder().title("Javelin render demo")
                .size(1024, 640).fpsCap(120).offscreen(offscreen).maxFrames(frames).netGraphVisible(netGraph)
                .snapDistance(20f).build()) {
            @Override
            protected void drawHud(Graphics g, RenderState state) {
                g.text("arrows: fly   space: fire   F3: net graph   F12: screenshot", 12f, g.height() - 12f,
                        16f, 0xB0B0C0FF);
            }
        };
        registerDrawing(renderer);
        renderer.bindings()
                .bind(Keys.UP, "up", Trigger.REPEAT)
                .bind(Keys.LEFT, "left", Trigger.REPEAT)
                .bind(Keys.RIGHT, "right", Trigger.REPEAT)
                .bind(Keys.SPACE, "fire", Trigger.ONCE);
        renderer.camera().setViewHeight(60f);
        renderer.camera().follow(game.ship().id());
        CompletableFuture<Path> screenshot = new CompletableFuture<>();
        if (shot != null && frames > 0) {
            Path file = shot;
            long last = frames;
            renderer.addFrameListener((frame, end, nanos) -> {
                if (frame == last - 1) {
                    renderer.screenshot(file).whenComplete((p, e) -> {
                        if (e == null) {
                            screenshot.complete(p);
                        } else {
                            screenshot.completeExceptionally(e);
                        }
                    });
                }
            });
        }

        loop.start("simulation");
        try {
            renderer.run(publisher, inputs);
        } finally {
            loop.stop();
        }
        if (shot != null) {
            System.out.println("screenshot saved to " + screenshot.get(10, TimeUnit.SECONDS));
        }
    }

    static void registerDrawing(GlRenderer renderer) {
        TextureAtlas atlas = TextureAtlas.builder().name("demo")
                .add("rock", Pixels.disc(32, 0xA08C78FF))
                .add("bullet", Pixels.disc(8, 0xFFE080FF))
                .build();
        TextureRegion rock = atlas.region("rock");
        TextureRegion bullet = atlas.region("bullet");
        renderer.onDraw(DemoGame.Rock.class, (g, r) ->
                g.sprite(rock, r.position.x, r.position.y, r.width, r.height, r.angle));
        renderer.onDraw(DemoGame.Bullet.class, (g, b) ->
                g.sprite(bullet, b.position.x, b.position.y, b.width, b.height, 0f));
        renderer.onDraw(DemoGame.Ship.class, (g, s) -> {
            float c = (float) Math.cos(s.angle);
            float n = (float) Math.sin(s.angle);
            float[] hull = {
                s.position.x + c * 2f, s.position.y + n * 2f,
                s.position.x - c * 1.2f - n * 1.2f, s.position.y - n * 1.2f + c * 1.2f,
                s.position.x - c * 1.2f + n * 1.2f, s.position.y - n * 1.2f - c * 1.2f,
            };
            g.fillPolygon(hull, s.colour);
            g.polygon(hull, Color.WHITE);
            g.text(s.name, s.position.x - g.textWidth(s.name, 1.4f) / 2, s.position.y + 2.6f, 1.4f, Color.WHITE);
        });
        renderer.onDraw(DynamicObject.class, (g, o) -> g.rect(o.position.x, o.position.y, o.width, o.height,
                o.angle, Color.GREY));
    }
}

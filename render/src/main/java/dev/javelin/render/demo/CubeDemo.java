package dev.javelin.render.demo;

import dev.javelin.engine.loop.Clock;
import dev.javelin.engine.loop.StepLoop;
import dev.javelin.engine.view.InputQueue;
import dev.javelin.engine.view.NetStats;
import dev.javelin.engine.view.RenderState;
import dev.javelin.engine.view.RenderStatePublisher;
import dev.javelin.render.Color;
import dev.javelin.render.GlRenderer3D;
import dev.javelin.render.Graphics;
import dev.javelin.render.Graphics3D;
import dev.javelin.render.Mesh;
import dev.javelin.render.RenderOptions;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@link CubeScene} on a step-loop thread at 60 steps/s and draws it with {@link GlRenderer3D} on
 * the main thread, the camera slowly circling the scene: F3 shows the net graph, F4 the collision
 * shapes, F12 saves a screenshot.
 *
 * <p>Arguments: {@code --cubes N} (default 901), {@code --offscreen} (no window: GLFW null platform),
 * {@code --frames N} (stop after N frames), {@code --screenshot FILE} (save the last frame),
 * {@code --netgraph} (overlay on at start), {@code --debug} (collision shapes on at start),
 * {@code --follow} (the camera follows the player's cube).
 */
public final class CubeDemo {

    /** The cubes' colours, by id. */
    private static final int[] PALETTE = {0xD9674EFF, 0xE3B448FF, 0x5FA8D3FF, 0x7BC47FFF, 0xB07CC6FF, 0xE0E0E0FF};
    private static final int PLAYER_COLOR = 0xF2F2F2FF;
    private static final int FLOOR_COLOR = 0x5A6470FF;

    private CubeDemo() {
    }

    public static void main(String[] args) throws Exception {
        int cubes = 901;
        boolean offscreen = false;
        long frames = 0;
        Path shot = null;
        boolean netGraph = false;
        boolean debug = false;
        boolean follow = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--cubes" -> cubes = Integer.parseInt(args[++i]);
                case "--offscreen" -> offscreen = true;
                case "--frames" -> frames = Long.parseLong(args[++i]);
                case "--screenshot" -> shot = Path.of(args[++i]);
                case "--netgraph" -> netGraph = true;
                case "--debug" -> debug = true;
                case "--follow" -> follow = true;
                default -> throw new IllegalArgumentException("unknown argument " + args[i] + "; use --cubes N, "
                        + "--offscreen, --frames N, --screenshot FILE, --netgraph, --debug, --follow");
            }
        }
        CubeScene scene = new CubeScene(cubes);
        RenderStatePublisher publisher = new RenderStatePublisher(scene.config().stepPeriodNanos(),
                scene.config().physics().bounds());
        NetStats local = new NetStats(0f, 0f, 0f, 0, 0f, 0f, "local", 0f, 0f, 0f);
        StepLoop loop = new StepLoop(Clock.system(), scene.config().stepPeriodNanos(), 5, due -> {
            scene.step(false);
            publisher.publish(scene.world().objects(), scene.world().stepCount(), due, local);
        });
        float extent = scene.halfExtent();
        boolean orbiting = !follow;
        GlRenderer3D renderer = new GlRenderer3D(RenderOptions.builder().title("Javelin 3D demo").size(1024, 640)
                .fpsCap(120).offscreen(offscreen).maxFrames(frames).netGraphVisible(netGraph)
                .clearColor(0x9DB4C8FF).build()) {
            @Override
            protected void drawScene(Graphics3D g, RenderState state) {
                drawFloor(g, extent);
                if (orbiting) {
                    // Circles the scene once a minute (the aim set here takes effect from the next frame).
                    float yaw = -1.2f + (state.step() + g.alpha()) * (float) (2 * Math.PI / 3600);
                    camera3D().orbit(0f, 0f, 0f, yaw, 0.62f, extent * 2.3f + 6f);
                }
            }

            @Override
            protected void drawHud(Graphics g, RenderState state) {
                String text = String.format(Locale.ROOT, "%d cubes   F3: net graph   F4: collision shapes   F12: screenshot",
                        state.objects().size());
                g.text(text, 12f, g.height() - 12f, 16f, 0x202020FF);
            }
        };
        registerDrawing(renderer);
        renderer.setDebugShapesVisible(debug);
        renderer.camera3D().orbit(0f, 0f, 0f, -1.2f, 0.62f, extent * 2.3f + 6f);
        if (follow) {
            renderer.camera3D().follow(scene.player().id(), -1.2f, 0.5f, 14f, 0f);
        }
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
            renderer.run(publisher, new InputQueue());
        } finally {
            loop.stop();
        }
        if (shot != null) {
            System.out.println("screenshot saved to " + screenshot.get(10, TimeUnit.SECONDS));
        }
    }

    /**
     * How the scene looks: each cube a unit box in a colour picked by its id, the player's cube white,
     * and the player's collision shape in the debug view as a sphere around its box as well.
     */
    public static void registerDrawing(GlRenderer3D renderer) {
        Mesh box = Mesh.box();
        renderer.onDraw3D(CubeScene.Cube.class, (g, c) ->
                g.draw(box, c.position, c.orientation, c.size, PALETTE[c.id() % PALETTE.length]));
        renderer.onDraw3D(CubeScene.Player.class, box, PLAYER_COLOR);
        renderer.onDebugShape(CubeScene.Player.class, (g, p) -> {
            g.draw(Mesh.wireBox(), p.position, p.orientation, p.size, Color.YELLOW);
            g.draw(Mesh.wireSphere(), p.position.x, p.position.y, p.position.z, p.size.length(), Color.YELLOW);
        });
    }

    /** The floor under a square of half side {@code extent}, with a margin. */
    public static void drawFloor(Graphics3D g, float extent) {
        float side = 2f * extent + 8f;
        g.draw(Mesh.plane(), 0f, 0f, 0f, 0f, 0f, 0f, 1f, side, side, 1f, FLOOR_COLOR);
    }
}

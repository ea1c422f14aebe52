package dev.javelin.bench.render;

import dev.javelin.engine.world.DynamicObject;
import dev.javelin.engine.loop.Clock;
import dev.javelin.engine.loop.StepLoop;
import dev.javelin.engine.view.InputQueue;
import dev.javelin.engine.view.RenderStatePublisher;
import dev.javelin.render.GlRenderer;
import dev.javelin.render.Pixels;
import dev.javelin.render.RenderOptions;
import dev.javelin.render.TextureAtlas;
import dev.javelin.render.TextureRegion;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Render benchmark: for each sprite count, a {@link MovingSprites} game steps at 60 steps/s on a
 * step-loop thread and publishes render states; a {@link GlRenderer} with no vsync and no cap draws
 * them (8 x 8 pixel textured, tinted, rotated sprites from one atlas, interpolated every frame) in a
 * window on the main thread. After a warm-up it records every frame interval and prints
 * {@code RENDER sprites=<n> fps=<> frameP99Ms=<>}; details go to stderr.
 *
 * <p>Arguments: sprite counts (default 1000 10000 50000), {@code --seconds S} measured (default 5),
 * {@code --warmup S} (default 2), {@code --size WxH} (default 800x600), {@code --sprite PX} sprite
 * side in pixels (default 8), {@code --offscreen} (GLFW null platform instead of a window),
 * {@code --still} (no simulation thread: one state published once, to see the drawing cost alone),
 * {@code --quads} / {@code --points} (force a {@link RenderOptions.SpritePath}; default: the renderer's
 * choice).
 * Stderr also gives the CPU time per frame of this process's threads, Mesa's rasteriser threads included.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        List<Integer> counts = new ArrayList<>();
        double seconds = 5;
        double warmup = 2;
        int width = 800;
        int height = 600;
        float sprite = 8f;
        boolean offscreen = false;
        boolean still = false;
        RenderOptions.SpritePath path = RenderOptions.SpritePath.AUTO;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--seconds" -> seconds = Double.parseDouble(args[++i]);
                case "--warmup" -> warmup = Double.parseDouble(args[++i]);
                case "--size" -> {
                    String[] wh = args[++i].split("x");
                    width = Integer.parseInt(wh[0]);
                    height = Integer.parseInt(wh[1]);
                }
                case "--sprite" -> sprite = Float.parseFloat(args[++i]);
                case "--offscreen" -> offscreen = true;
                case "--still" -> still = true;
                case "--quads" -> path = RenderOptions.SpritePath.QUADS;
                case "--points" -> path = RenderOptions.SpritePath.POINTS;
                default -> counts.add(Integer.parseInt(args[i]));
            }
        }
        if (counts.isEmpty()) {
            counts = List.of(1_000, 10_000, 50_000);
        }
        for (int n : counts) {
            run(n, seconds, warmup, width, height, sprite, offscreen, still, path);
        }
    }

    private static void run(int sprites, double seconds, double warmup, int width, int height, float size,
                            boolean offscreen, boolean still, RenderOptions.SpritePath path) {
        // One world unit per pixel: the view shows the whole wrapping field.
        MovingSprites game = new MovingSprites(sprites, width, height, size);
        RenderStatePublisher publisher = new RenderStatePublisher(game.config().stepPeriodNanos(),
                game.config().physics().bounds());
        StepLoop loop = new StepLoop(Clock.system(), game.config().stepPeriodNanos(), 5, due -> {
            game.step(false);
            publisher.publishWorld(game.world(), due);
        });
        GlRenderer renderer = new GlRenderer(RenderOptions.builder().title("Javelin render benchmark")
                .size(width, height).vsync(false).fpsCap(0).offscreen(offscreen).cullMarginPixels(0f).spritePath(path).build());
        TextureAtlas atlas = TextureAtlas.builder().name("bench")
                .add("disc", Pixels.disc(16, 0xFFFFFFFF))
                .add("box", Pixels.solid(16, 16, 0xFFFFFFFF))
                .build();
        TextureRegion disc = atlas.region("disc");
        TextureRegion box = atlas.region("box");
        int[] tints = {0xFF6060FF, 0x60FF60FF, 0x6080FFFF, 0xFFD060FF, 0xE070FFFF, 0x60E0E0FF};
        renderer.onDraw(DynamicObject.class, (g, o) -> g.sprite((o.id() & 1) == 0 ? disc : box,
                o.position.x, o.position.y, o.width, o.height, o.angle, tints[o.id() % tints.length]));
        renderer.camera().lookAt(width / 2f, height / 2f);
        renderer.camera().setPixelsPerUnit(1f);

        long warmNanos = (long) (warmup * 1e9);
        long measureNanos = (long) (seconds * 1e9);
        long[] intervals = new long[1 << 20];
        int[] count = {0};
        long[] start = {0};
        long[] measuredFrom = {0};
        int[] drawCalls = {0};
        @SuppressWarnings("unchecked")
        java.util.Map<String, Double>[] cpu = new java.util.Map[2];
        renderer.addFrameListener((frame, end, frameNanos) -> {
            if (start[0] == 0) {
                start[0] = end;
            }
            if (end - start[0] < warmNanos) {
                return;
            }
            if (measuredFrom[0] == 0) {
                measuredFrom[0] = end;
                cpu[0] = ThreadTimes.sample();
                return;
            }
            if (count[0] < intervals.length) {
                intervals[count[0]++] = frameNanos;
            }
            drawCalls[0] = renderer.lastFrameDrawCalls();
            if (end - measuredFrom[0] >= measureNanos && cpu[1] == null) {
                cpu[1] = ThreadTimes.sample();
                renderer.stop();
            }
        });
        long stepsBefore = loop.stepsRun();
        if (still) {
            publisher.publishWorld(game.world(), 0L);
        } else {
            loop.start("simulation");
        }
        try {
            renderer.run(publisher, new InputQueue());
        } finally {
            loop.stop();
        }
        long[] d = Arrays.copyOf(intervals, count[0]);
        if (d.length == 0) {
            throw new IllegalStateException("no frames measured for " + sprites + " sprites");
        }
        long total = 0;
        for (long x : d) {
            total += x;
        }
        Arrays.sort(d);
        double fps = d.length / (total / 1e9);
        double p99 = d[Math.min(d.length - 1, (int) Math.ceil(d.length * 0.99) - 1)] / 1e6;
        System.out.printf(Locale.ROOT, "RENDER sprites=%d fps=%.1f frameP99Ms=%.1f%n", sprites, fps, p99);
        System.err.printf(Locale.ROOT, "  %d frames in %.1f s, median %.1f ms, max %.1f ms, %d draw call(s)/frame,"
                        + " steps run %d (dropped %d), %s%n",
                d.length, total / 1e9, d[d.length / 2] / 1e6, d[d.length - 1] / 1e6, drawCalls[0],
                loop.stepsRun() - stepsBefore, loop.droppedSteps(), offscreen ? "offscreen" : "windowed");
        System.err.printf(Locale.ROOT, "  %s, sprites as %s%n", renderer.glRenderer(), renderer.spritePath());
        if (cpu[0] != null && cpu[1] != null) {
            System.err.println("  " + ThreadTimes.perFrame(cpu[0], cpu[1], d.length));
        }
    }
}

package dev.javelin.bench.render;

import dev.javelin.engine.loop.Clock;
import dev.javelin.engine.loop.StepLoop;
import dev.javelin.engine.view.InputQueue;
import dev.javelin.engine.view.RenderState;
import dev.javelin.engine.view.RenderStatePublisher;
import dev.javelin.render.GlRenderer3D;
import dev.javelin.render.Graphics3D;
import dev.javelin.render.RenderOptions;
import dev.javelin.render.demo.CubeDemo;
import dev.javelin.render.demo.CubeScene;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * 3D render benchmark ({@code bench/run.sh render3d}): for each cube count, a {@link CubeScene} (cubes
 * tumbling and bobbing on a floor, one larger cube driven through them) steps at 60 steps/s on a
 * step-loop thread and publishes render states; a {@link GlRenderer3D} with no vsync and no cap draws
 * them as lit, instanced, slerp-interpolated boxes in a window on the main thread, the camera circling
 * the scene so that the whole square is in view. After a warm-up it records every frame interval and
 * prints {@code RENDER3D cubes=<n> fps=<> frameP99Ms=<>}; details go to stderr (draw calls, steps
 * dropped, the GL driver, CPU time per frame by thread, Mesa's rasteriser threads included).
 *
 * <p>Arguments: cube counts (default 1 901 5000), {@code --seconds S} measured (default 5),
 * {@code --warmup S} (default 2), {@code --size WxH} (default 800x600), {@code --offscreen} (GLFW null
 * platform instead of a window), {@code --still} (one state published once: the drawing cost alone),
 * {@code --no-floor}, {@code --bullet} (the real cube sample instead: Bullet steps the pile of
 * {@code cubes - 1} cubes on a square grid, a bot drives the player's cube through it, and the sample's own
 * {@code CubesRenderer} draws it with its follow camera; see {@link BulletStage}).
 */
public final class Cubes3D {

    private Cubes3D() {
    }

    public static void main(String[] args) {
        List<Integer> counts = new ArrayList<>();
        double seconds = 5;
        double warmup = 2;
        int width = 800;
        int height = 600;
        boolean offscreen = false;
        boolean still = false;
        boolean floor = true;
        boolean bullet = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--seconds" -> seconds = Double.parseDouble(args[++i]);
                case "--warmup" -> warmup = Double.parseDouble(args[++i]);
                case "--size" -> {
                    String[] wh = args[++i].split("x");
                    width = Integer.parseInt(wh[0]);
                    height = Integer.parseInt(wh[1]);
                }
                case "--offscreen" -> offscreen = true;
                case "--still" -> still = true;
                case "--no-floor" -> floor = false;
                case "--bullet" -> bullet = true;
                default -> counts.add(Integer.parseInt(args[i]));
            }
        }
        if (counts.isEmpty()) {
            counts = List.of(1, 901, 5_000);
        }
        for (int n : counts) {
            run(n, seconds, warmup, width, height, offscreen, still, floor, bullet);
        }
    }

    /** What one run draws: a step loop publishing states, the renderer, and one step for {@code --still}. */
    record Stage(StepLoop loop, RenderStatePublisher publisher, GlRenderer3D renderer, Runnable stepOnce) {
    }

    /** The synthetic tumbling square of {@link CubeScene}, seen whole by a slowly fixed orbit. */
    private static Stage tumbling(int cubes, RenderOptions options, boolean floor) {
        CubeScene scene = new CubeScene(cubes);
        RenderStatePublisher publisher = new RenderStatePublisher(scene.config().stepPeriodNanos(),
                scene.config().physics().bounds());
        Runnable step = () -> {
            scene.step(false);
            publisher.publishWorld(scene.world(), 0L);
        };
        StepLoop loop = new StepLoop(Clock.system(), scene.config().stepPeriodNanos(), 5, due -> {
            scene.step(false);
            publisher.publishWorld(scene.world(), due);
        });
        float extent = scene.halfExtent();
        GlRenderer3D renderer = new GlRenderer3D(options) {
            @Override
            protected void drawScene(Graphics3D g, RenderState state) {
                if (floor) {
                    CubeDemo.drawFloor(g, extent);
                }
            }
        };
        CubeDemo.registerDrawing(renderer);
        renderer.camera3D().orbit(0f, 0f, 0f, -1.2f, 0.62f, extent * 2.3f + 6f);
        return new Stage(loop, publisher, renderer, step);
    }

    private static void run(int cubes, double seconds, double warmup, int width, int height, boolean offscreen,
                            boolean still, boolean floor, boolean bullet) {
        RenderOptions options = RenderOptions.builder().title("Javelin 3D render benchmark").size(width, height)
                .vsync(false).fpsCap(0).offscreen(offscreen).clearColor(0x9DB4C8FF).build();
        Stage stage = bullet ? BulletStage.create(cubes, options) : tumbling(cubes, options, floor);
        StepLoop loop = stage.loop();
        RenderStatePublisher publisher = stage.publisher();
        GlRenderer3D renderer = stage.renderer();

        long warmNanos = (long) (warmup * 1e9);
        long measureNanos = (long) (seconds * 1e9);
        long[] intervals = new long[1 << 20];
        int[] count = {0};
        long[] start = {0};
        long[] measuredFrom = {0};
        int[] drawCalls = {0};
        List<Map<String, Double>> cpu = new ArrayList<>(Arrays.asList(null, null));
        // Garbage is what could make the render thread wait on a collection: bytes it allocated, collections run.
        long[] allocated = new long[2];
        long[] gc = new long[4];
        // For frames over 16.7 ms: how many, and how much of their time the render thread was on a CPU.
        long[] longFrames = new long[3];
        long[] lastCpu = {Garbage.cpuOfThisThread()};
        renderer.addFrameListener((frame, end, frameNanos) -> {
            if (start[0] == 0) {
                start[0] = end;
            }
            if (end - start[0] < warmNanos) {
                return;
            }
            if (measuredFrom[0] == 0) {
                measuredFrom[0] = end;
                cpu.set(0, ThreadTimes.sample());
                lastCpu[0] = Garbage.cpuOfThisThread();
                allocated[0] = Garbage.allocatedByThisThread();
                Garbage.collections(gc, 0);
                return;
            }
            if (count[0] < intervals.length) {
                intervals[count[0]++] = frameNanos;
            }
            long cpuNow = Garbage.cpuOfThisThread();
            if (frameNanos > 16_700_000L) {
                longFrames[0]++;
                longFrames[1] += frameNanos;
                longFrames[2] += cpuNow - lastCpu[0];
            }
            lastCpu[0] = cpuNow;
            drawCalls[0] = renderer.lastFrameDrawCalls();
            if (end - measuredFrom[0] >= measureNanos && cpu.get(1) == null) {
                cpu.set(1, ThreadTimes.sample());
                allocated[1] = Garbage.allocatedByThisThread();
                Garbage.collections(gc, 2);
                renderer.stop();
            }
        });
        long stepsBefore = loop.stepsRun();
        if (still) {
            stage.stepOnce().run();
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
            throw new IllegalStateException("no frames measured for " + cubes + " cubes");
        }
        long total = 0;
        for (long x : d) {
            total += x;
        }
        Arrays.sort(d);
        double fps = d.length / (total / 1e9);
        double p99 = d[Math.min(d.length - 1, (int) Math.ceil(d.length * 0.99) - 1)] / 1e6;
        System.out.printf(Locale.ROOT, "RENDER3D cubes=%d fps=%.1f frameP99Ms=%.1f%s%n", cubes, fps, p99,
                bullet ? " scene=cubes-bullet" : "");
        System.err.printf(Locale.ROOT, "  %d frames in %.1f s, median %.1f ms, max %.1f ms, %d draw call(s)/frame,"
                        + " steps run %d (dropped %d), %s %dx%d%s%n",
                d.length, total / 1e9, d[d.length / 2] / 1e6, d[d.length - 1] / 1e6, drawCalls[0],
                loop.stepsRun() - stepsBefore, loop.droppedSteps(), offscreen ? "offscreen" : "windowed", width, height,
                floor ? "" : ", no floor");
        System.err.printf(Locale.ROOT, "  %s, vsync %s%n", renderer.glRenderer(), renderer.vsync());
        if (cpu.get(0) != null && cpu.get(1) != null) {
            System.err.println("  " + ThreadTimes.perFrame(cpu.get(0), cpu.get(1), d.length));
            System.err.printf(Locale.ROOT, "  render thread allocated %.0f bytes/frame; %d GC(s) taking %d ms in all "
                    + "while measured; %d frame(s) over 16.7 ms%n", (allocated[1] - allocated[0]) / (double) d.length,
                    gc[2] - gc[0], gc[3] - gc[1], over(d, 16_700_000L));
            if (longFrames[0] > 0) {
                System.err.printf(Locale.ROOT, "  frames over 16.7 ms: %.1f ms on average, the render thread on a CPU"
                        + " for %.1f ms of it%n", longFrames[1] / 1e6 / longFrames[0], longFrames[2] / 1e6 / longFrames[0]);
            }
        }
    }

    private static int over(long[] sorted, long limitNanos) {
        int n = 0;
        for (long x : sorted) {
            n += x > limitNanos ? 1 : 0;
        }
        return n;
    }
}

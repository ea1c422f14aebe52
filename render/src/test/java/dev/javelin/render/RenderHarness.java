package dev.javelin.render;

import dev.javelin.engine.view.InputQueue;
import dev.javelin.engine.view.RenderState;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Runs a renderer's loop on the calling thread (the test's main thread, as GLFW wants) while a script
 * drives it from a helper thread, then stops it. Bounded in frames and time.
 */
final class RenderHarness {

    /** What the helper thread does while the loop runs. */
    interface Script {
        void run(GlRenderer renderer) throws Exception;
    }

    static final long TIMEOUT_SECONDS = 15;

    private RenderHarness() {
    }

    /** Offscreen options: a small framebuffer, capped at 200 fps, at most 3000 frames. */
    static RenderOptions.Builder offscreen(int width, int height) {
        return RenderOptions.builder().size(width, height).offscreen(true).vsync(false).fpsCap(200)
                .maxFrames(3000).clearColor(Color.BLACK).title("javelin-test");
    }

    static void drive(GlRenderer renderer, Supplier<RenderState> states, InputQueue inputs, Script script)
            throws Exception {
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread helper = new Thread(() -> {
            try {
                script.run(renderer);
            } catch (Throwable t) {
                failure.set(t);
            } finally {
                renderer.stop();
            }
        }, "render-test-script");
        helper.setDaemon(true);
        helper.start();
        renderer.run(states, inputs);
        helper.join(TimeUnit.SECONDS.toMillis(TIMEOUT_SECONDS));
        if (helper.isAlive()) {
            throw new AssertionError("test script did not finish within " + TIMEOUT_SECONDS + " s");
        }
        Throwable t = failure.get();
        if (t instanceof Exception e) {
            throw e;
        } else if (t instanceof Error e) {
            throw e;
        }
    }

    static Pixels capture(Renderer r) throws Exception {
        return r.capture().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }

    /** True when the pixel is strongly red: red high, green and blue low. */
    static boolean isRed(int rgba) {
        return Color.red(rgba) > 200 && Color.green(rgba) < 60 && Color.blue(rgba) < 60;
    }

    static int countRed(Pixels p, int x0, int y0, int x1, int y1) {
        int n = 0;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                if (isRed(p.rgba(x, y))) {
                    n++;
                }
            }
        }
        return n;
    }

    /** Columns [first, last] holding red in row {@code y}, or null if none. */
    static int[] redSpan(Pixels p, int y) {
        int first = -1;
        int last = -1;
        for (int x = 0; x < p.width(); x++) {
            if (isRed(p.rgba(x, y))) {
                if (first < 0) {
                    first = x;
                }
                last = x;
            }
        }
        return first < 0 ? null : new int[] {first, last};
    }

    /** Pixels in the box whose brightest channel exceeds {@code threshold}. */
    static int countBright(Pixels p, int x0, int y0, int x1, int y1, int threshold) {
        int n = 0;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                int c = p.rgba(x, y);
                if (Math.max(Color.red(c), Math.max(Color.green(c), Color.blue(c))) > threshold) {
                    n++;
                }
            }
        }
        return n;
    }
}

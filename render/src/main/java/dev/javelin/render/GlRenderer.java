package dev.javelin.render;

import static org.lwjgl.glfw.GLFW.*;
import static org.lwjgl.opengl.GL33C.*;

import dev.javelin.engine.view.InputQueue;
import dev.javelin.engine.view.NetStats;
import dev.javelin.engine.view.RenderState;
import java.nio.ByteBuffer;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;
import org.joml.Vector2f;
import org.lwjgl.glfw.Callbacks;
import org.lwjgl.glfw.GLFWErrorCallback;
import org.lwjgl.opengl.GL;
import org.lwjgl.system.MemoryUtil;

/**
 * The OpenGL 3.3 core renderer: a GLFW window (or, with {@link RenderOptions#offscreen()}, no window at
 * all: GLFW's null platform with an EGL context), the render loop, the sprite batch, text, the net-graph
 * overlay and screenshots.
 *
 * <p>Each frame: poll events (keys and mouse through {@link #bindings()} into the input queue), read the
 * latest {@link RenderState}, draw it blended at {@code alpha = (now - stepTime) / stepPeriod} on
 * {@link RenderOptions#clock()}, serve capture requests, swap, then sleep out the frame if an fps cap is
 * set. Pacing and frame times use the system clock.
 *
 * <p>On a software OpenGL (Mesa's llvmpipe, as on machines without a GPU) it adapts, as
 * {@link RenderOptions#spritePath()} describes: sprites go as one point each instead of two triangles.
 * On every driver the viewport extends past the window's edges (see {@code Batch}), which leaves the
 * pixels as they were and spares Mesa's clipper.
 *
 * <p>Threads: call {@link #run} on the process's main thread (GLFW's rule); everything GL happens there.
 * GLFW is initialised and terminated by each run, so only one GlRenderer may run at a time in a process.
 * The setters and the methods of {@link Renderer} marked so may be called from any thread.
 */
public class GlRenderer extends Renderer {

    private final Queue<CompletableFuture<Pixels>> captures = new ConcurrentLinkedQueue<>();
    private final Queue<int[]> injectedKeys = new ConcurrentLinkedQueue<>();
    private volatile boolean stopRequested;
    private volatile boolean running;
    private volatile boolean vsync;
    private volatile int fpsCap;
    private volatile int drawCalls;
    private volatile String glRenderer;
    private volatile RenderOptions.SpritePath spritePath;

    // Render thread only.
    private long window;
    private InputQueue inputs;
    private double cursorX;
    private double cursorY;
    private float cursorPixelX;
    private float cursorPixelY;
    private final Vector2f cursorWorld = new Vector2f();
    private int appliedSwapInterval = -1;

    /** A renderer with {@link RenderOptions#defaults()}. */
    public GlRenderer() {
        this(RenderOptions.defaults());
    }

    /** A renderer with {@code options}; nothing opens until {@link #run}. */
    public GlRenderer(RenderOptions options) {
        super(options);
        this.vsync = options.vsync();
        this.fpsCap = options.fpsCap();
    }

    /** Turns waiting for vertical sync on or off from the next frame. Any thread. */
    public final void setVsync(boolean on) {
        vsync = on;
    }

    /** Whether swaps wait for vertical sync. */
    public final boolean vsync() {
        return vsync;
    }

    /** Caps the frame rate at {@code fps} (0 for no cap) from the next frame. Any thread. */
    public final void setFpsCap(int fps) {
        if (fps < 0 || fps > 10_000) {
            throw new IllegalArgumentException("fps cap must be within 0..10000 (0 = none), was " + fps);
        }
        fpsCap = fps;
    }

    /** The frame-rate cap, 0 for none. */
    public final int fpsCap() {
        return fpsCap;
    }

    /** Draw calls the last frame took (one per run of the same texture). Any thread. */
    public final int lastFrameDrawCalls() {
        return drawCalls;
    }

    /** The OpenGL driver's {@code GL_RENDERER} string once the context exists, else null. Any thread. */
    public final String glRenderer() {
        return glRenderer;
    }

    /**
     * The sprite path in use ({@link RenderOptions.SpritePath#QUADS} or {@code POINTS}), chosen from
     * {@link RenderOptions#spritePath()} and the driver when the context was made; null before. Any thread.
     */
    public final RenderOptions.SpritePath spritePath() {
        return spritePath;
    }

    @Override
    public final boolean isRunning() {
        return running;
    }

    @Override
    public final void stop() {
        stopRequested = true;
    }

    @Override
    public final CompletableFuture<Pixels> capture() {
        CompletableFuture<Pixels> f = new CompletableFuture<>();
        captures.add(f);
        return f;
    }

    @Override
    public final void pressKey(int key) {
        injectedKeys.add(new int[] {key, 1});
    }

    @Override
    public final void releaseKey(int key) {
        injectedKeys.add(new int[] {key, 0});
    }

    @Override
    public final void run(Supplier<RenderState> states, InputQueue inputs) {
        if (states == null || inputs == null) {
            throw new IllegalArgumentException("render states and input queue must not be null");
        }
        synchronized (this) {
            if (running) {
                throw new IllegalStateException("this renderer is already running");
            }
            running = true;
            stopRequested = false;
        }
        this.inputs = inputs;
        GLFWErrorCallback errors = GLFWErrorCallback.create((error, description) -> org.slf4j.LoggerFactory
                .getLogger(GlRenderer.class).error("GLFW error 0x{}: {}", Integer.toHexString(error),
                        GLFWErrorCallback.getDescription(description))).set();
        GlGraphics graphics = null;
        Batch batch = null;
        GlTextures textures = new GlTextures();
        List<CompletableFuture<Pixels>> pending = new ArrayList<>();
        try {
            openWindow();
            batch = new Batch(textures, chooseSpritePath() == RenderOptions.SpritePath.POINTS);
            graphics = new GlGraphics(batch, Font.defaultFont());
            contextCreated();
            started();
            loop(states, graphics, batch, pending);
        } finally {
            try {
                if (window != 0) {
                    bindings().releaseAll(inputs);
                    stopped();
                }
            } finally {
                if (window != 0) {
                    contextClosing();
                }
                if (batch != null) {
                    batch.delete();
                }
                textures.deleteAll();
                closeWindow();
                errors.free();
                IllegalStateException gone = new IllegalStateException("renderer stopped before the frame was drawn");
                pending.forEach(f -> f.completeExceptionally(gone));
                for (CompletableFuture<Pixels> f; (f = captures.poll()) != null; ) {
                    f.completeExceptionally(gone);
                }
                running = false;
            }
        }
    }

    private void openWindow() {
        RenderOptions o = options();
        if (o.offscreen()) {
            glfwInitHint(GLFW_PLATFORM, GLFW_PLATFORM_NULL);
        } else if (System.getenv("WAYLAND_DISPLAY") == null && glfwPlatformSupported(GLFW_PLATFORM_X11)) {
            // Saves a harmless but noisy Wayland probe on X servers such as Xvfb.
            glfwInitHint(GLFW_PLATFORM, GLFW_PLATFORM_X11);
        } else {
            glfwInitHint(GLFW_PLATFORM, GLFW_ANY_PLATFORM);
        }
        if (!glfwInit()) {
            throw new IllegalStateException(o.offscreen()
                    ? "GLFW could not start its null platform (offscreen rendering)"
                    : "GLFW could not start: no display? Set DISPLAY, run under xvfb-run, or use offscreen options");
        }
        glfwDefaultWindowHints();
        glfwWindowHint(GLFW_VISIBLE, o.offscreen() ? GLFW_FALSE : GLFW_TRUE);
        glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
        glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 3);
        glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
        glfwWindowHint(GLFW_OPENGL_FORWARD_COMPAT, GLFW_TRUE);
        if (o.offscreen()) {
            glfwWindowHint(GLFW_CONTEXT_CREATION_API, GLFW_EGL_CONTEXT_API);
        }
        window = glfwCreateWindow(o.width(), o.height(), o.title(), MemoryUtil.NULL, MemoryUtil.NULL);
        if (window == MemoryUtil.NULL) {
            glfwTerminate();
            throw new IllegalStateException("could not create a " + o.width() + " x " + o.height()
                    + " window with an OpenGL 3.3 core context" + (o.offscreen() ? " (EGL)" : ""));
        }
        glfwMakeContextCurrent(window);
        GL.createCapabilities();
        glfwSetKeyCallback(window, (w, key, scancode, action, mods) -> {
            if (action != GLFW_REPEAT) {
                handleKey(key, action == GLFW_PRESS);
            }
        });
        glfwSetMouseButtonCallback(window, (w, button, action, mods) ->
                handleKey(Keys.MOUSE_BUTTON_BASE + button, action == GLFW_PRESS));
        glfwSetCursorPosCallback(window, (w, x, y) -> {
            cursorX = x;
            cursorY = y;
        });
        glfwSetWindowFocusCallback(window, (w, focused) -> {
            if (!focused) {
                bindings().releaseAll(inputs);
            }
        });
    }

    /** Reads the driver and picks the sprite path. */
    private RenderOptions.SpritePath chooseSpritePath() {
        RenderOptions o = options();
        String name = glGetString(GL_RENDERER);
        glRenderer = name;
        boolean software = SoftwareGl.isSoftware(name);
        RenderOptions.SpritePath path = o.spritePath();
        if (path == RenderOptions.SpritePath.AUTO) {
            path = software ? RenderOptions.SpritePath.POINTS : RenderOptions.SpritePath.QUADS;
        }
        spritePath = path;
        return path;
    }

    private void closeWindow() {
        if (window != 0) {
            GL.setCapabilities(null);
            Callbacks.glfwFreeCallbacks(window);
            glfwDestroyWindow(window);
            window = 0;
            glfwTerminate();
        }
    }

    private void loop(Supplier<RenderState> states, GlGraphics graphics, Batch batch,
                      List<CompletableFuture<Pixels>> due) {
        RenderOptions o = options();
        long maxFrames = o.maxFrames();
        long frame = 0;
        long lastEnd = 0;
        long deadline = 0;
        int[] fbw = new int[1];
        int[] fbh = new int[1];
        int[] ww = new int[1];
        int[] wh = new int[1];
        int clear = o.clearColor();
        while (!stopRequested && !glfwWindowShouldClose(window) && (maxFrames == 0 || frame < maxFrames)) {
            // A capture shows a frame begun after it was asked for, so it sees every change made before.
            for (CompletableFuture<Pixels> f; (f = captures.poll()) != null; ) {
                due.add(f);
            }
            glfwPollEvents();
            for (int[] k; (k = injectedKeys.poll()) != null; ) {
                handleKey(k[0], k[1] == 1);
            }
            applySwapInterval();
            RenderState state = states.get();
            glfwGetFramebufferSize(window, fbw, fbh);
            glfwGetWindowSize(window, ww, wh);
            int width = Math.max(1, fbw[0]);
            int height = Math.max(1, fbh[0]);
            updateCursor(width, height, ww[0], wh[0]);
            glViewport(0, 0, width, height);
            glClearColor(Color.red(clear) / 255f, Color.green(clear) / 255f, Color.blue(clear) / 255f, 1f);
            glClear(GL_COLOR_BUFFER_BIT);
            glEnable(GL_BLEND);
            glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
            if (state != null) {
                drawFrame(graphics, state, o.clock().nanoTime(), width, height);
            }
            drawCalls = batch.takeDrawCalls() + takeExtraDrawCalls();
            serveCaptures(due, width, height);
            glfwSwapBuffers(window);
            frame++;
            long end = System.nanoTime();
            long frameNanos = lastEnd == 0 ? 0 : end - lastEnd;
            lastEnd = end;
            netGraph.sample(frameNanos, state == null ? NetStats.NONE : state.netStats());
            notifyFrame(frame, end, frameNanos);
            deadline = pace(deadline, end);
        }
    }

    /** Sleeps until the next frame is due under the fps cap; returns the new deadline (0 with no cap). */
    private long pace(long deadline, long now) {
        int cap = fpsCap;
        if (cap <= 0) {
            return 0;
        }
        long period = 1_000_000_000L / cap;
        long next = deadline == 0 ? now + period : deadline + period;
        if (next < now - period) {
            // Far behind (a long frame): start the schedule afresh instead of rushing to catch up.
            next = now + period;
        }
        for (long wait = next - System.nanoTime(); wait > 0 && !stopRequested; wait = next - System.nanoTime()) {
            LockSupport.parkNanos(this, wait);
        }
        return next;
    }

    private void applySwapInterval() {
        int want = vsync ? 1 : 0;
        if (want != appliedSwapInterval) {
            glfwSwapInterval(want);
            appliedSwapInterval = want;
        }
    }

    private void updateCursor(int fbWidth, int fbHeight, int winWidth, int winHeight) {
        float sx = winWidth > 0 ? (float) fbWidth / winWidth : 1f;
        float sy = winHeight > 0 ? (float) fbHeight / winHeight : 1f;
        cursorPixelX = (float) cursorX * sx;
        cursorPixelY = (float) cursorY * sy;
        camera().screenToWorld((float) cursorX * sx, (float) cursorY * sy, cursorWorld);
        bindings().cursorMoved(cursorWorld.x, cursorWorld.y, inputs);
    }

    private void handleKey(int key, boolean pressed) {
        RenderOptions o = options();
        if (pressed && key == o.quitKey()) {
            stop();
        } else if (pressed && key == o.netGraphKey()) {
            toggleNetGraph();
        } else if (pressed && key == o.screenshotKey()) {
            String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS"));
            screenshot(o.screenshotDir().resolve("javelin-" + stamp + ".png")).whenComplete((path, error) -> {
                if (error != null) {
                    org.slf4j.LoggerFactory.getLogger(GlRenderer.class).warn("screenshot failed: {}", error.toString());
                } else {
                    org.slf4j.LoggerFactory.getLogger(GlRenderer.class).info("screenshot saved to {}", path);
                }
            });
        } else if (pressed && rendererKey(key)) {
            return;
        } else if (viewKey(key, pressed)) {
            return;
        } else if (pressed) {
            bindings().keyPressed(key, cursorWorld.x, cursorWorld.y, inputs);
        } else {
            bindings().keyReleased(key, inputs);
        }
    }

    /**
     * A key ({@link Keys}, mouse buttons included) went down or up: return true if the view handles it
     * itself (a camera control, say), so that the bindings never see it and no action reaches the game.
     * The quit, net-graph and screenshot keys never come here. Render thread, between frames; the default
     * takes nothing.
     */
    protected boolean viewKey(int key, boolean pressed) {
        return false;
    }

    /** The cursor's position in framebuffer pixels from the window's top left, as of this frame. Render thread. */
    protected final float cursorPixelX() {
        return cursorPixelX;
    }

    /** See {@link #cursorPixelX()}. Render thread. */
    protected final float cursorPixelY() {
        return cursorPixelY;
    }

    /** Render thread, after the context and the 2D batch exist and before {@link #started()}: subclasses in this package make their GL objects. */
    void contextCreated() {
    }

    /** Render thread, after {@link #stopped()} and while the context still exists: subclasses free their GL objects. */
    void contextClosing() {
    }

    /** Draw calls a subclass in this package made in the frame just drawn, beyond the 2D batch's. */
    int takeExtraDrawCalls() {
        return 0;
    }

    /** Whether a subclass in this package takes the pressed {@code key} for itself (then the bindings never see it). */
    boolean rendererKey(int key) {
        return false;
    }

    private static void serveCaptures(List<CompletableFuture<Pixels>> due, int width, int height) {
        if (due.isEmpty()) {
            return;
        }
        ByteBuffer buf = MemoryUtil.memAlloc(width * height * 4);
        try {
            glPixelStorei(GL_PACK_ALIGNMENT, 1);
            glReadPixels(0, 0, width, height, GL_RGBA, GL_UNSIGNED_BYTE, buf);
            for (CompletableFuture<Pixels> f : due) {
                f.complete(Pixels.fromBottomUp(width, height, buf));
            }
            due.clear();
        } finally {
            MemoryUtil.memFree(buf);
        }
    }

}

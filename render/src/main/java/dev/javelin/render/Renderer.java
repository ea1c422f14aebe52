package dev.javelin.render;

import dev.javelin.engine.world.DynamicObject;
import dev.javelin.engine.world.GameObject;
import dev.javelin.engine.world.PhysicalObject3D;
import dev.javelin.engine.physics.WorldBounds;
import dev.javelin.engine.view.InputQueue;
import dev.javelin.engine.view.RenderObject;
import dev.javelin.engine.view.RenderState;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import org.joml.Matrix4f;

/**
 * The client's view of the game: draws the latest published {@link RenderState} on a loop of its own,
 * blending each object between its previous and current step, and turns keys into actions for the
 * simulation. {@link GlRenderer} draws with OpenGL in a window, {@link GlRenderer3D} likewise in 3D (its
 * own registration and hooks, described there); {@link NullRenderer} draws nothing, for headless servers
 * and bots.
 *
 * <p>A game hooks in either way:
 * <ul>
 *   <li>registers a {@link DrawCallback} per object class with {@link #onDraw} (a class without one uses
 *       its nearest superclass's; with none at all a {@link DynamicObject} is drawn as a grey box), or</li>
 *   <li>subclasses {@link GlRenderer} and overrides the hooks here: {@link #started()},
 *       {@link #drawSky}, {@link #drawBackground}, {@link #drawObject}, {@link #drawForeground},
 *       {@link #drawHud}, {@link #stopped()}.</li>
 * </ul>
 * Each frame draws, in order: the sky (screen pass), then the background, every object, the foreground
 * (world pass: world units, repeated for each visible copy of a wrapping world), then the HUD and the
 * net-graph overlay (screen pass: pixels, y down). The overlay takes the top-right corner, 340 pixels wide, and leaves the rest of
 * the HUD to the game.
 *
 * <p>Threads: {@link #run} blocks the thread that calls it, which becomes the render thread (for
 * {@link GlRenderer}: the process's main thread, as GLFW requires). The hooks and callbacks run on it.
 * Configuration ({@link #onDraw}, {@link #bindings()}, {@link #camera()}, the overlay switch) and
 * {@link #stop()}, {@link #capture()}, {@link #pressKey} may be called from any thread at any time. The
 * render thread never waits for the simulation: it reads whatever state was published last.
 */
public abstract class Renderer {

    private static final int DEFAULT_COLOR = 0xC8C8D2FF;
    private static final int MAX_COPIES_PER_AXIS = 8;

    private final RenderOptions options;
    private final KeyBindings bindings = new KeyBindings();
    private final Camera camera = new Camera();
    private final List<FrameListener> frameListeners = new CopyOnWriteArrayList<>();
    private volatile Map<Class<?>, DrawCallback<?>> callbacks = Map.of();
    private volatile boolean netGraphVisible;
    final NetGraph netGraph = new NetGraph();

    // Render thread only.
    private final Map<Class<?>, DrawCallback<?>> resolved = new HashMap<>();
    private Map<Class<?>, DrawCallback<?>> resolvedFrom;
    private final Map<Class<?>, GameObject> scratch = new HashMap<>();
    private Class<?> lastScratchClass;
    private GameObject lastScratch;
    private Class<?> lastCallbackClass;
    private DrawCallback<?> lastCallback;
    private final Matrix4f projection = new Matrix4f();
    float shownAlpha;

    protected Renderer(RenderOptions options) {
        if (options == null) {
            throw new IllegalArgumentException("render options must not be null");
        }
        this.options = options;
        this.netGraphVisible = options.netGraphVisible();
    }

    /**
     * Draws every shown object of class {@code type} (and of its subclasses that have no callback of
     * their own) with {@code callback}, replacing an earlier one for that class. Any thread.
     */
    public final <T extends GameObject> Renderer onDraw(Class<T> type, DrawCallback<? super T> callback) {
        if (type == null || callback == null) {
            throw new IllegalArgumentException("draw callback type and callback must not be null");
        }
        synchronized (this) {
            Map<Class<?>, DrawCallback<?>> copy = new LinkedHashMap<>(callbacks);
            copy.put(type, callback);
            callbacks = Collections.unmodifiableMap(copy);
        }
        return this;
    }

    /** The key bindings that feed the input queue. */
    public final KeyBindings bindings() {
        return bindings;
    }

    /** The camera. */
    public final Camera camera() {
        return camera;
    }

    /** The options this renderer was made with. */
    public final RenderOptions options() {
        return options;
    }

    /** Calls {@code listener} after every frame, on the render thread. Any thread. */
    public final void addFrameListener(FrameListener listener) {
        frameListeners.add(listener);
    }

    /** Stops calling {@code listener}. Any thread. */
    public final void removeFrameListener(FrameListener listener) {
        frameListeners.remove(listener);
    }

    /** Shows or hides the net-graph overlay. Any thread. */
    public final void setNetGraphVisible(boolean visible) {
        netGraphVisible = visible;
    }

    /** Whether the net-graph overlay shows. Any thread. */
    public final boolean isNetGraphVisible() {
        return netGraphVisible;
    }

    /** Flips the net-graph overlay (what its key does). Any thread. */
    public final void toggleNetGraph() {
        netGraphVisible = !netGraphVisible;
    }

    /**
     * Runs the render loop on the calling thread until the window is closed, {@link #stop()} is called,
     * or {@link RenderOptions#maxFrames()} frames were drawn. Each frame draws the state {@code states}
     * gives at that moment (a {@link dev.javelin.engine.view.RenderStatePublisher}); bound keys feed
     * {@code inputs}. A renderer runs one loop at a time.
     *
     * @param states where to read the latest state, never null; it may return null before the first step
     * @param inputs where key actions go, never null
     */
    public abstract void run(Supplier<RenderState> states, InputQueue inputs);

    /** Asks the loop to end after the frame in progress. Any thread; idempotent. */
    public abstract void stop();

    /** True while {@link #run} is looping. */
    public abstract boolean isRunning();

    /**
     * The pixels of the next frame begun after this call (so it shows every change made before it),
     * read back once drawn. Any thread; completes on the render thread, or fails if the renderer stops
     * first or draws nothing.
     */
    public abstract CompletableFuture<Pixels> capture();

    /**
     * Saves the next frame to {@code file} as a PNG (what the screenshot key does); completes with the
     * path once written, off the render thread. Any thread.
     */
    public CompletableFuture<Path> screenshot(Path file) {
        return capture().thenApplyAsync(p -> {
            try {
                return p.writePng(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Acts as if {@code key} ({@link Keys}) went down, through the same bindings as a real key. Any thread. */
    public abstract void pressKey(int key);

    /** Acts as if {@code key} went up. Any thread. */
    public abstract void releaseKey(int key);

    /** Render thread, once, after the GL context exists and before the first frame: load what you need. */
    protected void started() {
    }

    /** Render thread, once, after the last frame and before the GL context goes. */
    protected void stopped() {
    }

    /**
     * Screen pass (pixels, y down), before the world: a backdrop that does not belong to the world, such as
     * a sky or parallax stars, drawn once per frame. The camera is already placed for this frame.
     */
    protected void drawSky(Graphics g, RenderState state) {
    }

    /** World pass, before the objects (once per visible copy of a wrapping world). */
    protected void drawBackground(Graphics g, RenderState state) {
    }

    /**
     * World pass: draws one object as interpolated for this frame. The default calls the callback
     * registered for its class, or draws a grey box of its extents.
     */
    protected void drawObject(Graphics g, GameObject shown) {
        @SuppressWarnings("unchecked")
        DrawCallback<GameObject> cb = (DrawCallback<GameObject>) callbackFor(shown.getClass());
        if (cb != null) {
            cb.draw(g, shown);
        } else if (shown instanceof DynamicObject d) {
            g.fillRect(d.position.x, d.position.y, d.width, d.height, d.angle, DEFAULT_COLOR);
        } else if (shown instanceof PhysicalObject3D p) {
            float yaw = (float) Math.atan2(2 * (p.orientation.w * p.orientation.z + p.orientation.x * p.orientation.y),
                    1 - 2 * (p.orientation.y * p.orientation.y + p.orientation.z * p.orientation.z));
            g.fillRect(p.position.x, p.position.y, p.size.x, p.size.y, yaw, DEFAULT_COLOR);
        } else {
            g.fillRect(shown.x(), shown.y(), shown.extentX(), shown.extentY(), 0f, DEFAULT_COLOR);
        }
    }

    /** World pass, after the objects (once per visible copy of a wrapping world). */
    protected void drawForeground(Graphics g, RenderState state) {
    }

    /** Screen pass (pixels, y down), after the world and before the net-graph overlay. */
    protected void drawHud(Graphics g, RenderState state) {
    }

    /** The interpolation fraction of the frame being drawn. Render thread. */
    protected final float frameAlpha() {
        return shownAlpha;
    }

    final void notifyFrame(long frame, long endNanos, long frameNanos) {
        for (FrameListener l : frameListeners) {
            l.frameDone(frame, endNanos, frameNanos);
        }
    }

    /**
     * Draws one whole frame of {@code state} at clock time {@code nowNanos}: the 2D traversal (the 3D
     * renderer draws its own). Render thread.
     */
    void drawFrame(Surface s, RenderState state, long nowNanos, int width, int height) {
        float alpha = state.alpha(nowNanos);
        shownAlpha = alpha;
        WorldBounds bounds = state.bounds();
        float tx = Float.NaN;
        float ty = Float.NaN;
        int follow = camera.followedId();
        if (follow != Camera.NO_TARGET) {
            RenderObject target = state.find(follow);
            if (target != null) {
                GameObject o = shown(target, alpha, bounds);
                tx = o.x();
                ty = o.y();
            }
        }
        camera.beginFrame(width, height, tx, ty);
        s.beginScreen(width, height);
        drawSky(s, state);
        s.flush();
        float pixel = 1f / camera.pixelsPerUnit();
        s.beginWorld(camera.projection(projection), pixel, width, height, alpha);
        float left = camera.centerX() - camera.viewWidth() * 0.5f;
        float right = left + camera.viewWidth();
        float bottom = camera.centerY() - camera.viewHeight() * 0.5f;
        float top = bottom + camera.viewHeight();

        forEachWorldCopy(s, bounds, left, right, bottom, top, () -> drawBackground(s, state));
        float margin = options.cullMarginPixels() * pixel;
        List<RenderObject> objects = state.objects();
        for (int i = 0, n = objects.size(); i < n; i++) {
            GameObject o = shown(objects.get(i), alpha, bounds);
            float r = 0.5f * (float) Math.sqrt(o.extentX() * o.extentX() + o.extentY() * o.extentY()) + margin;
            float x = o.x();
            float y = o.y();
            if (!bounds.wraps()) {
                if (x + r >= left && x - r <= right && y + r >= bottom && y - r <= top) {
                    s.setShift(0f, 0f);
                    drawObject(s, o);
                }
                continue;
            }
            // Each copy k of the world sits k widths over; draw the copies of this object that can be seen.
            float w = bounds.width();
            float h = bounds.height();
            int kx0 = (int) Math.ceil((left - r - x) / w);
            int kx1 = Math.min((int) Math.floor((right + r - x) / w), kx0 + MAX_COPIES_PER_AXIS - 1);
            int ky0 = (int) Math.ceil((bottom - r - y) / h);
            int ky1 = Math.min((int) Math.floor((top + r - y) / h), ky0 + MAX_COPIES_PER_AXIS - 1);
            for (int kx = kx0; kx <= kx1; kx++) {
                for (int ky = ky0; ky <= ky1; ky++) {
                    s.setShift(kx * w, ky * h);
                    drawObject(s, o);
                }
            }
        }
        forEachWorldCopy(s, bounds, left, right, bottom, top, () -> drawForeground(s, state));
        s.setShift(0f, 0f);
        s.flush();

        s.beginScreen(width, height);
        drawHud(s, state);
        if (netGraphVisible) {
            netGraph.draw(s, state.netStats());
        }
        s.flush();
    }

    private void forEachWorldCopy(Surface s, WorldBounds bounds, float left, float right, float bottom, float top,
                                  Runnable draw) {
        if (!bounds.wraps()) {
            s.setShift(0f, 0f);
            draw.run();
            return;
        }
        float w = bounds.width();
        float h = bounds.height();
        int kx0 = (int) Math.floor((left - bounds.minX()) / w);
        int kx1 = Math.min((int) Math.floor((right - bounds.minX()) / w), kx0 + MAX_COPIES_PER_AXIS - 1);
        int ky0 = (int) Math.floor((bottom - bounds.minY()) / h);
        int ky1 = Math.min((int) Math.floor((top - bounds.minY()) / h), ky0 + MAX_COPIES_PER_AXIS - 1);
        for (int kx = kx0; kx <= kx1; kx++) {
            for (int ky = ky0; ky <= ky1; ky++) {
                s.setShift(kx * w, ky * h);
                draw.run();
            }
        }
    }

    /** The object blended for this frame, in a scratch instance of its class owned by the render thread. */
    final GameObject shown(RenderObject ro, float alpha, WorldBounds bounds) {
        GameObject out;
        if (ro.type() == lastScratchClass) {
            out = lastScratch;
        } else {
            out = scratch.get(ro.type());
            if (out == null) {
                out = ro.current().copy();
                scratch.put(ro.type(), out);
            }
            lastScratchClass = ro.type();
            lastScratch = out;
        }
        return Interpolation.lerp(ro.previous(), ro.current(), alpha, bounds, options.snapDistance(), out);
    }

    private DrawCallback<?> callbackFor(Class<?> type) {
        Map<Class<?>, DrawCallback<?>> now = callbacks;
        if (now != resolvedFrom) {
            resolved.clear();
            resolvedFrom = now;
            lastCallbackClass = null;
        }
        if (type == lastCallbackClass) {
            return lastCallback;
        }
        DrawCallback<?> found;
        if (resolved.containsKey(type)) {
            found = resolved.get(type);
        } else {
            found = null;
            for (Class<?> c = type; c != null && found == null; c = c.getSuperclass()) {
                found = now.get(c);
            }
            resolved.put(type, found);
        }
        lastCallbackClass = type;
        lastCallback = found;
        return found;
    }
}

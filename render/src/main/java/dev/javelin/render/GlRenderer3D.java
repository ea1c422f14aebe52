package dev.javelin.render;

import static org.lwjgl.opengl.GL33C.*;

import dev.javelin.engine.world.DynamicObject;
import dev.javelin.engine.world.GameObject;
import dev.javelin.engine.world.PhysicalObject3D;
import dev.javelin.engine.physics.WorldBounds;
import dev.javelin.engine.view.RenderObject;
import dev.javelin.engine.view.RenderState;
import java.util.List;

/**
 * The 3D renderer: the same window, render loop, input, text, HUD, net graph and screenshots as
 * {@link GlRenderer}, drawing the world in perspective through a {@link Camera3D} as lit meshes.
 *
 * <p>A game says how each object class looks with {@link #onDraw3D(Class, Mesh, int)} (a mesh scaled by
 * a {@link PhysicalObject3D}'s size, in one colour) or {@link #onDraw3D(Class, DrawCallback3D)} (any
 * meshes, lines and colours per object); a class without one uses its nearest superclass's, and with
 * none at all an object is drawn as a grey box of its size. Scenery that is not an object (a floor)
 * goes in {@link #drawScene}. All instances of one mesh in a frame take one instanced draw call.
 *
 * <p>Each frame: every shown object is blended between its previous and current step (position lerped,
 * orientation slerped), skipped if its box is outside the view, and drawn; then {@link #drawScene};
 * then, when on ({@link #setDebugShapesVisible}, or the F4 key by default), the debug view of collision
 * shapes as wireframes ({@link #onDebugShape}); the meshes are drawn depth-tested; then the screen pass
 * as in 2D: {@link #drawHud} and the net-graph overlay. The 2D world hooks ({@code drawBackground},
 * {@code drawObject}, {@code drawForeground}) and the 2D {@link #camera()} are not used here. In a
 * wrapping world objects are shown at their wrapped place, without copies across the seam.
 *
 * <p>Threads: as {@link GlRenderer}: {@link #run} on the main thread; registration, the camera's
 * setters, lighting and the debug switch from any thread at any time; the hooks and callbacks on the
 * render thread.
 */
public class GlRenderer3D extends GlRenderer {

    private static final int DEFAULT_COLOR = 0xC8C8D2FF;
    private static final int DEBUG_COLOR = 0x40FF60FF;

    private final Camera3D camera3D = new Camera3D();
    private final ClassMap<DrawCallback3D<?>> draws = new ClassMap<>();
    private final ClassMap<DrawCallback3D<?>> debugShapes = new ClassMap<>();
    private volatile boolean debugVisible;
    private volatile int debugKey = Keys.F4;
    private volatile Lighting lighting;
    private volatile int meshDrawCalls;
    private volatile int lastInstances;

    // Render thread only.
    private MeshBatch meshes;

    /** A 3D renderer with {@link RenderOptions#defaults()}. */
    public GlRenderer3D() {
        this(RenderOptions.defaults());
    }

    /** A 3D renderer with {@code options} (the sprite path and cull margin apply to the 2D HUD only). */
    public GlRenderer3D(RenderOptions options) {
        super(options);
    }

    /**
     * Draws every shown object of class {@code type} (and of its subclasses without a callback of their
     * own) with {@code callback}, replacing an earlier one for that class. Any thread.
     */
    public final <T extends GameObject> GlRenderer3D onDraw3D(Class<T> type, DrawCallback3D<? super T> callback) {
        if (type == null || callback == null) {
            throw new IllegalArgumentException("3D draw callback type and callback must not be null");
        }
        draws.put(type, callback);
        return this;
    }

    /**
     * Draws every shown object of class {@code type} as {@code mesh} at its position and orientation,
     * scaled by its {@link PhysicalObject3D#size} (so the unit {@link Mesh#box()} shows its box), in
     * {@code rgba}. Any thread.
     */
    public final <T extends PhysicalObject3D> GlRenderer3D onDraw3D(Class<T> type, Mesh mesh, int rgba) {
        if (mesh == null) {
            throw new IllegalArgumentException("mesh must not be null");
        }
        return onDraw3D(type, (g, o) -> g.draw(mesh, o.position, o.orientation, o.size, rgba));
    }

    /**
     * Draws the collision shape of objects of class {@code type} in the debug view with {@code callback}
     * (use wire meshes such as {@link Mesh#wireBox()} and {@link Mesh#wireSphere()}, or
     * {@link Graphics3D#line}). Without one, an object's shape is drawn as the wire box of its size.
     * Any thread.
     */
    public final <T extends GameObject> GlRenderer3D onDebugShape(Class<T> type, DrawCallback3D<? super T> callback) {
        if (type == null || callback == null) {
            throw new IllegalArgumentException("debug shape type and callback must not be null");
        }
        debugShapes.put(type, callback);
        return this;
    }

    /** The 3D camera. */
    public final Camera3D camera3D() {
        return camera3D;
    }

    /** Shows or hides the debug view of collision shapes. Any thread. */
    public final void setDebugShapesVisible(boolean visible) {
        debugVisible = visible;
    }

    /** Whether the debug view of collision shapes shows. Any thread. */
    public final boolean isDebugShapesVisible() {
        return debugVisible;
    }

    /** The key ({@link Keys}) that flips the debug view, or -1 for none; default F4. Any thread. */
    public final void setDebugShapesKey(int key) {
        debugKey = key;
    }

    /** Lights triangle meshes with {@code l}; null goes back to {@link Lighting#defaultFor} the camera's up axis. Any thread. */
    public final void setLighting(Lighting l) {
        lighting = l;
    }

    /** The lighting in use. Any thread. */
    public final Lighting lighting() {
        Lighting l = lighting;
        return l != null ? l : Lighting.defaultFor(camera3D.up());
    }

    /** Instanced mesh draw calls the last frame took (one per mesh used). Any thread. */
    public final int lastFrameMeshDrawCalls() {
        return meshDrawCalls;
    }

    /** Mesh instances the last frame drew. Any thread. */
    public final int lastFrameInstances() {
        return lastInstances;
    }

    /** World pass, after the objects: scenery that is not a game object (floor, walls, markers). */
    protected void drawScene(Graphics3D g, RenderState state) {
    }

    /**
     * Draws one object as interpolated for this frame. The default calls the callback registered for its
     * class, or draws a grey box of its size.
     */
    protected void drawObject3D(Graphics3D g, GameObject shown) {
        @SuppressWarnings("unchecked")
        DrawCallback3D<GameObject> cb = (DrawCallback3D<GameObject>) draws.find(shown.getClass());
        if (cb != null) {
            cb.draw(g, shown);
        } else {
            box(g, Mesh.box(), shown, DEFAULT_COLOR);
        }
    }

    /** Draws one object's collision shape in the debug view: its callback's, or the wire box of its size. */
    protected void drawDebugShape(Graphics3D g, GameObject shown) {
        @SuppressWarnings("unchecked")
        DrawCallback3D<GameObject> cb = (DrawCallback3D<GameObject>) debugShapes.find(shown.getClass());
        if (cb != null) {
            cb.draw(g, shown);
        } else {
            box(g, Mesh.wireBox(), shown, DEBUG_COLOR);
        }
    }

    /** {@code mesh} over the object's box: 3D size and orientation, or a 2D object's footprint turned by its angle. */
    private static void box(Graphics3D g, Mesh mesh, GameObject o, int rgba) {
        if (o instanceof PhysicalObject3D p) {
            g.draw(mesh, p.position, p.orientation, p.size, rgba);
        } else if (o instanceof DynamicObject d) {
            float half = d.angle * 0.5f;
            float depth = Math.min(d.width, d.height);
            g.draw(mesh, d.position.x, d.position.y, 0f, 0f, 0f, (float) Math.sin(half), (float) Math.cos(half),
                    d.width, d.height, depth, rgba);
        } else {
            float depth = Math.min(o.extentX(), o.extentY());
            g.draw(mesh, o.x(), o.y(), 0f, 0f, 0f, 0f, 1f, o.extentX(), o.extentY(), depth, rgba);
        }
    }

    @Override
    final void contextCreated() {
        meshes = new MeshBatch(camera3D);
    }

    @Override
    final void contextClosing() {
        if (meshes != null) {
            meshes.delete();
            meshes = null;
        }
    }

    @Override
    final int takeExtraDrawCalls() {
        int n = meshes == null ? 0 : meshes.takeDrawCalls();
        meshDrawCalls = n;
        return n;
    }

    @Override
    final boolean rendererKey(int key) {
        if (key == debugKey && key >= 0) {
            debugVisible = !debugVisible;
            return true;
        }
        return false;
    }

    @Override
    final void drawFrame(Surface s, RenderState state, long nowNanos, int width, int height) {
        float alpha = state.alpha(nowNanos);
        shownAlpha = alpha;
        WorldBounds bounds = state.bounds();
        float tx = Float.NaN;
        float ty = Float.NaN;
        float tz = Float.NaN;
        int follow = camera3D.followedId();
        if (follow != Camera3D.NO_TARGET) {
            RenderObject target = state.find(follow);
            if (target != null) {
                GameObject o = shown(target, alpha, bounds);
                tx = o.x();
                ty = o.y();
                tz = o instanceof PhysicalObject3D p ? p.position.z : 0f;
            }
        }
        camera3D.beginFrame(width, height, tx, ty, tz);
        glDepthMask(true);
        glClear(GL_DEPTH_BUFFER_BIT);
        MeshBatch g = meshes;
        g.begin(alpha);
        boolean debug = debugVisible;
        List<RenderObject> objects = state.objects();
        for (int i = 0, n = objects.size(); i < n; i++) {
            GameObject o = shown(objects.get(i), alpha, bounds);
            if (!inView(o)) {
                continue;
            }
            drawObject3D(g, o);
            if (debug) {
                drawDebugShape(g, o);
            }
        }
        drawScene(g, state);
        lastInstances = g.instances();
        g.end(lighting());

        s.beginScreen(width, height);
        drawHud(s, state);
        if (isNetGraphVisible()) {
            netGraph.draw(s, state.netStats());
        }
        s.flush();
    }

    /** Whether the sphere around the object's box may be in view. */
    private boolean inView(GameObject o) {
        if (o instanceof PhysicalObject3D p) {
            return camera3D.mayShow(p.position.x, p.position.y, p.position.z, 0.5f * p.size.length());
        }
        float w = o.extentX();
        float h = o.extentY();
        return camera3D.mayShow(o.x(), o.y(), 0f, 0.5f * (float) Math.sqrt(w * w + h * h) * 1.5f);
    }
}

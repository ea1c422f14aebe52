package dev.javelin.render;

import static dev.javelin.render.RenderHarness.capture;
import static dev.javelin.render.RenderHarness.countBright;
import static dev.javelin.render.RenderHarness.drive;
import static dev.javelin.render.RenderHarness.offscreen;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.javelin.engine.world.GameWorld;
import dev.javelin.engine.world.PhysicalObject3D;
import dev.javelin.engine.loop.ManualClock;
import dev.javelin.engine.physics.WorldBounds;
import dev.javelin.engine.view.InputQueue;
import dev.javelin.engine.view.RenderState;
import dev.javelin.engine.view.RenderStatePublisher;
import org.joml.Vector2f;
import org.junit.jupiter.api.Test;

/** Renders known 3D scenes offscreen (GLFW null platform, EGL, Mesa) and checks the pixels read back. */
class GlRenderer3DOffscreenTest {

    private static final long PERIOD = 16_666_667L;

    /** A second class, to check that each class gets its own mesh. */
    public static class Ball extends PhysicalObject3D {
    }

    private static PhysicalObject3D cube(float x, float y, float z, float side) {
        PhysicalObject3D c = new PhysicalObject3D();
        c.position.set(x, y, z);
        c.size.set(side, side, side);
        return c;
    }

    private static RenderStatePublisher publish(PhysicalObject3D... objects) {
        GameWorld world = new GameWorld();
        for (PhysicalObject3D o : objects) {
            world.add(o);
        }
        RenderStatePublisher p = new RenderStatePublisher(PERIOD, WorldBounds.NONE);
        p.publishWorld(world, 0L);
        return p;
    }

    private static int brightness(int rgba) {
        return Math.max(Color.red(rgba), Math.max(Color.green(rgba), Color.blue(rgba)));
    }

    private static boolean isReddish(int rgba) {
        return Color.red(rgba) > 60 && Color.green(rgba) < 30 && Color.blue(rgba) < 30;
    }

    /** Where world point (x, y, z) lands in a frame of the given size, as the renderer's camera sees it. */
    private static Vector2f project(Camera3D camera, int w, int h, float x, float y, float z) {
        camera.beginFrame(w, h, Float.NaN, Float.NaN, Float.NaN);
        Vector2f v = new Vector2f();
        assertTrue(camera.worldToScreen(x, y, z, v));
        return v;
    }

    private static int at(Pixels p, Vector2f v) {
        return p.rgba(Math.round(v.x), Math.round(v.y));
    }

    /** Centroid of the reddish pixels, or null if none. */
    private static Vector2f redCentroid(Pixels p) {
        double sx = 0;
        double sy = 0;
        int n = 0;
        for (int y = 0; y < p.height(); y++) {
            for (int x = 0; x < p.width(); x++) {
                if (isReddish(p.rgba(x, y))) {
                    sx += x + 0.5;
                    sy += y + 0.5;
                    n++;
                }
            }
        }
        return n == 0 ? null : new Vector2f((float) (sx / n), (float) (sy / n));
    }

    @Test
    void boxFacesAreShadedByHowTheyFaceTheLight() throws Exception {
        GlRenderer3D r = new GlRenderer3D(offscreen(240, 180).build());
        r.camera3D().lookAt(3f, 2f, 2.5f, 0f, 0f, 0f);
        r.onDraw3D(PhysicalObject3D.class, Mesh.box(), 0xC0C0C0FF);
        RenderStatePublisher states = publish(cube(0f, 0f, 0f, 2f));
        // Centres of the three faces the camera sees: top (+z), +x and +y.
        Camera3D same = new Camera3D();
        same.lookAt(3f, 2f, 2.5f, 0f, 0f, 0f);
        Vector2f top = project(same, 240, 180, 0f, 0f, 1f);
        Vector2f px = project(same, 240, 180, 1f, 0f, 0f);
        Vector2f py = project(same, 240, 180, 0f, 1f, 0f);

        drive(r, states, new InputQueue(), renderer -> {
            // Default sun: high above, leaning to +x more than to +y.
            Pixels p = capture(renderer);
            int bTop = brightness(at(p, top));
            int bX = brightness(at(p, px));
            int bY = brightness(at(p, py));
            assertTrue(bTop > bX + 20 && bX > bY + 20, "top " + bTop + " > +x " + bX + " > +y " + bY);
            // Grey stays grey: lighting scales the colour, it does not tint it much.
            int c = at(p, px);
            assertTrue(Math.abs(Color.red(c) - Color.green(c)) < 40, "colour " + Integer.toHexString(c));

            // Turn the sun to shine along -y: the +y face becomes the brightest side, the top goes dim.
            r.setLighting(new Lighting(0f, 1f, 0.05f, 0xFFFFFFFF, 0x202020FF, 0x202020FF));
            Pixels q = capture(renderer);
            int qTop = brightness(at(q, top));
            int qX = brightness(at(q, px));
            int qY = brightness(at(q, py));
            assertTrue(qY > qTop + 60 && qY > qX + 60, "+y " + qY + " above top " + qTop + " and +x " + qX);
        });
    }

    @Test
    void thousandsOfObjectsTakeOneDrawCallPerMesh() throws Exception {
        int[] counts = {10, 3000};
        for (int n : counts) {
            int side = (int) Math.ceil(Math.sqrt(n));
            GlRenderer3D r = new GlRenderer3D(offscreen(200, 150).build());
            r.camera3D().orbit(0f, 0f, 0f, 0.7f, 0.8f, side * 1.3f + 3f);
            r.onDraw3D(PhysicalObject3D.class, Mesh.box(), 0xD06040FF);
            r.onDraw3D(Ball.class, Mesh.sphere(), 0x40A0FFFF);
            GameWorld world = new GameWorld();
            for (int i = 0; i < n; i++) {
                PhysicalObject3D o = (i % 2 == 0) ? new PhysicalObject3D() : new Ball();
                o.position.set((i % side) - side / 2f, (i / side) - side / 2f, 0.5f);
                o.size.set(0.8f, 0.8f, 0.8f);
                world.add(o);
            }
            RenderStatePublisher states = new RenderStatePublisher(PERIOD, WorldBounds.NONE);
            states.publishWorld(world, 0L);
            drive(r, states, new InputQueue(), renderer -> {
                Pixels p = capture(renderer);
                assertEquals(n, r.lastFrameInstances(), "instances drawn");
                assertEquals(2, r.lastFrameMeshDrawCalls(), "one instanced draw call per mesh, for " + n + " objects");
                assertEquals(2, r.lastFrameDrawCalls(), "nothing else drawn");
                assertTrue(countBright(p, 0, 0, 200, 150, 60) > 500, "objects visible");
            });
        }
    }

    @Test
    void aFrameAllocatesNothingPerObject() throws Exception {
        long[] perFrame = new long[2];
        int[] counts = {100, 3000};
        for (int k = 0; k < counts.length; k++) {
            int n = counts[k];
            ManualClock clock = new ManualClock(1_000_000_000L);
            GlRenderer3D r = new GlRenderer3D(offscreen(160, 120).clock(clock).fpsCap(0).build());
            r.camera3D().orbit(0f, 0f, 0f, 0.7f, 0.8f, 80f);
            r.onDraw3D(PhysicalObject3D.class, Mesh.box(), 0xD06040FF);
            GameWorld world = new GameWorld();
            for (int i = 0; i < n; i++) {
                PhysicalObject3D o = (PhysicalObject3D) world.add(cube(i % 60 - 30f, i / 60 - 25f, 0.5f, 0.8f));
                o.orientation.rotationZ(i);
            }
            RenderStatePublisher states = new RenderStatePublisher(PERIOD, WorldBounds.NONE);
            states.publishWorld(world, clock.nanoTime() - PERIOD);
            for (var o : world.objects()) {
                ((PhysicalObject3D) o).orientation.rotateX(0.5f); // so that every frame slerps
            }
            states.publishWorld(world, clock.nanoTime());
            clock.advance(PERIOD / 3);
            com.sun.management.ThreadMXBean threads =
                    (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
            long[] at = new long[2];
            int index = k;
            r.addFrameListener((frame, end, nanos) -> {
                if (frame == 50) {
                    at[0] = threads.getCurrentThreadAllocatedBytes();
                } else if (frame == 150) {
                    at[1] = threads.getCurrentThreadAllocatedBytes();
                    perFrame[index] = (at[1] - at[0]) / 100;
                    r.stop();
                }
            });
            r.run(states, new InputQueue());
        }
        // The loop itself allocates a little per frame (GLFW's event polling); objects add nothing.
        assertTrue(perFrame[1] < perFrame[0] + 256, "bytes per frame: " + perFrame[0] + " with 100 objects, "
                + perFrame[1] + " with 3000");
        assertTrue(perFrame[1] < 1024, "bytes per frame with 3000 objects: " + perFrame[1]);
    }

    @Test
    void orientationIsSlerpedBetweenStepsAtAlphaZeroHalfAndOne() throws Exception {
        ManualClock clock = new ManualClock(1_000_000_000L);
        int w = 200;
        int h = 200;
        GlRenderer3D r = new GlRenderer3D(offscreen(w, h).clock(clock).build());
        // Looking straight down on the x-y plane, y up on the screen.
        r.camera3D().setUp(Camera3D.Up.Y);
        r.camera3D().lookAt(0f, 0f, 20f, 0f, 0f, 0f);
        r.onDraw3D(PhysicalObject3D.class, Mesh.box(), Color.RED);
        GameWorld world = new GameWorld();
        PhysicalObject3D bar = (PhysicalObject3D) world.add(new PhysicalObject3D());
        bar.size.set(8f, 0.8f, 0.8f);
        RenderStatePublisher states = new RenderStatePublisher(PERIOD, WorldBounds.NONE);
        long t1 = clock.nanoTime();
        states.publishWorld(world, t1 - PERIOD);
        bar.orientation.rotationZ((float) Math.PI / 2); // a quarter turn in one step
        states.publishWorld(world, t1); // due now: alpha 0 until the clock moves
        Camera3D cam = new Camera3D();
        cam.setUp(Camera3D.Up.Y);
        cam.lookAt(0f, 0f, 20f, 0f, 0f, 0f);
        Vector2f alongX = project(cam, w, h, 3f, 0f, 0f);
        Vector2f alongY = project(cam, w, h, 0f, 3f, 0f);
        Vector2f diagonal = project(cam, w, h, 2.1f, 2.1f, 0f);

        drive(r, states, new InputQueue(), renderer -> {
            // alpha 0: the previous step, the bar along x
            Pixels a0 = capture(renderer);
            assertTrue(isReddish(at(a0, alongX)));
            assertFalse(isReddish(at(a0, alongY)));
            assertFalse(isReddish(at(a0, diagonal)));
            clock.advance(PERIOD / 2); // alpha 0.5: half way, 45 degrees
            Pixels a5 = capture(renderer);
            assertTrue(isReddish(at(a5, diagonal)));
            assertFalse(isReddish(at(a5, alongX)));
            assertFalse(isReddish(at(a5, alongY)));
            clock.advance(PERIOD / 2); // alpha 1: the current step, along y
            Pixels a1 = capture(renderer);
            assertTrue(isReddish(at(a1, alongY)));
            assertFalse(isReddish(at(a1, alongX)));
            assertFalse(isReddish(at(a1, diagonal)));
        });
    }

    @Test
    void followCameraKeepsItsMovingTargetAtTheCentreOfTheFrame() throws Exception {
        ManualClock clock = new ManualClock(1_000_000_000L);
        GlRenderer3D r = new GlRenderer3D(offscreen(200, 150).clock(clock).build());
        r.onDraw3D(PhysicalObject3D.class, Mesh.box(), Color.RED);
        r.onDraw3D(Ball.class, Mesh.sphere(), Color.BLUE);
        GameWorld world = new GameWorld();
        PhysicalObject3D player = (PhysicalObject3D) world.add(cube(10f, 5f, 1f, 1f));
        world.add(new Ball());
        RenderStatePublisher states = new RenderStatePublisher(PERIOD, WorldBounds.NONE);
        long t1 = clock.nanoTime();
        states.publishWorld(world, t1 - PERIOD);
        player.position.set(-20f, 3f, 2f);
        states.publishWorld(world, t1);
        r.camera3D().follow(player.id(), 0.5f, 0.6f, 8f, 0f);

        drive(r, states, new InputQueue(), renderer -> {
            for (int half = 0; half <= 2; half++) {
                Pixels p = capture(renderer);
                Vector2f c = redCentroid(p);
                assertNotNull(c, "target visible");
                assertEquals(100f, c.x, 2f, "target centred across, alpha " + half / 2f);
                assertEquals(75f, c.y, 2f, "target centred down, alpha " + half / 2f);
                clock.advance(PERIOD / 2);
            }
        });
    }

    @Test
    void debugViewDrawsCollisionShapesAsWireframes() throws Exception {
        GlRenderer3D r = new GlRenderer3D(offscreen(200, 150).build());
        r.camera3D().lookAt(4f, -3f, 3f, 0f, 0f, 0f);
        r.onDraw3D(PhysicalObject3D.class, Mesh.box(), 0x303030FF);
        r.onDraw3D(Ball.class, Mesh.sphere(), 0x303030FF);
        r.onDebugShape(Ball.class, (g, b) -> g.draw(Mesh.wireSphere(), b.position, b.orientation, b.size, Color.MAGENTA));
        Ball ball = new Ball();
        ball.position.set(0f, 2.5f, 0f);
        ball.size.set(1.5f, 1.5f, 1.5f);
        RenderStatePublisher states = publish(cube(0f, -1f, 0f, 2f), ball);

        drive(r, states, new InputQueue(), renderer -> {
            Pixels off = capture(renderer);
            assertEquals(0, countColour(off, Color.GREEN));
            assertEquals(0, countColour(off, Color.MAGENTA));
            renderer.pressKey(Keys.F4); // the debug key flips the view on
            renderer.releaseKey(Keys.F4);
            Pixels on = capture(renderer);
            assertTrue(r.isDebugShapesVisible());
            // The box's edges in the default green, the sphere's circles in the colour registered.
            assertTrue(countColour(on, 0x40FF60FF) > 100, "box wireframe pixels");
            assertTrue(countColour(on, Color.MAGENTA) > 50, "sphere wireframe pixels");
            assertEquals(2 + 2, r.lastFrameMeshDrawCalls(), "solids and wires, one call per mesh");
            r.setDebugShapesVisible(false);
            assertEquals(0, countColour(capture(renderer), 0x40FF60FF));
        });
    }

    @Test
    void meshLoadedFromAFileIsDrawnLitInPlace() throws Exception {
        Mesh pyramid = Mesh.load("meshes/pyramid.obj");
        GlRenderer3D r = new GlRenderer3D(offscreen(200, 150).build());
        r.camera3D().lookAt(0f, -6f, 2.5f, 0f, 0f, 0.5f);
        r.onDraw3D(PhysicalObject3D.class, pyramid, 0xC0C0C0FF);
        RenderStatePublisher states = publish(cube(0f, 0f, 0f, 1f));
        Camera3D same = new Camera3D();
        same.lookAt(0f, -6f, 2.5f, 0f, 0f, 0.5f);
        // The -y side's middle, left and right of the apex's foot; the apex is at (0, 0, 1).
        Vector2f left = project(same, 200, 150, -0.4f, -0.6f, 0.3f);
        Vector2f right = project(same, 200, 150, 0.4f, -0.6f, 0.3f);
        Vector2f above = project(same, 200, 150, 0f, 0f, 1.4f);

        drive(r, states, new InputQueue(), renderer -> {
            Pixels p = capture(renderer);
            assertEquals(1, r.lastFrameMeshDrawCalls());
            int a = brightness(at(p, left));
            int b = brightness(at(p, right));
            assertTrue(a > 40 && b > 40, "the side facing the camera is drawn: " + a + ", " + b);
            // Smooth normals (Assimp made them): the shade varies across the face with the light from +x.
            assertTrue(b > a, "lit from +x: right " + b + " brighter than left " + a);
            assertEquals(0, brightness(at(p, above)), "nothing above the apex");
        });
    }

    @Test
    void hudTextAndNetGraphDrawOverTheScene() throws Exception {
        GlRenderer3D r = new GlRenderer3D(offscreen(400, 300).build()) {
            @Override
            protected void drawHud(Graphics g, RenderState state) {
                g.text("3D", 350f, 290f, 24f, Color.WHITE);
            }
        };
        r.camera3D().orbit(0f, 0f, 0f, 0.3f, 0.5f, 6f);
        r.onDraw3D(PhysicalObject3D.class, Mesh.box(), 0x2040A0FF);
        RenderStatePublisher states = publish(cube(0f, 0f, 0f, 2f));

        drive(r, states, new InputQueue(), renderer -> {
            Pixels p = capture(renderer);
            assertTrue(countBright(p, 345, 265, 400, 300, 200) > 30, "HUD text drawn");
            assertEquals(0, countBright(p, 8, 8, 100, 60, 200), "no overlay yet");
            renderer.pressKey(Keys.F3);
            Pixels q = capture(renderer);
            assertTrue(countBright(q, 8, 8, 328, 60, 200) > 100, "net graph text drawn");
        });
    }

    private static int countColour(Pixels p, int rgba) {
        int n = 0;
        for (int y = 0; y < p.height(); y++) {
            for (int x = 0; x < p.width(); x++) {
                int c = p.rgba(x, y);
                if (Math.abs(Color.red(c) - Color.red(rgba)) < 8 && Math.abs(Color.green(c) - Color.green(rgba)) < 8
                        && Math.abs(Color.blue(c) - Color.blue(rgba)) < 8) {
                    n++;
                }
            }
        }
        return n;
    }
}

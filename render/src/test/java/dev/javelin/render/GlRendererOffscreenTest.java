package dev.javelin.render;

import static dev.javelin.render.RenderHarness.capture;
import static dev.javelin.render.RenderHarness.countBright;
import static dev.javelin.render.RenderHarness.countRed;
import static dev.javelin.render.RenderHarness.drive;
import static dev.javelin.render.RenderHarness.isRed;
import static dev.javelin.render.RenderHarness.offscreen;
import static dev.javelin.render.RenderHarness.redSpan;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.javelin.engine.world.DynamicObject;
import dev.javelin.engine.world.GameWorld;
import dev.javelin.engine.loop.ManualClock;
import dev.javelin.engine.physics.WorldBounds;
import dev.javelin.engine.view.InputAction;
import dev.javelin.engine.view.InputQueue;
import dev.javelin.engine.view.RenderState;
import dev.javelin.engine.view.RenderStatePublisher;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Renders known scenes offscreen (GLFW null platform, EGL, Mesa) and checks the pixels read back. */
class GlRendererOffscreenTest {

    private static final long PERIOD = 16_666_667L;

    private static java.util.function.Supplier<RenderState> empty() {
        RenderState s = RenderState.empty(PERIOD, WorldBounds.NONE);
        return () -> s;
    }

    private static Texture solid(int rgba) {
        Pixels p = new Pixels(4, 4);
        p.fill(0, 0, 4, 4, rgba);
        return Texture.of(p, Texture.Filter.NEAREST, "solid");
    }

    private static RenderStatePublisher publish(WorldBounds bounds, DynamicObject... objects) {
        GameWorld world = new GameWorld();
        for (DynamicObject o : objects) {
            world.add(o);
        }
        RenderStatePublisher p = new RenderStatePublisher(PERIOD, bounds);
        p.publishWorld(world, 0L);
        return p;
    }

    @Test
    void redSpriteAtAKnownWorldPositionLandsOnTheExpectedPixels() throws Exception {
        TextureRegion red = solid(Color.RED).region();
        GlRenderer r = new GlRenderer(offscreen(200, 150).build());
        r.camera().lookAt(0f, 0f);
        r.camera().setPixelsPerUnit(10f);
        r.onDraw(DynamicObject.class, (g, o) -> g.sprite(red, o.position.x, o.position.y, o.width, o.height, o.angle));
        RenderStatePublisher states = publish(WorldBounds.NONE, new DynamicObject(3f, 2f, 2f, 2f));

        drive(r, states, new InputQueue(), renderer -> {
            Pixels p = capture(renderer);
            assertEquals(200, p.width());
            assertEquals(150, p.height());
            // World (3, 2) is 30 px right of and 20 px above the centre (100, 75): the 2 x 2 sprite covers
            // columns 120..139 and rows 45..64.
            assertEquals(400, countRed(p, 0, 0, 200, 150));
            assertEquals(400, countRed(p, 120, 45, 140, 65));
            assertTrue(isRed(p.rgba(120, 45)));
            assertTrue(isRed(p.rgba(139, 64)));
            assertFalse(isRed(p.rgba(119, 55)));
            assertFalse(isRed(p.rgba(130, 65)));
        });
    }

    @Test
    void movingSpriteIsDrawnAtTheFractionalPositionForAlphaOneHalf() throws Exception {
        ManualClock clock = new ManualClock(1_000_000_000L);
        GlRenderer r = new GlRenderer(offscreen(200, 100).clock(clock).build());
        r.camera().lookAt(10.5f, 0f);
        r.camera().setPixelsPerUnit(20f);
        r.onDraw(DynamicObject.class, (g, o) -> g.fillRect(o.position.x, o.position.y, o.width, o.height, 0f, Color.RED));
        GameWorld world = new GameWorld();
        DynamicObject mover = (DynamicObject) world.add(new DynamicObject(10f, 0f, 1f, 1f));
        RenderStatePublisher states = new RenderStatePublisher(PERIOD, WorldBounds.NONE);
        long t1 = clock.nanoTime();
        states.publishWorld(world, t1 - PERIOD);
        mover.position.x = 11f; // one unit per step
        states.publishWorld(world, t1);
        clock.advance(PERIOD / 2);

        drive(r, states, new InputQueue(), renderer -> {
            Pixels p = capture(renderer);
            // At alpha 0.5 the sprite is centred on x = 10.5, the camera's centre: columns 90..109.
            assertArrayEquals(new int[] {90, 109}, redSpan(p, 50));
        });
    }

    @Test
    void objectCrossingAWrappingWorldsEdgeIsDrawnAtTheSeamNotSweptAcrossTheWorld() throws Exception {
        ManualClock clock = new ManualClock(1_000_000_000L);
        GlRenderer r = new GlRenderer(offscreen(200, 100).clock(clock).build());
        r.camera().lookAt(0f, 50f);
        r.camera().setPixelsPerUnit(10f);
        r.onDraw(DynamicObject.class, (g, o) -> g.fillRect(o.position.x, o.position.y, o.width, o.height, 0f, Color.RED));
        GameWorld world = new GameWorld();
        DynamicObject mover = (DynamicObject) world.add(new DynamicObject(99f, 50f, 2f, 2f));
        RenderStatePublisher states = new RenderStatePublisher(PERIOD, WorldBounds.wrap(100f, 100f));
        states.publishWorld(world, clock.nanoTime() - PERIOD);
        mover.position.x = 1f; // crossed the edge at x = 100 = 0
        states.publishWorld(world, clock.nanoTime());
        clock.advance(PERIOD / 2);

        drive(r, states, new InputQueue(), renderer -> {
            Pixels p = capture(renderer);
            // Halfway, the object is at x = 100 = 0: centred in view, half on each side of the seam.
            assertArrayEquals(new int[] {90, 109}, redSpan(p, 50));
            clock.advance(PERIOD / 2);
            Pixels after = capture(renderer);
            assertArrayEquals(new int[] {100, 119}, redSpan(after, 50));
        });
    }

    @Test
    void cameraFollowsItsTargetAcrossTheWrapAndShowsTheWorldBeyondTheEdge() throws Exception {
        GlRenderer r = new GlRenderer(offscreen(200, 100).build());
        r.camera().setPixelsPerUnit(10f);
        r.onDraw(DynamicObject.class, (g, o) -> g.fillRect(o.position.x, o.position.y, o.width, o.height, 0f,
                o.id() == 1 ? Color.RED : Color.GREEN));
        DynamicObject player = new DynamicObject(99f, 50f, 2f, 2f);
        DynamicObject other = new DynamicObject(3f, 50f, 2f, 2f); // 4 units right, across the edge
        RenderStatePublisher states = publish(WorldBounds.wrap(100f, 100f), player, other);
        r.camera().follow(1);

        drive(r, states, new InputQueue(), renderer -> {
            Pixels p = capture(renderer);
            assertArrayEquals(new int[] {90, 109}, redSpan(p, 50));
            int green = p.rgba(140, 50);
            assertTrue(Color.green(green) > 200 && Color.red(green) < 60, "other object seen past the edge");
        });
    }

    @Test
    void textIsDrawnWhereAsked() throws Exception {
        GlRenderer r = new GlRenderer(offscreen(320, 120).build()) {
            @Override
            protected void drawHud(Graphics g, RenderState state) {
                g.text("Javelin 42", 20f, 70f, 32f, Color.WHITE);
            }
        };
        drive(r, empty(), new InputQueue(), renderer -> {
            Pixels p = capture(renderer);
            float width = Font.defaultFont().width("Javelin 42", 32f);
            int lit = countBright(p, 18, 40, 22 + (int) width, 80, 128);
            assertTrue(lit > 300, "glyph pixels inside the text box: " + lit);
            assertEquals(0, countBright(p, 0, 0, 320, 38, 128), "nothing above the text");
            assertEquals(0, countBright(p, 0, 82, 320, 120, 128), "nothing below the text");
            assertEquals(0, countBright(p, 24 + (int) width, 0, 320, 120, 128), "nothing right of the text");
        });
    }

    @Test
    void netGraphAppearsWhenItsKeyIsPressedAndGoesOnTheNext() throws Exception {
        GlRenderer r = new GlRenderer(offscreen(400, 320).build());
        int x0 = (int) NetGraph.left(400);
        int x1 = (int) (NetGraph.left(400) + NetGraph.WIDTH);
        int y1 = (int) (NetGraph.MARGIN + NetGraph.height());
        drive(r, empty(), new InputQueue(), renderer -> {
            assertEquals(0, countBright(capture(renderer), 0, 0, 400, 320, 100));
            renderer.pressKey(Keys.F3);
            renderer.releaseKey(Keys.F3);
            Pixels shown = capture(renderer);
            assertTrue(renderer.isNetGraphVisible());
            assertTrue(countBright(shown, x0, 0, x1, y1, 100) > 500, "overlay text and plots drawn");
            assertEquals(0, countBright(shown, 0, 0, x0 - 1, 320, 100), "nothing left of the overlay");
            assertEquals(0, countBright(shown, 0, y1 + 2, 400, 320, 100), "nothing below the overlay");
            renderer.pressKey(Keys.F3);
            renderer.releaseKey(Keys.F3);
            Pixels hidden = capture(renderer);
            assertEquals(0, countBright(hidden, 0, 0, 400, 320, 100));
        });
    }

    @Test
    void spritesSharingAnAtlasTakeOneDrawCall() throws Exception {
        Pixels a = new Pixels(8, 8);
        a.fill(0, 0, 8, 8, Color.RED);
        Pixels b = new Pixels(8, 8);
        b.fill(0, 0, 8, 8, Color.BLUE);
        TextureAtlas atlas = TextureAtlas.builder().add("a", a).add("b", b).filter(Texture.Filter.NEAREST).build();
        GlRenderer r = new GlRenderer(offscreen(200, 100).build());
        r.camera().lookAt(0f, 0f);
        r.camera().setPixelsPerUnit(2f);
        r.onDraw(DynamicObject.class, (g, o) -> g.sprite(atlas.region(o.id() % 2 == 0 ? "a" : "b"),
                o.position.x, o.position.y, o.width, o.height, o.angle));
        DynamicObject[] many = new DynamicObject[100];
        for (int i = 0; i < many.length; i++) {
            many[i] = new DynamicObject(-45f + i % 10 * 10f, -20f + i / 10 * 4f, 3f, 3f);
            many[i].angle = i * 0.1f;
        }
        RenderStatePublisher states = publish(WorldBounds.NONE, many);

        drive(r, states, new InputQueue(), renderer -> {
            Pixels p = capture(renderer);
            capture(renderer);
            assertEquals(1, renderer.lastFrameDrawCalls());
            assertTrue(countRed(p, 0, 0, 200, 100) > 100);
            assertTrue(countBright(p, 0, 0, 200, 100, 200) > 200);
        });
    }

    @Test
    void boundKeysFeedTheInputQueueOnceOrRepeating() throws Exception {
        GlRenderer r = new GlRenderer(offscreen(64, 64).build());
        r.bindings().bind("up", "thrust", KeyBindings.Trigger.REPEAT);
        r.bindings().bind(Keys.SPACE, "fire", KeyBindings.Trigger.ONCE, 1f, 2f);
        InputQueue q = new InputQueue();
        drive(r, empty(), q, renderer -> {
            renderer.pressKey(Keys.UP);
            renderer.pressKey(Keys.SPACE);
            capture(renderer);
            assertTrue(q.isHeld("thrust"));
            assertEquals(List.of(new InputAction("fire", 1f, 2f), new InputAction("thrust", 0f, 0f)), q.drain());
            assertEquals(List.of(new InputAction("thrust", 0f, 0f)), q.drain());
            renderer.releaseKey(Keys.UP);
            renderer.releaseKey(Keys.SPACE);
            capture(renderer);
            assertEquals(List.of(), q.drain());
        });
    }

    @Test
    void screenshotWritesTheFrameAsAPng(@TempDir Path dir) throws Exception {
        GlRenderer r = new GlRenderer(offscreen(120, 80).build());
        r.camera().lookAt(0f, 0f);
        r.camera().setPixelsPerUnit(10f);
        r.onDraw(DynamicObject.class, (g, o) -> g.fillCircle(o.position.x, o.position.y, 2f, Color.RED));
        RenderStatePublisher states = publish(WorldBounds.NONE, new DynamicObject(0f, 0f, 4f, 4f));
        Path file = dir.resolve("shots/frame.png");

        drive(r, states, new InputQueue(), renderer -> {
            assertEquals(file, renderer.screenshot(file).get(RenderHarness.TIMEOUT_SECONDS, TimeUnit.SECONDS));
        });

        assertTrue(Files.size(file) > 100);
        Pixels png = Pixels.decode(Files.readAllBytes(file), file.toString());
        assertEquals(120, png.width());
        assertTrue(isRed(png.rgba(60, 40)));
        assertFalse(isRed(png.rgba(5, 5)));
        assertEquals(0xFF, Color.alpha(png.rgba(5, 5)), "screenshots are opaque");
        assertNotNull(png);
    }

    @Test
    void screenshotKeySavesAPngInTheScreenshotFolder(@TempDir Path dir) throws Exception {
        GlRenderer r = new GlRenderer(offscreen(64, 48).screenshotDir(dir).build());
        drive(r, empty(), new InputQueue(), renderer -> {
            renderer.pressKey(Keys.F12);
            renderer.releaseKey(Keys.F12);
            capture(renderer);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(RenderHarness.TIMEOUT_SECONDS);
            while (listPngs(dir).isEmpty() && System.nanoTime() < deadline) {
                java.util.concurrent.locks.LockSupport.parkNanos(1_000_000L);
            }
        });
        List<Path> pngs = listPngs(dir);
        assertEquals(1, pngs.size(), "one screenshot in " + dir);
        Pixels p = Pixels.decode(Files.readAllBytes(pngs.get(0)), pngs.get(0).toString());
        assertNotNull(p);
        assertEquals(64, p.width());
    }

    @Test
    void debugShapesDrawOnePixelLinesAndFilledShapesInTheWorld() throws Exception {
        GlRenderer r = new GlRenderer(offscreen(100, 100).build()) {
            @Override
            protected void drawForeground(Graphics g, RenderState state) {
                g.line(-4f, 2f, 4f, 2f, Color.RED);
                g.rect(0f, -2f, 6f, 2f, 0f, Color.GREEN);
                g.fillCircle(-3f, -3f, 0.5f, Color.BLUE);
                g.fillPolygon(new float[] {3f, -3f, 4f, -3f, 3.5f, -4f}, Color.WHITE);
            }
        };
        r.camera().lookAt(0f, 0f);
        r.camera().setPixelsPerUnit(10f);
        drive(r, empty(), new InputQueue(), renderer -> {
            Pixels p = capture(renderer);
            // y = 2 is row 30: a one-pixel red line from column 10 to 89.
            assertEquals(80, countRed(p, 0, 25, 100, 35));
            assertTrue(isRed(p.rgba(50, 29)) || isRed(p.rgba(50, 30)));
            int green = 0;
            for (int y = 0; y < 100; y++) {
                for (int x = 0; x < 100; x++) {
                    int c = p.rgba(x, y);
                    if (Color.green(c) > 200 && Color.red(c) < 60) {
                        green++;
                    }
                }
            }
            assertTrue(green >= 140 && green <= 170, "rectangle outline, about 2 x (60 + 20) px: " + green);
            assertTrue(Color.blue(p.rgba(20, 80)) > 200, "filled circle");
            assertTrue(countBright(p, 80, 80, 90, 90, 200) > 20, "filled triangle");
        });
    }

    private static List<Path> listPngs(Path dir) throws java.io.IOException {
        try (var files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".png")).toList();
        }
    }

    @Test
    void theQuitKeyEndsTheLoop() throws Exception {
        GlRenderer r = new GlRenderer(offscreen(64, 48).quitKey(Keys.ESCAPE).build());
        long[] framesAtQuit = {0};
        drive(r, empty(), new InputQueue(), renderer -> {
            capture(renderer);
            renderer.pressKey(Keys.ESCAPE);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(RenderHarness.TIMEOUT_SECONDS);
            while (renderer.isRunning() && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
            framesAtQuit[0] = renderer.isRunning() ? -1 : 1;
        });
        assertEquals(1, framesAtQuit[0], "the loop ended after Esc, long before its 3,000 frames");
    }

    @Test
    void theSkyIsDrawnInScreenPixelsUnderTheWorld() throws Exception {
        GlRenderer r = new GlRenderer(offscreen(100, 80).build()) {
            @Override
            protected void drawSky(Graphics g, RenderState state) {
                g.fillRect(50f, 40f, 100f, 80f, 0f, Color.RED);
            }

            @Override
            protected void drawBackground(Graphics g, RenderState state) {
                g.fillRect(0f, 0f, 10f, 10f, 0f, Color.WHITE);
            }
        };
        r.camera().lookAt(0f, 0f);
        r.camera().setPixelsPerUnit(2f);
        drive(r, publish(WorldBounds.NONE), new InputQueue(), renderer -> {
            Pixels p = capture(renderer);
            assertTrue(isRed(p.rgba(5, 5)), "the sky fills the corner");
            assertEquals(Color.WHITE, p.rgba(50, 40) | 0xFF, "the world is drawn over the sky");
        });
    }
}

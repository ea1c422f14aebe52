package dev.javelin.render;

import static dev.javelin.render.RenderHarness.capture;
import static dev.javelin.render.RenderHarness.countRed;
import static dev.javelin.render.RenderHarness.drive;
import static dev.javelin.render.RenderHarness.isRed;
import static dev.javelin.render.RenderHarness.offscreen;
import static dev.javelin.render.RenderHarness.redSpan;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.javelin.engine.physics.WorldBounds;
import dev.javelin.engine.view.InputQueue;
import dev.javelin.engine.view.RenderState;
import dev.javelin.render.RenderOptions.SpritePath;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Sprites drawn as points ({@link SpritePath#POINTS}) land on the same pixels as quads: position,
 * rotation, which way the image's top goes, atlas region, tint, drawing order, sprites half off the
 * screen, and large sprites that fall back to quads. Offscreen on Mesa.
 */
class SpritePathTest {

    private static final int W = 200;
    private static final int H = 150;

    /** An 8 x 8 image: top half red, bottom half blue; and a white one beside it in the atlas. */
    private static final TextureAtlas ATLAS = atlas(Texture.Filter.NEAREST);
    /** The same, sampled linearly (as the render benchmark's atlas is): soft edges, same on both paths. */
    private static final TextureAtlas LINEAR_ATLAS = atlas(Texture.Filter.LINEAR);

    private static TextureAtlas atlas(Texture.Filter filter) {
        return TextureAtlas.builder().name("sprite-path-test-" + filter)
                .add("redOverBlue", twoTone())
                .add("white", Pixels.solid(8, 8, Color.WHITE))
                .filter(filter).build();
    }

    private static Pixels twoTone() {
        Pixels p = new Pixels(8, 8);
        p.fill(0, 0, 8, 4, Color.RED);
        p.fill(0, 4, 8, 4, Color.BLUE);
        return p;
    }

    /** Renders one frame of {@code scene} (world pass at 10 px per unit, centre (0, 0)) with {@code path}. */
    private static Pixels render(SpritePath path, Consumer<Graphics> world, Consumer<Graphics> hud,
                                 AtomicReference<SpritePath> used) throws Exception {
        GlRenderer r = new GlRenderer(offscreen(W, H).spritePath(path).build()) {
            @Override
            protected void drawForeground(Graphics g, RenderState state) {
                world.accept(g);
            }

            @Override
            protected void drawHud(Graphics g, RenderState state) {
                hud.accept(g);
            }
        };
        r.camera().lookAt(0f, 0f);
        r.camera().setPixelsPerUnit(10f);
        RenderState empty = RenderState.empty(16_666_667L, WorldBounds.NONE);
        AtomicReference<Pixels> out = new AtomicReference<>();
        drive(r, () -> empty, new InputQueue(), renderer -> out.set(capture(renderer)));
        if (used != null) {
            used.set(r.spritePath());
        }
        return out.get();
    }

    private static Pixels render(SpritePath path, Consumer<Graphics> world) throws Exception {
        return render(path, world, g -> { }, null);
    }

    /** Many rotated, tinted, non-square sprites from both atlas regions, in the world and on the HUD. */
    private static void manySprites(Graphics g) {
        int[] tints = {Color.WHITE, 0xFF6060FF, 0x60FF60FF, 0x6080FFFF, 0xFFD060C0};
        for (int i = 0; i < 60; i++) {
            float x = -9f + (i % 10) * 2f;
            float y = -6f + (i / 10) * 2f;
            float w = 0.6f + (i % 7) * 0.2f;
            float h = (i % 3 == 0) ? w * 0.5f : w;
            TextureRegion region = LINEAR_ATLAS.region(i % 2 == 0 ? "redOverBlue" : "white");
            g.sprite(region, x, y, w, h, i * 0.37f, tints[i % tints.length]);
        }
    }

    @Test
    void pointsAndQuadsDrawTheSameRotatedTintedAtlasSprites() throws Exception {
        Consumer<Graphics> hud = g -> {
            for (int i = 0; i < 10; i++) {
                g.sprite(LINEAR_ATLAS.region("redOverBlue"), 15f + i * 17f, 140f, 12f, 9f, i * 0.5f, Color.WHITE);
            }
        };
        AtomicReference<SpritePath> usedQuads = new AtomicReference<>();
        AtomicReference<SpritePath> usedPoints = new AtomicReference<>();
        Pixels quads = render(SpritePath.QUADS, SpritePathTest::manySprites, hud, usedQuads);
        Pixels points = render(SpritePath.POINTS, SpritePathTest::manySprites, hud, usedPoints);
        assertEquals(SpritePath.QUADS, usedQuads.get());
        assertEquals(SpritePath.POINTS, usedPoints.get());

        int drawn = 0;
        int differ = 0;
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                int a = quads.rgba(x, y);
                int b = points.rgba(x, y);
                if ((a & 0xFFFFFF00) != 0 || (b & 0xFFFFFF00) != 0) {
                    drawn++;
                }
                int d = Math.max(Math.abs(Color.red(a) - Color.red(b)), Math.max(
                        Math.abs(Color.green(a) - Color.green(b)), Math.abs(Color.blue(a) - Color.blue(b))));
                if (d > 8) {
                    differ++;
                }
            }
        }
        assertTrue(drawn > 2_500, "sprites cover the frame: " + drawn + " pixels drawn");
        // Edges may round differently (a pixel centre exactly on an edge, the last bit of a texture
        // coordinate); anything more than a sliver of the edge pixels would be a real difference.
        assertTrue(differ * 100 <= drawn, differ + " of " + drawn + " drawn pixels differ");
    }

    @Test
    void pointSpriteLandsOnTheSamePixelsAsItsQuadWithTheImageTopUp() throws Exception {
        for (SpritePath path : SpritePath.values()) {
            // A 2 x 2 unit sprite at world (3, 2): 20 x 20 px, columns 120..139, rows 45..64; top half red.
            Pixels p = render(path, g -> g.sprite(ATLAS.region("redOverBlue"), 3f, 2f, 2f, 2f, 0f));
            int blue = 0;
            for (int y = 55; y < 65; y++) {
                for (int x = 120; x < 140; x++) {
                    blue += Color.blue(p.rgba(x, y)) > 200 && Color.red(p.rgba(x, y)) < 60 ? 1 : 0;
                }
            }
            assertEquals(200, countRed(p, 120, 45, 140, 55), path + ": top half red");
            assertEquals(200, blue, path + ": bottom half blue");
            assertArrayEquals(new int[] {120, 139}, redSpan(p, 45), path.toString());
            assertFalse(isRed(p.rgba(130, 44)), path + ": nothing above");
        }
    }

    @Test
    void screenPassPointSpriteKeepsTheImageTopUp() throws Exception {
        // HUD coordinates are pixels with y down: a 20 x 20 sprite centred on (50, 40) covers rows 30..49.
        Pixels p = render(SpritePath.POINTS, g -> { },
                g -> g.sprite(ATLAS.region("redOverBlue"), 50f, 40f, 20f, 20f, 0f), null);
        assertEquals(200, countRed(p, 40, 30, 60, 40));
        assertTrue(Color.blue(p.rgba(50, 45)) > 200 && Color.red(p.rgba(50, 45)) < 60, "bottom half blue");
        assertFalse(isRed(p.rgba(50, 29)));
    }

    @Test
    void rotatedPointSpriteCoversTheTurnedSquareNotItsBox() throws Exception {
        TextureRegion red = ATLAS.region("white");
        // A 2 x 2 unit (20 px) square at the centre (100, 75), turned 45 degrees: a diamond reaching
        // 14 px out along the axes, and leaving the corners of its bounding box empty.
        Consumer<Graphics> diamond = g -> g.sprite(red, 0f, 0f, 2f, 2f, (float) (Math.PI / 4), Color.RED);
        Pixels p = render(SpritePath.POINTS, diamond);
        assertTrue(isRed(p.rgba(100, 75)));
        assertTrue(isRed(p.rgba(112, 75)), "right tip of the diamond");
        assertTrue(isRed(p.rgba(100, 63)), "top tip of the diamond");
        assertFalse(isRed(p.rgba(110, 65)), "corner of the bounding box");
        assertFalse(isRed(p.rgba(90, 85)), "opposite corner of the bounding box");
        // Pixel centres (half-integer offsets from the diamond's centre) with |dx| + |dy| <= 14.14: 2 * 14 * 15.
        assertEquals(420, countRed(p, 0, 0, W, H));
        assertEquals(countRed(render(SpritePath.QUADS, diamond), 0, 0, W, H), countRed(p, 0, 0, W, H));
    }

    @Test
    void spriteWithItsCentreOffTheScreenStillShowsItsVisiblePart() throws Exception {
        // Centre at world x = -10.3: 3 px left of the frame's left edge; a 20 px sprite shows 7 columns.
        for (SpritePath path : new SpritePath[] {SpritePath.QUADS, SpritePath.POINTS}) {
            Pixels p = render(path, g -> g.sprite(ATLAS.region("white"), -10.3f, 0f, 2f, 2f, 0f, Color.RED));
            assertArrayEquals(new int[] {0, 6}, redSpan(p, 75), path.toString());
        }
    }

    @Test
    void largeSpriteGoesAsAQuadAndIsDrawnWhole() throws Exception {
        // 12 x 12 units = 120 px, beyond the widest point: still drawn whole on the points path.
        Pixels p = render(SpritePath.POINTS, g -> g.sprite(ATLAS.region("white"), 0f, 0f, 12f, 12f, 0f, Color.RED));
        assertEquals(120 * 120, countRed(p, 0, 0, W, H));
        assertArrayEquals(new int[] {40, 159}, redSpan(p, 75));
    }

    @Test
    void pointsAndShapesKeepTheirDrawingOrder() throws Exception {
        Pixels p = render(SpritePath.POINTS, g -> {
            g.sprite(ATLAS.region("white"), 0f, 0f, 2f, 2f, 0f, Color.RED);
            g.fillRect(1f, 0f, 2f, 2f, 0f, Color.GREEN); // covers the sprite's right half
            g.sprite(ATLAS.region("white"), 2f, 0f, 2f, 2f, 0f, Color.BLUE); // covers the rectangle's right half
        });
        assertTrue(isRed(p.rgba(95, 75)), "sprite's left half");
        int g = p.rgba(105, 75);
        assertTrue(Color.green(g) > 200 && Color.red(g) < 60 && Color.blue(g) < 60, "rectangle over the sprite");
        int b = p.rgba(115, 75);
        assertTrue(Color.blue(b) > 200 && Color.green(b) < 60, "second sprite over the rectangle");
    }

    @Test
    void autoDrawsPointsOnSoftwareGlAndQuadsOnAGpu() throws Exception {
        GlRenderer r = new GlRenderer(offscreen(64, 64).build());
        RenderState empty = RenderState.empty(16_666_667L, WorldBounds.NONE);
        drive(r, () -> empty, new InputQueue(), RenderHarness::capture);
        assertEquals(SoftwareGl.isSoftware(r.glRenderer()) ? SpritePath.POINTS : SpritePath.QUADS, r.spritePath(),
                "driver: " + r.glRenderer());
    }
}

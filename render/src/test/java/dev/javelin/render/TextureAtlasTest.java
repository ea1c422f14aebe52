package dev.javelin.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TextureAtlasTest {

    @Test
    void packedImagesKeepTheirSizesAndPixelsAndShareOneTexture() {
        TextureAtlas atlas = TextureAtlas.builder().filter(Texture.Filter.NEAREST)
                .add("red", Pixels.solid(10, 20, Color.RED))
                .add("blue", Pixels.solid(30, 5, Color.BLUE))
                .build();
        TextureRegion red = atlas.region("red");
        TextureRegion blue = atlas.region("blue");
        assertSame(red.texture(), blue.texture());
        assertEquals(10, red.width());
        assertEquals(5, blue.height());
        Texture t = atlas.texture();
        Pixels sheet = texels(t);
        int rx = Math.round(red.u0() * t.width());
        int ry = Math.round(red.v0() * t.height());
        assertEquals(Color.RED, sheet.rgba(rx, ry));
        assertEquals(Color.RED, sheet.rgba(rx + 9, ry + 19));
        int bx = Math.round(blue.u0() * t.width());
        int by = Math.round(blue.v0() * t.height());
        assertEquals(Color.BLUE, sheet.rgba(bx + 29, by + 4));
        assertTrue(red.u1() <= blue.u0() || blue.u1() <= red.u0() || red.v1() <= blue.v0() || blue.v1() <= red.v0(),
                "regions do not overlap");
    }

    @Test
    void gridCutsASheetIntoNamedCellsInReadingOrder() {
        Texture sheet = Texture.of(Pixels.solid(64, 32, Color.WHITE), Texture.Filter.NEAREST, "sheet");
        TextureAtlas atlas = TextureAtlas.grid(sheet, 4, 2, "a", "b", "c", "d", "e");
        TextureRegion e = atlas.region("e");
        assertEquals(0f, e.u0());
        assertEquals(0.5f, e.v0());
        assertEquals(16, e.width());
    }

    @Test
    void unknownNamesAndOversizedAtlasesFailClearly() {
        TextureAtlas atlas = TextureAtlas.builder().add("x", Pixels.solid(4, 4, Color.RED)).build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> atlas.region("y"));
        assertTrue(e.getMessage().contains("'y'") && e.getMessage().contains("x"), e.getMessage());
        assertThrows(IllegalStateException.class, () -> TextureAtlas.builder().maxSize(64)
                .add("big", Pixels.solid(100, 10, Color.RED)).build());
    }

    /** The texture's texels as an image. */
    private static Pixels texels(Texture t) {
        java.nio.ByteBuffer b = t.copyToNative();
        try {
            Pixels p = new Pixels(t.width(), t.height());
            for (int y = 0; y < t.height(); y++) {
                for (int x = 0; x < t.width(); x++) {
                    p.set(x, y, Integer.reverseBytes(b.getInt((y * t.width() + x) * 4)));
                }
            }
            return p;
        } finally {
            org.lwjgl.system.MemoryUtil.memFree(b);
        }
    }
}

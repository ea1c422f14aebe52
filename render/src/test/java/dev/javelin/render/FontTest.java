package dev.javelin.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FontTest {

    @Test
    void defaultFontLoadsFromTheAssetsAndMeasuresText() {
        Font f = Font.defaultFont();
        assertTrue(f.width("WWWW", 20f) > f.width("iiii", 20f));
        assertEquals(2 * f.width("abc", 10f), f.width("abc", 20f), 1e-3f);
        assertEquals(f.width("abc", 16f), f.width("ab\nabc", 16f), 1e-3f);
        assertTrue(f.ascent(32f) > 20f && f.ascent(32f) < 32f, "ascent " + f.ascent(32f));
        assertTrue(f.lineHeight(32f) >= f.ascent(32f) + f.descent(32f));
        assertEquals(f.width("?", 16f), f.width("\u4e2d", 16f), 1e-3f, "unknown characters draw as '?'");
    }

    @Test
    void missingFontsAndSillySizesFailClearly() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Font.load("javelin/fonts/Nope.ttf", 20f));
        assertTrue(e.getMessage().contains("Nope.ttf"));
        assertThrows(IllegalArgumentException.class, () -> Font.load(Font.DEFAULT_PATH, 2f));
    }
}

package dev.javelin.render;

import static dev.javelin.render.RenderHarness.countBright;
import static dev.javelin.render.RenderHarness.countRed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The windowed path: a real GLFW window on an X server ({@link WindowedRun}: $DISPLAY or an Xvfb of its
 * own, the window in a child JVM).
 */
class GlRendererWindowedTest {

    @Test
    void redBoxAndTextShowInARealWindowUnderAnXServer(@TempDir Path dir) throws Exception {
        Path png = dir.resolve("windowed.png");
        List<String> out = WindowedRun.run("GlRendererWindowedTest", WindowedProbe.class, png.toString());
        assertTrue(out.contains("platform=X11"), "probe output: " + out);
        // AUTO draws sprites as points on Mesa's software GL, as quads on a GPU.
        assertTrue(out.contains("sprites=POINTS software=true") || out.contains("sprites=QUADS software=false"),
                "probe output: " + out);
        Pixels p = Pixels.decode(Files.readAllBytes(png), png.toString());
        assertEquals(240, p.width());
        assertEquals(160, p.height());
        // World (3, 2) at 10 px per unit from the centre (120, 80): columns 140..159, rows 50..69.
        assertEquals(400, countRed(p, 140, 50, 160, 70));
        assertEquals(400, countRed(p, 0, 0, 240, 160));
        assertTrue(countBright(p, 8, 125, 80, 156, 128) > 100, "text drawn");
        // The sprite at world (-4, -2): columns 70..89, rows 90..109.
        assertEquals(400, countGreen(p, 70, 90, 90, 110));
        assertEquals(400, countGreen(p, 0, 0, 240, 160));
    }

    private static int countGreen(Pixels p, int x0, int y0, int x1, int y1) {
        int n = 0;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                int c = p.rgba(x, y);
                if (Color.green(c) > 200 && Color.red(c) < 60 && Color.blue(c) < 60) {
                    n++;
                }
            }
        }
        return n;
    }
}

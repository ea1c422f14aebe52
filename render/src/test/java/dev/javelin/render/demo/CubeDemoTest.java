package dev.javelin.render.demo;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.javelin.render.Color;
import dev.javelin.render.Pixels;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the 3D demo offscreen (GLFW null platform, EGL, Mesa) and checks its screenshot shows lit cubes. */
class CubeDemoTest {

    @Test
    void screenshotShowsManyCubesWithFacesLitDifferently(@TempDir Path dir) throws Exception {
        Path png = dir.resolve("cubes.png");
        CubeDemo.main(new String[] {"--offscreen", "--cubes", "901", "--frames", "20", "--screenshot", png.toString()});
        Pixels p = Pixels.decode(Files.readAllBytes(png), png.toString());
        assertTrue(p.width() == 1024 && p.height() == 640, p.width() + " x " + p.height());
        // The yellow cubes (0xE3B448): count their pixels by how brightly they are lit.
        int dim = 0;
        int mid = 0;
        int bright = 0;
        for (int y = 0; y < p.height(); y++) {
            for (int x = 0; x < p.width(); x++) {
                int c = p.rgba(x, y);
                float r = Color.red(c);
                float g = Color.green(c);
                float b = Color.blue(c);
                // Same hue as 0xE3B448 at any brightness: green/red about 0.79, blue/red about 0.32.
                if (r < 30 || Math.abs(g / r - 180f / 227f) > 0.06f || Math.abs(b / r - 72f / 227f) > 0.08f) {
                    continue;
                }
                if (r < 120) {
                    dim++;
                } else if (r < 190) {
                    mid++;
                } else {
                    bright++;
                }
            }
        }
        String counts = "dim " + dim + ", mid " + mid + ", bright " + bright;
        assertTrue(dim + mid + bright > 5_000, "yellow cubes cover the picture: " + counts);
        // Lit, not flat: faces turned to the sun and away from it shade apart.
        assertTrue(dim > 500 && bright > 500, "faces at several brightnesses: " + counts);
    }
}

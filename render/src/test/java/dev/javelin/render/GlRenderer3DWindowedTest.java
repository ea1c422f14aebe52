package dev.javelin.render;

import static dev.javelin.render.RenderHarness.countBright;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.joml.Vector2f;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The 3D path in a real GLFW window on an X server ({@link WindowedRun}: $DISPLAY or an Xvfb of its own). */
class GlRenderer3DWindowedTest {

    @Test
    void litCubeWireframeAndTextShowInARealWindow(@TempDir Path dir) throws Exception {
        Path png = dir.resolve("windowed3d.png");
        List<String> out = WindowedRun.run("GlRenderer3DWindowedTest", Windowed3DProbe.class, png.toString());
        assertTrue(out.contains("platform=X11"), "probe output: " + out);
        assertTrue(out.contains("meshDrawCalls=2"), "the cube and its wire box, one call each: " + out);
        Pixels p = Pixels.decode(Files.readAllBytes(png), png.toString());
        assertEquals(Windowed3DProbe.WIDTH, p.width());
        assertEquals(Windowed3DProbe.HEIGHT, p.height());
        Camera3D camera = new Camera3D();
        Windowed3DProbe.aim(camera);
        camera.beginFrame(p.width(), p.height(), Float.NaN, Float.NaN, Float.NaN);
        int top = brightness(p, camera, 0f, 0f, 1f);
        int side = brightness(p, camera, 1f, 0f, 0f);
        int other = brightness(p, camera, 0f, 1f, 0f);
        assertTrue(top > side + 20 && side > other + 20, "faces shaded by the light: top " + top + ", +x " + side
                + ", +y " + other);
        // The debug view's wire box (0x40FF60) along the cube's edges.
        int wire = 0;
        for (int y = 0; y < p.height(); y++) {
            for (int x = 0; x < p.width(); x++) {
                int c = p.rgba(x, y);
                if (Color.green(c) > 200 && Color.red(c) < 100 && Color.blue(c) < 140) {
                    wire++;
                }
            }
        }
        assertTrue(wire > 100, "wireframe pixels: " + wire);
        assertTrue(countBright(p, 8, 145, 80, 176, 128) > 100, "HUD text drawn");
    }

    private static int brightness(Pixels p, Camera3D camera, float x, float y, float z) {
        Vector2f v = new Vector2f();
        assertTrue(camera.worldToScreen(x, y, z, v));
        int c = p.rgba(Math.round(v.x), Math.round(v.y));
        return Math.max(Color.red(c), Math.max(Color.green(c), Color.blue(c)));
    }
}

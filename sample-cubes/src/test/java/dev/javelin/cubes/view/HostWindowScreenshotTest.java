package dev.javelin.cubes.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.javelin.cubes.Main;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * A real windowed host session of the cube sample under Xvfb (Mesa llvmpipe), the player's cube driven by
 * the autopilot, ended by --duration with --screenshot; the PNG is kept in target/screenshots as an
 * artifact and checked for the look of the scene: sand-coloured cubes spread over the picture with faces
 * at several brightnesses (lit, turned every way), the player's blue cube near the centre where the camera
 * follows it, the ground and sky behind.
 */
class HostWindowScreenshotTest {

    @Test
    void aHostSessionShowsLitTumbledCubesAroundThePlayersCube() throws Exception {
        boolean display = System.getenv("DISPLAY") != null;
        boolean xvfbRun = Files.isExecutable(Path.of("/usr/bin/xvfb-run"));
        assumeTrue(display || xvfbRun, "skipped: no DISPLAY and no xvfb-run (apt-get install xvfb xauth)");
        Path shot = Path.of("target", "screenshots", "cubes-host.png").toAbsolutePath();
        Files.createDirectories(shot.getParent());
        Files.deleteIfExists(shot);
        List<String> cmd = new ArrayList<>();
        if (!display) {
            cmd.addAll(List.of("/usr/bin/xvfb-run", "-a", "-s", "-screen 0 1280x1024x24 -nolisten tcp"));
        }
        cmd.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "host", "--duration=16", "--screenshot=" + shot, "--vsync=false", "--fpsCap=30",
                "--width=800", "--height=600", "--autopilot=true"));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the host session ends by itself");
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), out);
        BufferedImage img = ImageIO.read(shot.toFile());
        assertEquals(800, img.getWidth(), out);
        assertEquals(600, img.getHeight());

        int[] brightness = new int[4];
        int[][] cells = new int[4][4];
        int player = 0;
        int ground = 0;
        int sky = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int rgb = img.getRGB(x, y);
                int r = (rgb >> 16) & 0xFF;
                int g = (rgb >> 8) & 0xFF;
                int b = rgb & 0xFF;
                if (r > 40 && r > g && g > b && r > b * 1.3f) {
                    // A sand cube's face: bucketed by how brightly it is lit.
                    brightness[Math.min(3, r / 64)]++;
                    cells[y * 4 / img.getHeight()][x * 4 / img.getWidth()]++;
                } else if (b > 2 * r && b > g && Math.abs(x - 400) < 160 && Math.abs(y - 300) < 160) {
                    player++;
                } else if (rgb == (CubesRenderer.SKY >>> 8)) {
                    sky++;
                } else if (b > r && b - r < 40 && r > 30 && r < 140) {
                    ground++;
                }
            }
        }
        int spread = 0;
        for (int[] row : cells) {
            for (int n : row) {
                spread += n > 200 ? 1 : 0;
            }
        }
        String seen = "brightness buckets " + java.util.Arrays.toString(brightness) + ", cells with cubes " + spread
                + ", player " + player + ", ground " + ground + ", sky " + sky;
        int lit = 0;
        for (int n : brightness) {
            lit += n > 300 ? 1 : 0;
        }
        assertTrue(lit >= 3, "cube faces at several brightnesses (lit, turned every way): " + seen);
        assertTrue(spread >= 6, "cubes spread across the frame: " + seen);
        assertTrue(player > 300, "the player's blue cube near the centre: " + seen);
        assertTrue(ground > 2_000, "the ground shows: " + seen);
    }
}

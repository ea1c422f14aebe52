package dev.javelin.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

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
 * A real windowed host session under Xvfb, ended by --duration with --screenshot; the PNG is kept in
 * target/screenshots as an artifact and checked for the ship and the asteroids. Zoomed out to the
 * whole world height, so asteroids are in view wherever they drift.
 */
class HostScreenshotTest {

    @Test
    void aHostSessionShowsTheShipAndAsteroids() throws Exception {
        boolean display = System.getenv("DISPLAY") != null;
        boolean xvfbRun = Files.isExecutable(Path.of("/usr/bin/xvfb-run"));
        assumeTrue(display || xvfbRun, "skipped: no DISPLAY and no xvfb-run (apt-get install xvfb xauth)");
        Path shot = Path.of("target", "screenshots", "host.png").toAbsolutePath();
        Files.createDirectories(shot.getParent());
        Files.deleteIfExists(shot);
        List<String> cmd = new ArrayList<>();
        if (!display) {
            cmd.addAll(List.of("/usr/bin/xvfb-run", "-a"));
        }
        cmd.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "host", "--duration=4", "--screenshot=" + shot, "--vsync=false", "--fpsCap=60",
                "--width=800", "--height=600", "--view=1500"));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the host session ends by itself");
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), out);
        BufferedImage img = ImageIO.read(shot.toFile());
        assertEquals(800, img.getWidth());
        int shipPixels = 0;
        int rockPixels = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int rgb = img.getRGB(x, y);
                int r = (rgb >> 16) & 0xFF;
                int g = (rgb >> 8) & 0xFF;
                int b = rgb & 0xFF;
                boolean nearCentre = Math.abs(x - 400) < 40 && Math.abs(y - 300) < 40;
                if (nearCentre && g > 180 && r < 140 && b < 160) {
                    shipPixels++;
                }
                boolean hud = x < 260 && y < 120;
                if (!hud && !nearCentre && r > 150 && Math.abs(r - g) < 25 && Math.abs(g - b) < 25 && r < 230) {
                    rockPixels++;
                }
            }
        }
        assertTrue(shipPixels > 15, "the player's green ship is at the centre: " + shipPixels + " pixels");
        assertTrue(rockPixels > 20, "asteroid outlines are drawn: " + rockPixels + " pixels");
    }
}

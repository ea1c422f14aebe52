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
 * target/screenshots as an artifact and checked for the look of the game: the ship, the asteroids, the
 * starfield on dark space, the scoreboard at the top left and the net graph at the top right beside it.
 * Zoomed out to the whole world height, so asteroids are in view wherever they drift.
 */
class HostScreenshotTest {

    @Test
    void aHostSessionShowsTheShipAsteroidsStarsScoreboardAndNetGraph() throws Exception {
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
                "--width=800", "--height=600", "--view=1500", "--netGraph=true"));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the host session ends by itself");
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), out);
        BufferedImage img = ImageIO.read(shot.toFile());
        assertEquals(800, img.getWidth());
        int shipPixels = 0;
        int rockPixels = 0;
        int stars = 0;
        int graphPixels = 0;
        int scoreboardPixels = 0;
        int graphLeft = 800 - 8 - 340;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int rgb = img.getRGB(x, y);
                int r = (rgb >> 16) & 0xFF;
                int g = (rgb >> 8) & 0xFF;
                int b = rgb & 0xFF;
                boolean nearCentre = Math.abs(x - 400) < 40 && Math.abs(y - 300) < 40;
                boolean scoreboard = x < 260 && y < 80;
                boolean graph = x >= graphLeft && y < 320;
                boolean hud = (x < 260 && y < 120) || graph || y > 560;
                if (nearCentre && g > 180 && r < 140 && b < 160) {
                    shipPixels++;
                }
                if (!hud && !nearCentre && r > 150 && Math.abs(r - g) < 25 && Math.abs(g - b) < 25 && r < 230) {
                    rockPixels++;
                }
                if (!hud && isStar(img, x, y)) {
                    stars++;
                }
                if (graph && Math.max(r, Math.max(g, b)) > 150) {
                    graphPixels++;
                }
                if (scoreboard && luma(img, x, y) > 120) {
                    scoreboardPixels++;
                }
            }
        }
        int background = img.getRGB(5, 590) & 0xFFFFFF;
        assertTrue(shipPixels > 15, "the player's green ship is at the centre: " + shipPixels + " pixels");
        assertTrue(rockPixels > 20, "asteroids are drawn: " + rockPixels + " pixels");
        assertTrue(stars > 150, "stars speckle the background: " + stars);
        assertTrue(graphPixels > 500, "the net graph shows at the top right: " + graphPixels + " pixels");
        assertTrue(scoreboardPixels > 100, "the scoreboard's text at the top left is not covered: " + scoreboardPixels);
        assertTrue(((background >> 16) & 0xFF) < 40 && (background & 0xFF) < 60, "dark space behind: "
                + Integer.toHexString(background));
    }

    /** A lone point of light: brighter than the space around it and darker again a few pixels away. */
    private static boolean isStar(BufferedImage img, int x, int y) {
        if (x < 4 || y < 4 || x >= img.getWidth() - 4 || y >= img.getHeight() - 4 || luma(img, x, y) < 70) {
            return false;
        }
        return luma(img, x - 4, y) < 40 && luma(img, x + 4, y) < 40 && luma(img, x, y - 4) < 40
                && luma(img, x, y + 4) < 40;
    }

    private static int luma(BufferedImage img, int x, int y) {
        int rgb = img.getRGB(x, y);
        return (((rgb >> 16) & 0xFF) * 3 + ((rgb >> 8) & 0xFF) * 6 + (rgb & 0xFF)) / 10;
    }
}

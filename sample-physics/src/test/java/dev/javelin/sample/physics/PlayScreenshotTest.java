package dev.javelin.sample.physics;

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
 * {@code play} with a real window under Xvfb (or the display there is), ended by --duration with
 * --screenshot; the PNG stays in target/screenshots and must show crates, a ball and the player's pusher.
 */
class PlayScreenshotTest {

    private static boolean near(int rgb, int rgba) {
        int r = rgb >> 16 & 0xFF;
        int g = rgb >> 8 & 0xFF;
        int b = rgb & 0xFF;
        return Math.abs(r - (rgba >>> 24)) < 12 && Math.abs(g - (rgba >> 16 & 0xFF)) < 12
                && Math.abs(b - (rgba >> 8 & 0xFF)) < 12;
    }

    @Test
    void aPlaySessionShowsTheHallItsCratesAndThePlayer() throws Exception {
        boolean display = System.getenv("DISPLAY") != null;
        boolean xvfbRun = Files.isExecutable(Path.of("/usr/bin/xvfb-run"));
        assumeTrue(display || xvfbRun, "skipped: no DISPLAY and no xvfb-run (apt-get install xvfb xauth)");
        Path shot = Path.of("target", "screenshots", "play.png").toAbsolutePath();
        Files.createDirectories(shot.getParent());
        Files.deleteIfExists(shot);
        List<String> cmd = new ArrayList<>();
        if (!display) {
            cmd.addAll(List.of("/usr/bin/xvfb-run", "-a"));
        }
        cmd.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "play", "--bots=1", "--duration=5", "--screenshot=" + shot, "--width=800", "--height=600"));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        assertTrue(p.waitFor(90, TimeUnit.SECONDS), "the session ends by itself");
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), out);
        BufferedImage img = ImageIO.read(shot.toFile());
        assertEquals(800, img.getWidth());
        int crate = 0;
        int ball = 0;
        int mine = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int rgb = img.getRGB(x, y);
                crate += near(rgb, PushView.CRATE) || near(rgb, PushView.CRATE_ASLEEP) ? 1 : 0;
                ball += near(rgb, PushView.BALL) ? 1 : 0;
                mine += near(rgb, PushView.MINE) ? 1 : 0;
            }
        }
        assertTrue(crate > 2000, "crates drawn: " + crate + " pixels");
        assertTrue(ball > 200, "balls drawn: " + ball + " pixels");
        assertTrue(mine > 200, "the player's pusher drawn: " + mine + " pixels");
    }
}

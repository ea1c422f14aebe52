package dev.javelin.render;

import static dev.javelin.render.RenderHarness.countBright;
import static dev.javelin.render.RenderHarness.countRed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The windowed path: a real GLFW window on an X server. Uses $DISPLAY when set; otherwise starts its own
 * Xvfb ({@code -displayfd}) and stops it afterwards; is skipped, saying why, only when there is no
 * display and Xvfb is not installed. The window runs in a child JVM, since a JVM cannot set its own
 * DISPLAY and GLFW reads it at start.
 */
class GlRendererWindowedTest {

    private static final long TIMEOUT_SECONDS = 60;

    @Test
    void redBoxAndTextShowInARealWindowUnderAnXServer(@TempDir Path dir) throws Exception {
        String display = System.getenv("DISPLAY");
        Process xvfb = null;
        if (display == null || display.isEmpty()) {
            Path xvfbBin = findOnPath("Xvfb");
            if (xvfbBin == null) {
                String why = "skipped: no DISPLAY and no Xvfb on PATH (Debian: apt-get install xvfb xauth)";
                System.out.println("GlRendererWindowedTest " + why);
                Assumptions.abort(why);
            }
            xvfb = new ProcessBuilder(xvfbBin.toString(), "-displayfd", "1", "-screen", "0", "640x480x24",
                    "-nolisten", "tcp").redirectError(ProcessBuilder.Redirect.DISCARD).start();
            display = ":" + readDisplayNumber(xvfb);
        }
        try {
            Path png = dir.resolve("windowed.png");
            List<String> out = runProbe(display, png);
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
        } finally {
            if (xvfb != null) {
                xvfb.destroy();
                if (!xvfb.waitFor(10, TimeUnit.SECONDS)) {
                    xvfb.destroyForcibly();
                }
            }
        }
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

    private static List<String> runProbe(String display, Path png) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder pb = new ProcessBuilder(java.toString(), "-XX:+IgnoreUnrecognizedVMOptions",
                "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
                WindowedProbe.class.getName(), png.toString()).redirectErrorStream(true);
        pb.environment().put("DISPLAY", display);
        pb.environment().remove("WAYLAND_DISPLAY");
        Process child = pb.start();
        List<String> lines = new ArrayList<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    synchronized (lines) {
                        lines.add(line);
                    }
                }
            } catch (IOException ignored) {
                // the child ended
            }
        });
        reader.start();
        if (!child.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            child.destroyForcibly();
            throw new AssertionError("windowed probe did not finish within " + TIMEOUT_SECONDS + " s: " + lines);
        }
        reader.join(5_000);
        synchronized (lines) {
            assertEquals(0, child.exitValue(), "windowed probe exit status; output: " + lines);
            return new ArrayList<>(lines);
        }
    }

    private static String readDisplayNumber(Process xvfb) throws Exception {
        BufferedReader r = new BufferedReader(new InputStreamReader(xvfb.getInputStream(), StandardCharsets.US_ASCII));
        Thread timer = new Thread(() -> {
            try {
                if (!xvfb.waitFor(20, TimeUnit.SECONDS)) {
                    xvfb.destroyForcibly();
                }
            } catch (InterruptedException ignored) {
                Thread.currentThread().interrupt();
            }
        });
        timer.setDaemon(true);
        timer.start();
        String line = r.readLine();
        timer.interrupt();
        if (line == null || !line.trim().matches("\\d+")) {
            throw new AssertionError("Xvfb did not report a display number (got " + line + ")");
        }
        return line.trim();
    }

    private static Path findOnPath(String name) {
        String path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        for (String d : path.split(java.io.File.pathSeparator)) {
            Path p = Path.of(d, name);
            if (Files.isExecutable(p)) {
                return p;
            }
        }
        return null;
    }
}

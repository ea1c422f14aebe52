package dev.javelin.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

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

/**
 * Runs a probe's main class in a child JVM against a real X server: $DISPLAY when set, otherwise an Xvfb
 * of its own ({@code -displayfd}) stopped afterwards. The test is skipped, saying why, only when there
 * is no display and Xvfb is not installed. A child JVM, since a JVM cannot set its own DISPLAY and GLFW
 * reads it at start.
 */
final class WindowedRun {

    private static final long TIMEOUT_SECONDS = 60;

    private WindowedRun() {
    }

    /** Runs {@code probe} with {@code args}; returns its output lines once it exited 0. */
    static List<String> run(String testName, Class<?> probe, String... args) throws Exception {
        String display = System.getenv("DISPLAY");
        Process xvfb = null;
        if (display == null || display.isEmpty()) {
            Path xvfbBin = findOnPath("Xvfb");
            if (xvfbBin == null) {
                String why = "skipped: no DISPLAY and no Xvfb on PATH (Debian: apt-get install xvfb xauth)";
                System.out.println(testName + " " + why);
                Assumptions.abort(why);
            }
            xvfb = new ProcessBuilder(xvfbBin.toString(), "-displayfd", "1", "-screen", "0", "640x480x24",
                    "-nolisten", "tcp").redirectError(ProcessBuilder.Redirect.DISCARD).start();
            display = ":" + readDisplayNumber(xvfb);
        }
        try {
            return runProbe(display, probe, args);
        } finally {
            if (xvfb != null) {
                xvfb.destroy();
                if (!xvfb.waitFor(10, TimeUnit.SECONDS)) {
                    xvfb.destroyForcibly();
                }
            }
        }
    }

    private static List<String> runProbe(String display, Class<?> probe, String... args) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(java.toString(), "-XX:+IgnoreUnrecognizedVMOptions",
                "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"), probe.getName()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
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
            throw new AssertionError(probe.getSimpleName() + " did not finish within " + TIMEOUT_SECONDS + " s: " + lines);
        }
        reader.join(5_000);
        synchronized (lines) {
            assertEquals(0, child.exitValue(), probe.getSimpleName() + " exit status; output: " + lines);
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

package dev.javelin.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The launcher as a user runs it: a child JVM, its exit code and its output. */
class MainProcessTest {

    private static Process launch(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).redirectErrorStream(true).start();
    }

    private static String finish(Process p) throws Exception {
        assertTrue(p.waitFor(30, TimeUnit.SECONDS), "the launcher exits");
        return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
    }

    @Test
    void aBadValueExitsNonZeroWithOneLineNamingTheKey() throws Exception {
        Process p = launch("host", "--sync=warp");
        String out = finish(p);
        assertEquals(2, p.exitValue());
        assertEquals(1, out.lines().count(), out);
        assertTrue(out.contains("sync") && out.contains("extrapolate, interpolate, frameSync"), out);
    }

    @Test
    void anUnknownModeExitsNonZero() throws Exception {
        Process p = launch("arcade");
        String out = finish(p);
        assertEquals(2, p.exitValue());
        assertTrue(out.contains("mode must be one of"), out);
    }

    @Test
    void aHeadlessHostRunsForItsDurationAndExitsCleanly() throws Exception {
        Process p = launch("host", "--headless=true", "--duration=1.5");
        String out = finish(p);
        assertEquals(0, p.exitValue(), out);
    }

    @Test
    void helpListsEveryOptionAndExitsZero() throws Exception {
        Process p = launch("--help");
        String out = finish(p);
        assertEquals(0, p.exitValue(), out);
        assertTrue(out.startsWith("usage: "), out);
        for (String option : List.of("sync", "predictLocal", "stepRate", "updateRate", "fullSyncRate", "latency",
                "jitter", "loss", "name", "width", "height", "view", "vsync", "fpsCap", "host", "port", "connect",
                "duration", "screenshot", "screenshotDir", "seed", "roundPoints", "opponents", "autopilot", "netGraph", "headless",
                "config")) {
            assertTrue(out.contains("--" + option + "="), "--" + option + " listed:\n" + out);
        }
        for (String mode : List.of("host", "server", "client", "bots N")) {
            assertTrue(out.contains("  " + mode + " "), mode + " listed");
        }
        assertTrue(out.contains("--help "), out);
        assertTrue(out.contains("Esc quits"), out);
    }
}

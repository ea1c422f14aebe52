package dev.javelin.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
                "duration", "screenshot", "screenshotDir", "seed", "roundPoints", "opponents", "autopilot", "netGraph",
                "headless", "log", "status", "metrics-port", "maxPlayers", "room", "ticket", "agones", "password",
                "config")) {
            assertTrue(out.contains("--" + option + "="), "--" + option + " listed:\n" + out);
        }
        for (String mode : List.of("host", "server", "client", "bots N")) {
            assertTrue(out.contains("  " + mode + " "), mode + " listed");
        }
        assertTrue(out.contains("--help "), out);
        assertTrue(out.contains("Esc quits"), out);
    }

    /** The launcher's output lines as they come, read on a daemon thread; waiters are notified on the list. */
    private static List<String> lines(Process p) {
        List<String> lines = new ArrayList<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    synchronized (lines) {
                        lines.add(line);
                        lines.notifyAll();
                    }
                }
            } catch (java.io.IOException e) {
                // the process ended; the waiters time out showing what came
            }
        }, "launcher-output");
        reader.setDaemon(true);
        reader.start();
        return lines;
    }

    /** Takes the first line, in any order of arrival, matching {@code regex}; fails after 20 s showing the lines. */
    private static Matcher awaitLine(List<String> lines, String regex) throws InterruptedException {
        Pattern pattern = Pattern.compile(regex);
        long deadline = System.nanoTime() + 20_000_000_000L;
        synchronized (lines) {
            while (true) {
                for (int i = 0; i < lines.size(); i++) {
                    Matcher m = pattern.matcher(lines.get(i));
                    if (m.matches()) {
                        lines.remove(i);
                        return m;
                    }
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("no line matching " + regex + " within 20 s; lines: " + lines);
                }
                TimeUnit.NANOSECONDS.timedWait(lines, left);
            }
        }
    }

    private static double scrape(HttpClient http, URI uri, String series) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode());
        Matcher m = Pattern.compile("(?m)^" + series + "(\\{[^}]*})? ([0-9.eE+-]+)$").matcher(r.body());
        assertTrue(m.find(), series + " in\n" + r.body());
        return Double.parseDouble(m.group(2));
    }

    @Test
    void aServerLogsPlayersByNameAStatusLineAndServesMetricsOnTheGivenPort() throws Exception {
        Process server = launch("server", "--host=127.0.0.1", "--port=0", "--status=1", "--metrics-port=0",
                "--duration=60");
        Process bot = null;
        try {
            List<String> lines = lines(server);
            Matcher ready = awaitLine(lines, "READY port=(\\d+) udp=(\\d+)");
            // The log's own format: time, level, the logger's last name, the message; one line each.
            int port = Integer.parseInt(awaitLine(lines,
                    "\\d\\d:\\d\\d:\\d\\d INFO Main - metrics at http://127\\.0\\.0\\.1:(\\d+)/metrics").group(1));
            awaitLine(lines, "\\d\\d:\\d\\d:\\d\\d INFO status - players 0, rooms 1, tick p50 \\d+\\.\\d\\d ms "
                    + "p99 \\d+\\.\\d\\d ms, in \\d+\\.\\d kbit/s, out \\d+\\.\\d kbit/s, refused 0");
            HttpClient http = HttpClient.newHttpClient();
            URI uri = URI.create("http://127.0.0.1:" + port + "/metrics");
            assertEquals(0.0, scrape(http, uri, "javelin_server_players"));
            double steps = scrape(http, uri, "javelin_server_steps_total");

            bot = launch("bots", "1", "--connect=127.0.0.1:" + ready.group(1) + ":" + ready.group(2), "--duration=60");
            awaitLine(lines, "\\d\\d:\\d\\d:\\d\\d INFO players - bot 1 joined as player 1, room 0");
            // A status line of an interval with the bot playing: it sends inputs, it gets snapshots.
            awaitLine(lines, ".* INFO status - players 1, rooms 1, tick p50 \\S+ ms p99 \\S+ ms, "
                    + "in [1-9][0-9.]* kbit/s, out [1-9][0-9.]* kbit/s, refused 0");
            assertTrue(scrape(http, uri, "javelin_server_steps_total") > steps, "steps go on between scrapes");
            assertEquals(1.0, scrape(http, uri, "javelin_server_players"));
            assertTrue(scrape(http, uri, "javelin_server_transport_received_bytes_total") > 0);
        } finally {
            server.destroy();
            if (bot != null) {
                bot.destroy();
            }
        }
    }

    @Test
    void logWarnLeavesOnlyTheReadyLine() throws Exception {
        Process p = launch("server", "--host=127.0.0.1", "--port=0", "--status=1", "--log=warn", "--duration=2.5");
        String out = finish(p);
        assertEquals(0, p.exitValue(), out);
        assertTrue(out.matches("READY port=\\d+ udp=\\d+"), out);
    }
}

package dev.javelin.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The launcher as a user runs it, in child JVMs: a server on a free port, then bots given only
 * {@code host:port} from its READY line (the UDP port comes from the server); and a client pointed at nothing.
 */
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class ConnectProcessTest {

    private static Process launch(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).redirectErrorStream(true).start();
    }

    private static String finish(Process p) throws Exception {
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the launcher exits");
        return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
    }

    @Test
    void botsGivenOnlyTheTcpPortFromReadyPlayAndExitZero() throws Exception {
        Process server = launch("server", "--port=0", "--duration=60");
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(),
                    StandardCharsets.UTF_8));
            Matcher ready = null;
            for (String line; (line = out.readLine()) != null; ) {
                Matcher m = Pattern.compile("READY port=(\\d+) udp=(\\d+)").matcher(line);
                if (m.find()) {
                    ready = m;
                    break;
                }
            }
            assertNotNull(ready, "the server printed READY");
            Process bots = launch("bots", "4", "--connect=127.0.0.1:" + ready.group(1), "--duration=2");
            String botsOut = finish(bots);
            assertEquals(0, bots.exitValue(), botsOut);
            assertTrue(botsOut.contains("BOTS connected=4 disconnects=0"), botsOut);
        } finally {
            server.destroy();
            server.waitFor(10, TimeUnit.SECONDS);
        }
    }

    /** Reads the child's output until a line matches {@code pattern}; the matcher, or null at the end. */
    private static Matcher awaitLine(Process p, String pattern) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        for (String line; (line = out.readLine()) != null; ) {
            Matcher m = Pattern.compile(pattern).matcher(line);
            if (m.find()) {
                return m;
            }
        }
        return null;
    }

    @Test
    void aServerWithAPasswordRefusesAWrongOneInOneLineAndAdmitsTheRightOne() throws Exception {
        Process server = launch("server", "--port=0", "--duration=60", "--password=s3cret");
        try {
            Matcher ready = awaitLine(server, "READY port=(\\d+)");
            assertNotNull(ready, "the server printed READY");
            Process wrong = launch("client", "--headless=true", "--password=guess",
                    "--connect=127.0.0.1:" + ready.group(1));
            String wrongOut = finish(wrong);
            assertEquals(1, wrong.exitValue(), wrongOut);
            assertTrue(wrongOut.contains("javelin: cannot join: KICKED: wrong password"), wrongOut);
            assertTrue(!wrongOut.contains("\tat "), "no stack trace: " + wrongOut);
            Process bots = launch("bots", "2", "--password=s3cret", "--connect=127.0.0.1:" + ready.group(1),
                    "--duration=1");
            String botsOut = finish(bots);
            assertEquals(0, bots.exitValue(), botsOut);
        } finally {
            server.destroy();
            server.waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void aRemoteClientJoinsAHost() throws Exception {
        Process host = launch("host", "--headless=true", "--port=0", "--duration=30");
        try {
            Matcher listening = awaitLine(host, "LISTENING port=(\\d+) udp=(\\d+)");
            assertNotNull(listening, "the host listens for friends");
            Process bots = launch("bots", "2", "--connect=127.0.0.1:" + listening.group(1), "--duration=2");
            String botsOut = finish(bots);
            assertEquals(0, bots.exitValue(), botsOut);
            assertTrue(botsOut.contains("BOTS connected=2 disconnects=0"), botsOut);
        } finally {
            host.destroy();
            host.waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void anUnreachableServerIsOneLineAndANonZeroExit() throws Exception {
        int free;
        try (ServerSocket s = new ServerSocket(0)) {
            free = s.getLocalPort();
        }
        Process client = launch("client", "--headless=true", "--connect=127.0.0.1:" + free);
        String out = finish(client);
        assertEquals(1, client.exitValue(), out);
        assertEquals(1, out.lines().filter(l -> !l.contains("INFO")).count(), out);
        assertTrue(out.contains("javelin: cannot join: UNREACHABLE"), out);
    }
}

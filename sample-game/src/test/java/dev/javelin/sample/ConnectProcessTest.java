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

package dev.javelin.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.javelin.engine.protocol.Protocol;
import dev.javelin.engine.transport.TransportServer;
import dev.javelin.net.KryoNetTransport;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every run-time failure of the launcher is one line starting with "javelin: " and a non-zero exit, never a stack
 * trace: a port in use, an unknown host, a closed port, a server of another game version, an HTTP server where the
 * game server should be, a bad {@code \\u} escape in a config file. The launcher runs as a child JVM, as a user runs it.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class LauncherFailuresProcessTest {

    @TempDir
    Path dir;

    /** A message of another game: its registry's fingerprint differs from the sample's. */
    record OtherGameMessage(int x) {
    }

    private static String[] run(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the launcher exits");
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        return new String[] {Integer.toString(p.exitValue()), out};
    }

    private static void assertOneLine(String[] result, String... mustContain) {
        String out = result[1];
        assertTrue(!"0".equals(result[0]), "exit status " + result[0] + ": " + out);
        assertEquals(1, out.lines().count(), "one line: " + out);
        assertTrue(out.startsWith("javelin: "), out);
        assertFalse(out.contains("\tat ") || out.contains("Exception in thread"), out);
        for (String s : mustContain) {
            assertTrue(out.contains(s), "'" + s + "' in: " + out);
        }
    }

    @Test
    void aPortInUse() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            assertOneLine(run("server", "--host=127.0.0.1", "--port=" + taken.getLocalPort(), "--duration=1"),
                    "cannot listen");
        }
    }

    @Test
    void anUnknownHost() throws Exception {
        assertOneLine(run("client", "--headless=true", "--connect=no-such-host.invalid:7777"),
                "no-such-host.invalid");
    }

    @Test
    void aClosedPort() throws Exception {
        int closed;
        try (ServerSocket s = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            closed = s.getLocalPort();
        }
        assertOneLine(run("client", "--headless=true", "--connect=127.0.0.1:" + closed), "127.0.0.1:" + closed);
    }

    @Test
    void aServerOfAnotherGameVersion() throws Exception {
        KryoNetTransport other = new KryoNetTransport(Protocol.builder().register(100, OtherGameMessage.class).build());
        TransportServer server = other.bind("127.0.0.1", 0, 0);
        try {
            assertOneLine(run("client", "--headless=true",
                    "--connect=127.0.0.1:" + server.tcpPort() + ":" + server.udpPort()), "VERSION_MISMATCH");
        } finally {
            server.close();
        }
    }

    @Test
    void anHttpServerAtTheAddress() throws Exception {
        HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        http.createContext("/", exchange -> {
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        http.start();
        try {
            assertOneLine(run("client", "--headless=true", "--connect=127.0.0.1:" + http.getAddress().getPort()));
        } finally {
            http.stop(0);
        }
    }

    @Test
    void aBadUnicodeEscapeInAConfigFile() throws Exception {
        Path config = dir.resolve("bad.properties");
        Files.writeString(config, "name=ace\\u12zz\n");
        assertOneLine(run("host", "--headless=true", "--config=" + config), "bad.properties");
    }
}

package dev.javelin.sample.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.javelin.engine.GameEngine;
import dev.javelin.engine.client.ClientEngine;
import dev.javelin.engine.protocol.Protocol;
import dev.javelin.engine.server.ServerEngine;
import dev.javelin.engine.sync.SyncSettings;
import dev.javelin.engine.transport.TransportServer;
import dev.javelin.engine.world.DynamicObject;
import dev.javelin.engine.world.GameObject;
import dev.javelin.net.KryoNetTransport;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's Java is real: every {@code ```java} block of README.md compiles against the framework, and the
 * one-page game plays — a server and a client of it over KryoNet on 127.0.0.1 for 10 s, the client seeing the
 * server's rock move at its speed.
 */
class ReadmeExampleTest {

    private static final Pattern JAVA_BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);
    /** Imports a statement block may take for granted (a block that declares a type brings its own). */
    private static final String PREAMBLE = """
            import dev.javelin.engine.client.ClientEngine;
            import dev.javelin.engine.protocol.Protocol;
            import dev.javelin.engine.server.ServerEngine;
            import dev.javelin.engine.sync.SyncSettings;
            import dev.javelin.engine.transport.TransportServer;
            import dev.javelin.net.KryoNetTransport;
            """;

    @TempDir
    Path work;

    @Test
    void everyJavaBlockOfTheReadmeCompilesAndTheOnePageGamePlaysOverKryoNet() throws Exception {
        List<String> blocks = javaBlocks(Files.readString(Path.of("..", "README.md")));
        assertTrue(blocks.size() >= 2, "README.md has its game and its launch code: " + blocks.size() + " blocks");
        Path src = Files.createDirectories(work.resolve("src"));
        Path out = Files.createDirectories(work.resolve("classes"));
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            files.add(write(src, i, blocks.get(i)));
        }
        compile(files, out);

        try (URLClassLoader loader = new URLClassLoader(new URL[] {out.toUri().toURL()},
                ReadmeExampleTest.class.getClassLoader())) {
            Class<? extends GameEngine> rockGame = loader.loadClass("RockGame").asSubclass(GameEngine.class);
            play(() -> newGame(rockGame));
        }
    }

    /** A server and a client of the README's game over KryoNet for 10 s; the client's rock moves like the server's. */
    private static void play(Supplier<GameEngine> game) throws Exception {
        KryoNetTransport net = new KryoNetTransport(Protocol.registry());
        TransportServer endpoint = net.bind("127.0.0.1", 0, 0);
        try (ServerEngine server = ServerEngine.builder(game, endpoint).log(line -> { }).build()) {
            server.start();
            try (ClientEngine client = ClientEngine.builder(game).sync(SyncSettings.of("extrapolate"))
                    .server(new KryoNetTransport(Protocol.registry()), "127.0.0.1", endpoint.tcpPort(),
                            endpoint.udpPort()).name("ann").timeout(Duration.ofSeconds(10)).connect()) {
                // Recorded on the client's simulation thread; 10 s of play counted from the first step the rock is seen.
                float[] first = {Float.NaN, 0};
                float[] last = {Float.NaN, 0};
                CountDownLatch tenSeconds = new CountDownLatch(1);
                client.addStepListener((c, due) -> {
                    DynamicObject rock = rockOf(c);
                    if (rock == null) {
                        return;
                    }
                    int step = c.game().world().stepCount();
                    if (Float.isNaN(first[0])) {
                        first[0] = rock.position.x;
                        first[1] = step;
                    }
                    if (step - first[1] >= 600 && tenSeconds.getCount() > 0) {
                        last[0] = rock.position.x;
                        last[1] = step;
                        tenSeconds.countDown();
                    }
                });
                client.start();
                assertTrue(tenSeconds.await(30, TimeUnit.SECONDS), "the client saw the rock for 10 s of steps");
                float firstX = first[0];
                float lastX = last[0];
                float firstStep = first[1];
                float lastStep = last[1];
                float seconds = (lastStep - firstStep) / 60f;
                float speed = (lastX - firstX) / seconds;
                assertEquals(3f, speed, 0.3f, "the rock moves on the client at its 3 units per second");
                assertEquals(null, client.disconnectReason());
                assertEquals(0, client.stats().desyncs() + client.stats().decodeErrors());
            }
        }
    }

    private static DynamicObject rockOf(ClientEngine client) {
        for (GameObject o : client.game().world().objects()) {
            if (o instanceof DynamicObject d) {
                return d;
            }
        }
        return null;
    }

    private static GameEngine newGame(Class<? extends GameEngine> type) {
        try {
            return type.getConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("RockGame needs a public no-argument constructor", e);
        }
    }

    static List<String> javaBlocks(String markdown) {
        List<String> blocks = new ArrayList<>();
        Matcher m = JAVA_BLOCK.matcher(markdown);
        while (m.find()) {
            blocks.add(m.group(1));
        }
        return blocks;
    }

    /** A block that declares a type is a source file as it is; any other is the body of a method. */
    private static Path write(Path dir, int index, String block) throws IOException {
        Matcher type = Pattern.compile("(?m)^public (?:final )?(?:class|record|interface|enum) (\\w+)").matcher(block);
        if (type.find()) {
            return Files.writeString(dir.resolve(type.group(1) + ".java"), block);
        }
        String name = "ReadmeSnippet" + index;
        return Files.writeString(dir.resolve(name + ".java"), PREAMBLE + "\nclass " + name
                + " {\n    static void run() throws Exception {\n" + block + "\n    }\n}\n");
    }

    private static void compile(List<Path> files, Path out) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assertNotNull(javac, "a JDK, not a JRE, runs the tests");
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager fm = javac.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
            List<String> options = List.of("-d", out.toString(), "-classpath", System.getProperty("java.class.path"),
                    "-proc:none");
            boolean ok = javac.getTask(null, fm, diagnostics, options, null, fm.getJavaFileObjectsFromPaths(files))
                    .call();
            StringBuilder errors = new StringBuilder();
            for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
                if (d.getKind() == Diagnostic.Kind.ERROR) {
                    errors.append(d).append('\n');
                }
            }
            assertTrue(ok, "README.md's Java does not compile:\n" + errors);
        }
    }
}

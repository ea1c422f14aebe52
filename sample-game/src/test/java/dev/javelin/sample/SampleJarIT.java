package dev.javelin.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.javelin.engine.GameEngine;
import dev.javelin.metrics.ServerMetrics;
import dev.javelin.net.KryoNetTransport;
import dev.javelin.render.GlRenderer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;

/** The packaged runnable jar and the framework jars, as a user gets them (run by failsafe after package). */
class SampleJarIT {

    private static Path sampleJar() {
        Path jar = Path.of(System.getProperty("javelin.sampleJar", "target/javelin-sample.jar"));
        assertTrue(Files.isRegularFile(jar), "the sample jar is built: " + jar.toAbsolutePath());
        return jar;
    }

    @Test
    void theRunnableJarHoldsTheNativesOfEveryDesktop() throws IOException {
        Set<String> entries = new TreeSet<>();
        try (JarFile jar = new JarFile(sampleJar().toFile())) {
            jar.stream().map(ZipEntry::getName).forEach(entries::add);
        }
        record Platform(String folder, String prefix, String suffix) {
        }
        List<Platform> platforms = List.of(new Platform("linux/x64", "lib", ".so"),
                new Platform("linux/arm64", "lib", ".so"), new Platform("windows/x64", "", ".dll"),
                new Platform("macos/x64", "lib", ".dylib"), new Platform("macos/arm64", "lib", ".dylib"));
        // The library's folder under org/lwjgl and its file name without prefix and suffix, as LWJGL packs them.
        Map<String, String> libraries = Map.of("", "lwjgl", "glfw/", "glfw", "opengl/", "lwjgl_opengl",
                "stb/", "lwjgl_stb");
        List<String> missing = new ArrayList<>();
        int found = 0;
        for (Platform p : platforms) {
            for (Map.Entry<String, String> library : libraries.entrySet()) {
                String entry = p.folder() + "/org/lwjgl/" + library.getKey() + p.prefix() + library.getValue() + p.suffix();
                if (entries.contains(entry)) {
                    found++;
                } else {
                    missing.add(entry);
                }
            }
        }
        assertEquals(20, found + missing.size());
        assertEquals(List.of(), missing, "natives missing; the jar's native entries are: "
                + entries.stream().filter(e -> e.matches("(linux|windows|macos)/.*")).toList());
    }

    @Test
    void theRunnableJarStartsAServerThatLogsThroughSlf4j() throws Exception {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                sampleJar().toString(), "server", "--host=127.0.0.1", "--port=0", "--status=1", "--duration=1.6")
                .redirectErrorStream(true).start();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS), "the server exits after its duration");
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), out);
        assertTrue(out.lines().anyMatch(l -> l.matches("READY port=\\d+ udp=\\d+")), out);
        assertTrue(out.lines().anyMatch(l -> l.matches("\\d\\d:\\d\\d:\\d\\d INFO status - players 0, rooms 1, .*")), out);
        assertTrue(!out.contains("SLF4J"), "SLF4J finds its provider in the shaded jar: " + out);
    }

    @Test
    void everyFrameworkJarNamesItsAutomaticModule() throws IOException {
        for (Class<?> c : List.of(GameEngine.class, KryoNetTransport.class, GlRenderer.class, ServerMetrics.class)) {
            Path jar = Path.of(c.getProtectionDomain().getCodeSource().getLocation().getPath());
            assertTrue(Files.isRegularFile(jar), c.getSimpleName() + " comes from a packaged jar: " + jar);
            String expected = c.getPackageName().replaceAll("^(dev\\.javelin\\.[a-z]+).*", "$1");
            try (JarFile j = new JarFile(jar.toFile())) {
                assertEquals(expected, j.getManifest().getMainAttributes().getValue("Automatic-Module-Name"), jar.toString());
            }
        }
    }
}

package dev.javelin.physics.bullet;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Loads Libbulletjme's native library from the class path: the jar carries the natives of every desktop
 * platform (Linux x86-64 and arm64, Windows x86-64, macOS x86-64 and arm64), and the one for the running
 * machine is copied to a temporary file and loaded. Loading happens once per JVM.
 *
 * <p>Threads: any; {@link #load()} is synchronized.
 */
public final class BulletNatives {

    private static boolean loaded;
    // Held so the level sticks: Libbulletjme logs every native object it creates at INFO.
    private static final Logger LIBBULLETJME_LOG = Logger.getLogger("com.jme3");

    private BulletNatives() {
    }

    /**
     * Loads the natives if not yet loaded.
     *
     * @throws IllegalStateException with a one-line reason when the platform has no natives in the jar or
     *                               they cannot be written or loaded
     */
    public static synchronized void load() {
        if (loaded) {
            return;
        }
        LIBBULLETJME_LOG.setLevel(Level.WARNING);
        String os = System.getProperty("os.name", "");
        String arch = System.getProperty("os.arch", "");
        String resource = resourcePath(os, arch);
        if (resource == null) {
            throw new IllegalStateException("Bullet physics has no natives for " + os + " on " + arch
                    + "; supported: Linux and macOS on x86-64 and arm64, Windows on x86-64");
        }
        try (InputStream in = BulletNatives.class.getResourceAsStream("/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("Bullet natives " + resource + " are missing from the class path"
                        + " (a Libbulletjme-*-SpRelease jar)");
            }
            Path dir = Files.createTempDirectory("javelin-bullet");
            Path file = dir.resolve(resource.substring(resource.lastIndexOf('/') + 1));
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            file.toFile().deleteOnExit();
            dir.toFile().deleteOnExit();
            System.load(file.toAbsolutePath().toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot extract Bullet natives " + resource + ": " + e.getMessage(), e);
        }
        loaded = true;
    }

    /**
     * Where the natives for {@code osName}/{@code osArch} (as in the {@code os.name} and {@code os.arch}
     * system properties) lie in the Libbulletjme jars, or null for a platform they do not cover.
     */
    static String resourcePath(String osName, String osArch) {
        String os = osName.toLowerCase(Locale.ROOT);
        String arch = osArch.toLowerCase(Locale.ROOT);
        boolean x64 = arch.equals("amd64") || arch.equals("x86_64");
        boolean arm64 = arch.equals("aarch64") || arch.equals("arm64");
        if (os.startsWith("linux")) {
            return x64 ? "native/linux/x86_64/libbulletjme.so" : arm64 ? "native/linux/arm64/libbulletjme.so" : null;
        }
        if (os.startsWith("mac") || os.startsWith("darwin")) {
            return x64 ? "native/osx/x86_64/libbulletjme.dylib" : arm64 ? "native/osx/arm64/libbulletjme.dylib" : null;
        }
        if (os.startsWith("windows")) {
            return x64 ? "native/windows/x86_64/bulletjme.dll" : null;
        }
        return null;
    }
}

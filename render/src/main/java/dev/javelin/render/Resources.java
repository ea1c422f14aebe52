package dev.javelin.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.lwjgl.system.MemoryUtil;

/** Reads classpath resources: the game's first (context class loader), then the render module's. */
final class Resources {

    private Resources() {
    }

    static byte[] read(String path) {
        if (path == null || path.isEmpty()) {
            throw new IllegalArgumentException("resource path must not be empty");
        }
        String p = path.startsWith("/") ? path.substring(1) : path;
        InputStream in = null;
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        if (context != null) {
            in = context.getResourceAsStream(p);
        }
        if (in == null) {
            in = Resources.class.getClassLoader().getResourceAsStream(p);
        }
        if (in == null) {
            throw new IllegalArgumentException("resource not found on the classpath: " + p);
        }
        try (InputStream s = in) {
            return s.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + p, e);
        }
    }

    static String readText(String path) {
        return new String(read(path), StandardCharsets.UTF_8);
    }

    /** The bytes in a new native buffer the caller must free with {@link MemoryUtil#memFree}. */
    static ByteBuffer toNative(byte[] bytes) {
        ByteBuffer b = MemoryUtil.memAlloc(bytes.length);
        b.put(bytes).flip();
        return b;
    }
}

package dev.javelin.render;

import java.util.Locale;
import org.lwjgl.system.JNI;
import org.lwjgl.system.Library;
import org.lwjgl.system.Platform;
import org.lwjgl.system.SharedLibrary;

/**
 * What the renderer adapts when OpenGL runs on the CPU (Mesa's llvmpipe or softpipe) rather than on a
 * GPU: recognising such a driver, and glibc's malloc trim threshold (see
 * {@link RenderOptions.Builder#tuneMalloc(boolean)}). Render thread.
 */
final class SoftwareGl {

    /** glibc's {@code M_TRIM_THRESHOLD} parameter of {@code mallopt}. */
    private static final int M_TRIM_THRESHOLD = -1;
    static final int TRIM_THRESHOLD_BYTES = 64 << 20;

    private SoftwareGl() {
    }

    /** True when {@code glRenderer} (the {@code GL_RENDERER} string) names a CPU rasteriser. */
    static boolean isSoftware(String glRenderer) {
        if (glRenderer == null) {
            return false;
        }
        String r = glRenderer.toLowerCase(Locale.ROOT);
        return r.contains("llvmpipe") || r.contains("softpipe") || r.contains("software rasterizer");
    }

    /**
     * Sets glibc's malloc trim threshold to {@link #TRIM_THRESHOLD_BYTES} for the whole process; returns
     * whether it was set (false on other systems and C libraries, or when glibc refused).
     */
    static boolean raiseMallocTrimThreshold() {
        if (Platform.get() != Platform.LINUX) {
            return false;
        }
        try (SharedLibrary libc = Library.loadNative(SoftwareGl.class, "org.lwjgl", "libc.so.6")) {
            // gnu_get_libc_version exists only in glibc: musl and others have a different mallopt or none.
            long glibc = libc.getFunctionAddress("gnu_get_libc_version");
            long mallopt = libc.getFunctionAddress("mallopt");
            if (glibc == 0L || mallopt == 0L) {
                return false;
            }
            return JNI.invokeI(M_TRIM_THRESHOLD, TRIM_THRESHOLD_BYTES, mallopt) == 1;
        } catch (RuntimeException | UnsatisfiedLinkError e) {
            // No libc.so.6 to load: not glibc, so nothing to tune.
            return false;
        }
    }
}

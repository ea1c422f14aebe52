package dev.javelin.render;

import java.util.Locale;

/** Recognises an OpenGL that runs on the CPU (Mesa's llvmpipe or softpipe) rather than on a GPU. Any thread. */
final class SoftwareGl {

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
}

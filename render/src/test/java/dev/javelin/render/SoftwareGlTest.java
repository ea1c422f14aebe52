package dev.javelin.render;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SoftwareGlTest {

    @Test
    void mesaCpuRasterisersCountAsSoftwareAndGpusDoNot() {
        assertTrue(SoftwareGl.isSoftware("llvmpipe (LLVM 15.0.6, 256 bits)"));
        assertTrue(SoftwareGl.isSoftware("softpipe"));
        assertTrue(SoftwareGl.isSoftware("Mesa X11 Software Rasterizer"));
        assertFalse(SoftwareGl.isSoftware("NVIDIA GeForce RTX 3060/PCIe/SSE2"));
        assertFalse(SoftwareGl.isSoftware("AMD Radeon RX 6600 (radeonsi, navi23, LLVM 15.0.6, DRM 3.49)"));
        assertFalse(SoftwareGl.isSoftware(null));
    }
}

package dev.javelin.render;

import org.joml.Matrix4f;

/** A {@link Graphics} the frame traversal drives: it sets up the passes and the wrap-around shift. */
interface Surface extends Graphics {

    /** Starts the world pass with {@code projection} (world to clip) and {@code pixelSize} world units per pixel. */
    void beginWorld(Matrix4f projection, float pixelSize, int width, int height, float alpha);

    /** Shifts everything drawn next by ({@code dx}, {@code dy}) world units (a neighbouring copy of a wrapping world). */
    void setShift(float dx, float dy);

    /** Starts the screen pass over a framebuffer of {@code width} by {@code height} pixels. */
    void beginScreen(int width, int height);

    /** Sends whatever is batched. */
    void flush();
}

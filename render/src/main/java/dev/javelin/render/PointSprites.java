package dev.javelin.render;

import static org.lwjgl.opengl.GL33C.*;

import java.nio.ByteBuffer;
import org.joml.Matrix4f;
import org.lwjgl.system.MemoryStack;
import org.lwjgl.system.MemoryUtil;

/**
 * Collects sprites as one point each (centre, half extents, angle, atlas region, tint: 40 bytes) and
 * draws them in one {@code GL_POINTS} call per run of the same texture. The vertex shader
 * ({@code javelin/render/shaders/sprite_point.vert}) makes each point the square around its rotated
 * sprite; the fragment shader maps each pixel back into the sprite, samples the region and discards
 * pixels outside the sprite, so the pixels match {@link Batch#quad}'s. Needs an orthographic projection.
 * Render thread only.
 */
final class PointSprites {

    static final int VERTEX_BYTES = 40;
    /** Widest point used, in pixels: beyond this the bounding square wastes too many pixels. */
    static final float MAX_PIXELS = 64f;

    private final GlTextures textures;
    private final ShaderProgram shader;
    private final int projectionLoc;
    private final int viewportLoc;
    private final int vao;
    private final int vbo;
    private final float maxPixels;
    private ByteBuffer vertices;
    private long vAddr;
    private int capacity;
    private int count;

    PointSprites(GlTextures textures) {
        this.textures = textures;
        this.shader = new ShaderProgram("javelin/render/shaders/sprite_point.vert",
                "javelin/render/shaders/sprite_point.frag");
        shader.use();
        glUniform1i(shader.uniform("uTexture"), 0);
        projectionLoc = shader.uniform("uProjection");
        viewportLoc = shader.uniform("uViewportHalf");
        try (MemoryStack stack = MemoryStack.stackPush()) {
            var range = stack.mallocFloat(2);
            glGetFloatv(GL_POINT_SIZE_RANGE, range);
            // The sprite's diagonal bounds its point; keep a pixel in hand below the driver's limit.
            maxPixels = Math.min(MAX_PIXELS, range.get(1) - 1f);
        }
        vao = glGenVertexArrays();
        vbo = glGenBuffers();
        glBindVertexArray(vao);
        glBindBuffer(GL_ARRAY_BUFFER, vbo);
        glEnableVertexAttribArray(0);
        glVertexAttribPointer(0, 2, GL_FLOAT, false, VERTEX_BYTES, 0);
        glEnableVertexAttribArray(1);
        glVertexAttribPointer(1, 2, GL_FLOAT, false, VERTEX_BYTES, 8);
        glEnableVertexAttribArray(2);
        glVertexAttribPointer(2, 1, GL_FLOAT, false, VERTEX_BYTES, 16);
        glEnableVertexAttribArray(3);
        glVertexAttribPointer(3, 4, GL_FLOAT, false, VERTEX_BYTES, 20);
        glEnableVertexAttribArray(4);
        glVertexAttribPointer(4, 4, GL_UNSIGNED_BYTE, true, VERTEX_BYTES, 36);
        grow(4096);
    }

    /** The widest sprite, corner to corner in pixels, that may go as a point. */
    float maxPixels() {
        return maxPixels;
    }

    /** Sets the projection and the viewport size in pixels for what follows (flush first). */
    void setProjection(Matrix4f projection, int viewportWidth, int viewportHeight) {
        shader.use();
        try (MemoryStack stack = MemoryStack.stackPush()) {
            glUniformMatrix4fv(projectionLoc, false, projection.get(stack.mallocFloat(16)));
        }
        glUniform2f(viewportLoc, viewportWidth * 0.5f, viewportHeight * 0.5f);
    }

    boolean isEmpty() {
        return count == 0;
    }

    /**
     * Adds a sprite centred on ({@code x}, {@code y}) with half extents {@code hw}, {@code hh} (the sign of
     * {@code hh} says which way the region's top row goes), rotated by {@code angle} radians, showing
     * the region (u0, v0)-(u1, v1) multiplied by {@code abgr} (colour in vertex byte order).
     */
    void add(float x, float y, float hw, float hh, float angle, float u0, float v0, float u1, float v1, int abgr) {
        if (count == capacity) {
            grow(capacity * 2);
        }
        long a = vAddr + (long) count * VERTEX_BYTES;
        MemoryUtil.memPutFloat(a, x);
        MemoryUtil.memPutFloat(a + 4, y);
        MemoryUtil.memPutFloat(a + 8, hw);
        MemoryUtil.memPutFloat(a + 12, hh);
        MemoryUtil.memPutFloat(a + 16, angle);
        MemoryUtil.memPutFloat(a + 20, u0);
        MemoryUtil.memPutFloat(a + 24, v0);
        MemoryUtil.memPutFloat(a + 28, u1);
        MemoryUtil.memPutFloat(a + 32, v1);
        MemoryUtil.memPutInt(a + 36, abgr);
        count++;
    }

    /** Draws what was added, sampling {@code texture}, in one call. */
    void flush(Texture texture) {
        if (count == 0) {
            return;
        }
        shader.use();
        glActiveTexture(GL_TEXTURE0);
        textures.bind(texture);
        glBindVertexArray(vao);
        glBindBuffer(GL_ARRAY_BUFFER, vbo);
        nglBufferData(GL_ARRAY_BUFFER, (long) count * VERTEX_BYTES, vAddr, GL_STREAM_DRAW);
        glEnable(GL_PROGRAM_POINT_SIZE);
        glPointParameteri(GL_POINT_SPRITE_COORD_ORIGIN, GL_UPPER_LEFT);
        glDrawArrays(GL_POINTS, 0, count);
        count = 0;
    }

    private void grow(int n) {
        vertices = vertices == null ? MemoryUtil.memAlloc(n * VERTEX_BYTES) : MemoryUtil.memRealloc(vertices, n * VERTEX_BYTES);
        vAddr = MemoryUtil.memAddress(vertices);
        capacity = n;
    }

    void delete() {
        glDeleteBuffers(vbo);
        glDeleteVertexArrays(vao);
        shader.delete();
        MemoryUtil.memFree(vertices);
        vertices = null;
    }
}

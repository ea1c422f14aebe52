package dev.javelin.render;

import static org.lwjgl.opengl.GL33C.*;

import java.nio.ByteBuffer;
import org.joml.Matrix4f;
import org.lwjgl.system.MemoryStack;
import org.lwjgl.system.MemoryUtil;

/**
 * Collects textured, tinted triangles in world or screen coordinates (the CPU places every vertex) and
 * sends them in one draw call per run of the same texture. Measured on Mesa's llvmpipe, this beat
 * instancing for small sprites. With point sprites on ({@link #Batch(GlTextures, boolean)}) it also
 * collects {@link PointSprites}; a switch between triangles and points flushes, so drawing order holds.
 *
 * <p>The viewport reaches {@link #GUARD_PIXELS} beyond each side of the framebuffer, with the projection
 * shrunk to match, so the same pixels are drawn. Why: without it every vertex past the window's edge
 * sends its whole chunk of primitives through Mesa's clipping pipeline (measured: about 1.5 ms of the
 * render thread per frame at 10,000 sprites, as every chunk holds a sprite at the edge), and OpenGL drops
 * a point whose centre is outside the viewport, which would make sprites at the edge pop out. Render
 * thread only.
 */
final class Batch {

    static final int VERTEX_BYTES = 20;
    static final int GUARD_PIXELS = 256;
    private static final int MAX_VERTICES = 1 << 22;

    private final GlTextures textures;
    private final ShaderProgram shader;
    private final int projectionLoc;
    private final int vao;
    private final int vbo;
    private final int ibo;
    private ByteBuffer vertices;
    private ByteBuffer indices;
    private long vAddr;
    private long iAddr;
    private int vertexCapacity;
    private int indexCapacity;
    private int vertexCount;
    private int indexCount;
    private Texture texture;
    private int drawCalls;
    private final PointSprites points;
    private final int maxViewport;
    private final Matrix4f guarded = new Matrix4f();

    /** A batch that draws sprites as quads only. */
    Batch(GlTextures textures) {
        this(textures, false);
    }

    /** A batch; with {@code pointSprites} it also takes {@link #point}s. */
    Batch(GlTextures textures, boolean pointSprites) {
        this.textures = textures;
        this.shader = new ShaderProgram("javelin/shaders/batch.vert", "javelin/shaders/batch.frag");
        shader.use();
        glUniform1i(shader.uniform("uTexture"), 0);
        projectionLoc = shader.uniform("uProjection");
        vao = glGenVertexArrays();
        vbo = glGenBuffers();
        ibo = glGenBuffers();
        glBindVertexArray(vao);
        glBindBuffer(GL_ARRAY_BUFFER, vbo);
        glEnableVertexAttribArray(0);
        glVertexAttribPointer(0, 2, GL_FLOAT, false, VERTEX_BYTES, 0);
        glEnableVertexAttribArray(1);
        glVertexAttribPointer(1, 2, GL_FLOAT, false, VERTEX_BYTES, 8);
        glEnableVertexAttribArray(2);
        glVertexAttribPointer(2, 4, GL_UNSIGNED_BYTE, true, VERTEX_BYTES, 16);
        glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, ibo);
        grow(4096, 6144);
        points = pointSprites ? new PointSprites(textures) : null;
        try (MemoryStack stack = MemoryStack.stackPush()) {
            var dims = stack.mallocInt(2);
            glGetIntegerv(GL_MAX_VIEWPORT_DIMS, dims);
            maxViewport = Math.min(dims.get(0), dims.get(1));
        }
    }

    /**
     * Sets the projection for what follows over a framebuffer of {@code width} by {@code height} pixels,
     * and the guarded viewport around it (flushes what came before).
     */
    void setProjection(Matrix4f projection, int width, int height) {
        flush();
        int m = Math.max(0, Math.min(GUARD_PIXELS, (maxViewport - Math.max(width, height)) / 2));
        int vw = width + 2 * m;
        int vh = height + 2 * m;
        glViewport(-m, -m, vw, vh);
        guarded.scaling((float) width / vw, (float) height / vh, 1f).mul(projection);
        shader.use();
        try (MemoryStack stack = MemoryStack.stackPush()) {
            glUniformMatrix4fv(projectionLoc, false, guarded.get(stack.mallocFloat(16)));
        }
        if (points != null) {
            points.setProjection(guarded, vw, vh);
        }
    }

    /** Whether {@link #point} may be used: point sprites are on. */
    boolean hasPoints() {
        return points != null;
    }

    /** The widest point sprite in pixels this batch takes. */
    float maxPointPixels() {
        return points == null ? 0f : points.maxPixels();
    }

    /**
     * Adds a sprite as one point (see {@link PointSprites#add}); only when {@link #hasPoints()}, and for
     * sprites no wider on screen than {@link #maxPointPixels()}.
     */
    void point(float x, float y, float hw, float hh, float angle, float u0, float v0, float u1, float v1, int abgr) {
        if (indexCount > 0) {
            flush();
        }
        points.add(x, y, hw, hh, angle, u0, v0, u1, v1, abgr);
    }

    /** Draws with {@code t} from now on; a change of texture flushes. */
    void use(Texture t) {
        if (t != texture) {
            flush();
            texture = t;
        }
    }

    /** Makes room for {@code v} more vertices and {@code i} more indices in this draw call, flushing if needed. */
    void reserve(int v, int i) {
        if (points != null && !points.isEmpty()) {
            flushPoints();
        }
        if (vertexCount + v <= vertexCapacity && indexCount + i <= indexCapacity) {
            return;
        }
        if (vertexCount + v > MAX_VERTICES) {
            flush();
        }
        if (vertexCount + v > vertexCapacity || indexCount + i > indexCapacity) {
            grow(Math.max(vertexCapacity * 2, vertexCount + v), Math.max(indexCapacity * 2, indexCount + i));
        }
    }

    /** Adds a vertex (call {@link #reserve} first); returns its index for {@link #triangle}. */
    int vertex(float x, float y, float u, float v, int abgr) {
        long a = vAddr + (long) vertexCount * VERTEX_BYTES;
        MemoryUtil.memPutFloat(a, x);
        MemoryUtil.memPutFloat(a + 4, y);
        MemoryUtil.memPutFloat(a + 8, u);
        MemoryUtil.memPutFloat(a + 12, v);
        MemoryUtil.memPutInt(a + 16, abgr);
        return vertexCount++;
    }

    void triangle(int a, int b, int c) {
        long p = iAddr + (long) indexCount * 4;
        MemoryUtil.memPutInt(p, a);
        MemoryUtil.memPutInt(p + 4, b);
        MemoryUtil.memPutInt(p + 8, c);
        indexCount += 3;
    }

    /** A quad through four corners in order around it; {@code abgr} is the colour in vertex byte order. */
    void quad(float x0, float y0, float u0, float v0, float x1, float y1, float u1, float v1,
              float x2, float y2, float u2, float v2, float x3, float y3, float u3, float v3, int abgr) {
        reserve(4, 6);
        int base = vertexCount;
        long a = vAddr + (long) base * VERTEX_BYTES;
        put(a, x0, y0, u0, v0, abgr);
        put(a + VERTEX_BYTES, x1, y1, u1, v1, abgr);
        put(a + 2 * VERTEX_BYTES, x2, y2, u2, v2, abgr);
        put(a + 3 * VERTEX_BYTES, x3, y3, u3, v3, abgr);
        vertexCount += 4;
        long p = iAddr + (long) indexCount * 4;
        MemoryUtil.memPutInt(p, base);
        MemoryUtil.memPutInt(p + 4, base + 1);
        MemoryUtil.memPutInt(p + 8, base + 2);
        MemoryUtil.memPutInt(p + 12, base + 2);
        MemoryUtil.memPutInt(p + 16, base + 3);
        MemoryUtil.memPutInt(p + 20, base);
        indexCount += 6;
    }

    private static void put(long a, float x, float y, float u, float v, int abgr) {
        MemoryUtil.memPutFloat(a, x);
        MemoryUtil.memPutFloat(a + 4, y);
        MemoryUtil.memPutFloat(a + 8, u);
        MemoryUtil.memPutFloat(a + 12, v);
        MemoryUtil.memPutInt(a + 16, abgr);
    }

    /** Sends what is batched as one draw call. */
    void flush() {
        if (points != null && !points.isEmpty()) {
            flushPoints();
        }
        if (indexCount == 0 || texture == null) {
            vertexCount = 0;
            indexCount = 0;
            return;
        }
        shader.use();
        glActiveTexture(GL_TEXTURE0);
        textures.bind(texture);
        glBindVertexArray(vao);
        glBindBuffer(GL_ARRAY_BUFFER, vbo);
        nglBufferData(GL_ARRAY_BUFFER, (long) vertexCount * VERTEX_BYTES, vAddr, GL_STREAM_DRAW);
        glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, ibo);
        nglBufferData(GL_ELEMENT_ARRAY_BUFFER, (long) indexCount * 4, iAddr, GL_STREAM_DRAW);
        glDrawElements(GL_TRIANGLES, indexCount, GL_UNSIGNED_INT, 0L);
        drawCalls++;
        vertexCount = 0;
        indexCount = 0;
    }

    private void flushPoints() {
        points.flush(texture);
        drawCalls++;
    }

    /** Draw calls since the last call to this method. */
    int takeDrawCalls() {
        int n = drawCalls;
        drawCalls = 0;
        return n;
    }

    private void grow(int newVertices, int newIndices) {
        vertices = vertices == null ? MemoryUtil.memAlloc(newVertices * VERTEX_BYTES)
                : MemoryUtil.memRealloc(vertices, newVertices * VERTEX_BYTES);
        indices = indices == null ? MemoryUtil.memAlloc(newIndices * 4) : MemoryUtil.memRealloc(indices, newIndices * 4);
        vAddr = MemoryUtil.memAddress(vertices);
        iAddr = MemoryUtil.memAddress(indices);
        vertexCapacity = newVertices;
        indexCapacity = newIndices;
    }

    void delete() {
        if (points != null) {
            points.delete();
        }
        glDeleteBuffers(vbo);
        glDeleteBuffers(ibo);
        glDeleteVertexArrays(vao);
        shader.delete();
        MemoryUtil.memFree(vertices);
        MemoryUtil.memFree(indices);
        vertices = null;
        indices = null;
    }
}

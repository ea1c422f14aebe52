package dev.javelin.render;

import static org.lwjgl.opengl.GL33C.*;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.joml.Quaternionf;
import org.lwjgl.system.MemoryStack;
import org.lwjgl.system.MemoryUtil;

/**
 * Collects mesh instances during a frame, per mesh, and draws them at {@link #end}: every instance of the
 * frame goes up in one buffer upload, then one {@code glDrawElementsInstanced} per mesh used (solids
 * first, then lines). Each instance is 44 bytes: position (3 floats), orientation quaternion (4), scale
 * (3), colour (4 bytes); the vertex shader ({@code javelin/shaders/mesh.vert}) places and lights it.
 * Meshes are uploaded to this context the first time they are drawn. Render thread only.
 */
final class MeshBatch implements Graphics3D {

    static final int INSTANCE_BYTES = 44;
    private static final int VERTEX_BYTES = 24;

    /** One mesh's GL objects and this frame's instances of it. */
    private static final class Bucket {
        final Mesh mesh;
        final int vao;
        final int vbo;
        final int ibo;
        final int indexCount;
        final int mode;
        final boolean flat;
        ByteBuffer data;
        long addr;
        int capacity;
        int count;
        long uploadOffset;

        Bucket(Mesh mesh) {
            this.mesh = mesh;
            this.indexCount = mesh.indexCount();
            this.mode = mesh.primitive() == Mesh.Primitive.TRIANGLES ? GL_TRIANGLES : GL_LINES;
            this.flat = mesh.isFlat() && mode == GL_TRIANGLES;
            vao = glGenVertexArrays();
            vbo = glGenBuffers();
            ibo = glGenBuffers();
            glBindVertexArray(vao);
            glBindBuffer(GL_ARRAY_BUFFER, vbo);
            glBufferData(GL_ARRAY_BUFFER, mesh.interleaved(), GL_STATIC_DRAW);
            glEnableVertexAttribArray(0);
            glVertexAttribPointer(0, 3, GL_FLOAT, false, VERTEX_BYTES, 0);
            glEnableVertexAttribArray(1);
            glVertexAttribPointer(1, 3, GL_FLOAT, false, VERTEX_BYTES, 12);
            glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, ibo);
            glBufferData(GL_ELEMENT_ARRAY_BUFFER, mesh.indicesDirect(), GL_STATIC_DRAW);
            for (int a = 2; a <= 5; a++) {
                glEnableVertexAttribArray(a);
                glVertexAttribDivisor(a, 1);
            }
            glBindVertexArray(0);
            grow(64);
        }

        void grow(int n) {
            data = data == null ? MemoryUtil.memAlloc(n * INSTANCE_BYTES) : MemoryUtil.memRealloc(data, n * INSTANCE_BYTES);
            addr = MemoryUtil.memAddress(data);
            capacity = n;
        }

        void delete() {
            glDeleteBuffers(vbo);
            glDeleteBuffers(ibo);
            glDeleteVertexArrays(vao);
            MemoryUtil.memFree(data);
        }
    }

    /** The mesh shader in one variant, and where its uniforms are. */
    private static final class Program {
        final ShaderProgram shader;
        final int viewProjectionLoc;
        final int toLightLoc;
        final int lightColorLoc;
        final int skyColorLoc;
        final int groundColorLoc;
        final int upLoc;
        final int litLoc;

        Program(String defines) {
            shader = new ShaderProgram("javelin/shaders/mesh.vert", "javelin/shaders/mesh.frag", defines);
            viewProjectionLoc = shader.uniform("uViewProjection");
            toLightLoc = shader.uniform("uToLight");
            lightColorLoc = shader.uniform("uLightColor");
            skyColorLoc = shader.uniform("uSkyColor");
            groundColorLoc = shader.uniform("uGroundColor");
            upLoc = shader.uniform("uUp");
            litLoc = shader.uniform("uLit");
        }

        /** Uses this program with the frame's camera and lighting. */
        void use(Camera3D camera, Lighting lighting, float lit) {
            shader.use();
            try (MemoryStack stack = MemoryStack.stackPush()) {
                glUniformMatrix4fv(viewProjectionLoc, false, camera.viewProjection().get(stack.mallocFloat(16)));
            }
            glUniform3f(toLightLoc, lighting.toLightX(), lighting.toLightY(), lighting.toLightZ());
            setColor(lightColorLoc, lighting.light());
            setColor(skyColorLoc, lighting.sky());
            setColor(groundColorLoc, lighting.ground());
            if (camera.up() == Camera3D.Up.Z) {
                glUniform3f(upLoc, 0f, 0f, 1f);
            } else {
                glUniform3f(upLoc, 0f, 1f, 0f);
            }
            glUniform1f(litLoc, lit);
        }
    }

    private final Camera3D camera;
    private final Program smooth;
    private final Program flat;
    private final int instanceVbo;
    private final Map<Mesh, Bucket> buckets = new IdentityHashMap<>();
    private final List<Bucket> used = new ArrayList<>();
    private final Quaternionf lineTurn = new Quaternionf();
    private Bucket last;
    private ByteBuffer upload;
    private long uploadAddr;
    private int uploadCapacity;
    private float alpha;
    private int drawCalls;
    private int instances;

    MeshBatch(Camera3D camera) {
        this.camera = camera;
        smooth = new Program("");
        flat = new Program("#define FLAT");
        instanceVbo = glGenBuffers();
        upload = MemoryUtil.memAlloc(1024 * INSTANCE_BYTES);
        uploadAddr = MemoryUtil.memAddress(upload);
        uploadCapacity = 1024;
    }

    /** Starts a frame at interpolation fraction {@code a}: forgets the last frame's instances. */
    void begin(float a) {
        alpha = a;
        for (int i = 0, n = used.size(); i < n; i++) {
            used.get(i).count = 0;
        }
        used.clear();
        last = null;
        instances = 0;
    }

    @Override
    public void draw(Mesh mesh, float x, float y, float z, float qx, float qy, float qz, float qw,
                     float sx, float sy, float sz, int rgba) {
        Bucket b = last;
        if (b == null || b.mesh != mesh) {
            if (mesh == null) {
                throw new IllegalArgumentException("mesh must not be null");
            }
            b = buckets.get(mesh);
            if (b == null) {
                b = new Bucket(mesh);
                buckets.put(mesh, b);
            }
            last = b;
        }
        if (b.count == 0) {
            used.add(b);
        }
        if (b.count == b.capacity) {
            b.grow(b.capacity * 2);
        }
        long a = b.addr + (long) b.count * INSTANCE_BYTES;
        MemoryUtil.memPutFloat(a, x);
        MemoryUtil.memPutFloat(a + 4, y);
        MemoryUtil.memPutFloat(a + 8, z);
        MemoryUtil.memPutFloat(a + 12, qx);
        MemoryUtil.memPutFloat(a + 16, qy);
        MemoryUtil.memPutFloat(a + 20, qz);
        MemoryUtil.memPutFloat(a + 24, qw);
        MemoryUtil.memPutFloat(a + 28, sx);
        MemoryUtil.memPutFloat(a + 32, sy);
        MemoryUtil.memPutFloat(a + 36, sz);
        MemoryUtil.memPutInt(a + 40, Integer.reverseBytes(rgba));
        b.count++;
        instances++;
    }

    @Override
    public void line(float x1, float y1, float z1, float x2, float y2, float z2, int rgba) {
        float dx = x2 - x1;
        float dy = y2 - y1;
        float dz = z2 - z1;
        float len = (float) Math.sqrt(dx * dx + dy * dy + dz * dz);
        if (len == 0f) {
            return;
        }
        lineTurn.rotationTo(1f, 0f, 0f, dx / len, dy / len, dz / len);
        draw(Mesh.line(), x1, y1, z1, lineTurn.x, lineTurn.y, lineTurn.z, lineTurn.w, len, 1f, 1f, rgba);
    }

    @Override
    public Camera3D camera() {
        return camera;
    }

    @Override
    public float alpha() {
        return alpha;
    }

    /** Instances drawn in this frame so far. */
    int instances() {
        return instances;
    }

    /**
     * Draws this frame's instances with depth testing over what is in the framebuffer, lit by
     * {@code lighting}, and leaves GL as the 2D batch expects it (blending on, no depth test, no culling).
     */
    void end(Lighting lighting) {
        if (used.isEmpty()) {
            return;
        }
        long offset = 0;
        boolean lines = false;
        boolean flats = false;
        boolean smooths = false;
        ensureUpload(instances);
        for (int i = 0, n = used.size(); i < n; i++) {
            Bucket b = used.get(i);
            long bytes = (long) b.count * INSTANCE_BYTES;
            MemoryUtil.memCopy(b.addr, uploadAddr + offset, bytes);
            b.uploadOffset = offset;
            offset += bytes;
            lines |= b.mode == GL_LINES;
            flats |= b.flat;
            smooths |= b.mode == GL_TRIANGLES && !b.flat;
        }
        glBindBuffer(GL_ARRAY_BUFFER, instanceVbo);
        nglBufferData(GL_ARRAY_BUFFER, offset, uploadAddr, GL_STREAM_DRAW);

        glDisable(GL_BLEND);
        glEnable(GL_DEPTH_TEST);
        glDepthFunc(GL_LEQUAL);
        glEnable(GL_CULL_FACE);
        if (lines) {
            // Pushes solid faces back a little so that edges drawn on them are not hidden by them.
            glEnable(GL_POLYGON_OFFSET_FILL);
            glPolygonOffset(1f, 1f);
        }
        if (flats) {
            flat.use(camera, lighting, 1f);
            drawAll(GL_TRIANGLES, true);
        }
        if (smooths) {
            smooth.use(camera, lighting, 1f);
            drawAll(GL_TRIANGLES, false);
        }
        if (lines) {
            glDisable(GL_POLYGON_OFFSET_FILL);
            glDisable(GL_CULL_FACE);
            smooth.use(camera, lighting, 0f);
            drawAll(GL_LINES, false);
        }
        glBindVertexArray(0);
        glDisable(GL_CULL_FACE);
        glDisable(GL_DEPTH_TEST);
        glEnable(GL_BLEND);
    }

    private void drawAll(int mode, boolean flatOnes) {
        for (int i = 0, n = used.size(); i < n; i++) {
            Bucket b = used.get(i);
            if (b.mode != mode || b.flat != flatOnes) {
                continue;
            }
            glBindVertexArray(b.vao);
            long o = b.uploadOffset;
            glVertexAttribPointer(2, 3, GL_FLOAT, false, INSTANCE_BYTES, o);
            glVertexAttribPointer(3, 4, GL_FLOAT, false, INSTANCE_BYTES, o + 12);
            glVertexAttribPointer(4, 3, GL_FLOAT, false, INSTANCE_BYTES, o + 28);
            glVertexAttribPointer(5, 4, GL_UNSIGNED_BYTE, true, INSTANCE_BYTES, o + 40);
            glDrawElementsInstanced(mode, b.indexCount, GL_UNSIGNED_INT, 0L, b.count);
            drawCalls++;
        }
    }

    private static void setColor(int loc, int rgba) {
        glUniform3f(loc, Color.red(rgba) / 255f, Color.green(rgba) / 255f, Color.blue(rgba) / 255f);
    }

    private void ensureUpload(int n) {
        if (n > uploadCapacity) {
            int c = Math.max(n, uploadCapacity * 2);
            upload = MemoryUtil.memRealloc(upload, c * INSTANCE_BYTES);
            uploadAddr = MemoryUtil.memAddress(upload);
            uploadCapacity = c;
        }
    }

    /** Draw calls since the last call to this method. */
    int takeDrawCalls() {
        int n = drawCalls;
        drawCalls = 0;
        return n;
    }

    /** Meshes uploaded to this context. */
    int meshCount() {
        return buckets.size();
    }

    void delete() {
        for (Bucket b : buckets.values()) {
            b.delete();
        }
        buckets.clear();
        used.clear();
        glDeleteBuffers(instanceVbo);
        smooth.shader.delete();
        flat.shader.delete();
        MemoryUtil.memFree(upload);
        upload = null;
    }
}

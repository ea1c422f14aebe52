package dev.javelin.render;

/**
 * The shape of a 3D object in its own space: vertices with normals, and triangles (or, for wireframes,
 * line segments) through them. {@link GlRenderer3D} draws every use of one mesh in a frame as one
 * instanced draw call, each instance placed, turned, scaled and coloured on its own.
 *
 * <p>The built-in shapes are unit sized and centred on the origin, so that scaling an instance by an
 * object's size gives the object's box: {@link #box()} is 1 x 1 x 1, {@link #sphere()} is 1 across,
 * {@link #plane()} is 1 x 1 in x and y facing +z. Their faces wind counter-clockwise seen from outside
 * (the renderer culls back faces: a plane is seen from its +z side only). {@link #load} reads a mesh
 * file through Assimp.
 *
 * <p>Immutable and safe to share; made on any thread. Each GL context uploads a mesh the first time it
 * is drawn there; keep using the same instance (the renderer keys uploads by identity).
 */
public final class Mesh {

    /** What the indices join. */
    public enum Primitive {
        /** Three indices per lit triangle. */
        TRIANGLES,
        /** Two indices per line segment, drawn unlit in the instance's colour, one pixel wide. */
        LINES
    }

    private static final Mesh BOX = buildBox();
    private static final Mesh SPHERE = sphere(16, 10);
    private static final Mesh PLANE = buildPlane();
    private static final Mesh WIRE_BOX = buildWireBox();
    private static final Mesh WIRE_SPHERE = buildWireSphere(32);
    private static final Mesh LINE = new Mesh("line", new float[] {0, 0, 0, 1, 0, 0}, new float[] {0, 0, 1, 0, 0, 1},
            new int[] {0, 1}, Primitive.LINES);

    private final String name;
    private final float[] positions;
    private final float[] normals;
    private final int[] indices;
    private final Primitive primitive;
    private final boolean flat;
    private final float radius;

    private Mesh(String name, float[] positions, float[] normals, int[] indices, Primitive primitive) {
        this(name, positions, normals, indices, primitive, false);
    }

    /**
     * With {@code flat}, each triangle is shaded in one colour, lit by the normal of its last vertex (the
     * provoking vertex), so that shared corners can carry the normal of a face each.
     */
    private Mesh(String name, float[] positions, float[] normals, int[] indices, Primitive primitive, boolean flat) {
        this.flat = flat;
        this.name = name;
        this.positions = positions;
        this.normals = normals;
        this.indices = indices;
        this.primitive = primitive;
        float r2 = 0f;
        for (int i = 0; i < positions.length; i += 3) {
            r2 = Math.max(r2, positions[i] * positions[i] + positions[i + 1] * positions[i + 1]
                    + positions[i + 2] * positions[i + 2]);
        }
        this.radius = (float) Math.sqrt(r2);
    }

    /**
     * A mesh from arrays (copied): {@code positions} and {@code normals} as x, y, z per vertex (normals of
     * unit length, pointing out of lit faces), {@code indices} into them, three per triangle or two per
     * line.
     *
     * @param name labels errors, never null
     * @throws IllegalArgumentException naming the first inconsistency
     */
    public static Mesh of(String name, float[] positions, float[] normals, int[] indices, Primitive primitive) {
        if (name == null || positions == null || normals == null || indices == null || primitive == null) {
            throw new IllegalArgumentException("mesh name, positions, normals, indices and primitive must not be null");
        }
        if (positions.length == 0 || positions.length % 3 != 0 || normals.length != positions.length) {
            throw new IllegalArgumentException("mesh " + name + " needs x, y, z per vertex and one normal per vertex; got "
                    + positions.length + " position and " + normals.length + " normal numbers");
        }
        int per = primitive == Primitive.TRIANGLES ? 3 : 2;
        if (indices.length == 0 || indices.length % per != 0) {
            throw new IllegalArgumentException("mesh " + name + " needs " + per + " indices per " + primitive
                    + " element; got " + indices.length);
        }
        int vertices = positions.length / 3;
        for (int i : indices) {
            if (i < 0 || i >= vertices) {
                throw new IllegalArgumentException("mesh " + name + " has index " + i + " outside its " + vertices + " vertices");
            }
        }
        for (float f : positions) {
            if (!Float.isFinite(f)) {
                throw new IllegalArgumentException("mesh " + name + " has a position that is not a finite number");
            }
        }
        return new Mesh(name, positions.clone(), normals.clone(), indices.clone(), primitive);
    }

    /**
     * Reads the first meshes of a mesh file on the classpath (glTF, GLB, OBJ, PLY, STL, FBX, Collada and
     * the other formats Assimp reads), joined into one mesh in the file's own units and axes; normals
     * are made where the file has none. Textures and materials are ignored: colour comes per instance.
     *
     * @throws IllegalArgumentException if the resource is missing or Assimp cannot read it (the message
     *                                  says why)
     */
    public static Mesh load(String classpathPath) {
        return MeshFiles.read(Resources.read(classpathPath), classpathPath);
    }

    /**
     * Reads mesh file bytes as {@link #load} does. {@code name} labels errors, and its extension (such
     * as {@code .obj} or {@code .glb}) tells Assimp the format.
     */
    public static Mesh decode(byte[] file, String name) {
        if (file == null || name == null) {
            throw new IllegalArgumentException("mesh file bytes and name must not be null");
        }
        return MeshFiles.read(file, name);
    }

    /** The unit cube, flat faces: 8 vertices, 12 triangles. */
    public static Mesh box() {
        return BOX;
    }

    /** A sphere of diameter 1 with 16 segments round and 10 rings. */
    public static Mesh sphere() {
        return SPHERE;
    }

    /** A 1 x 1 square in the x-y plane facing +z (a floor when z is up). */
    public static Mesh plane() {
        return PLANE;
    }

    /** The 12 edges of the unit cube, as lines (for debug views of box shapes). */
    public static Mesh wireBox() {
        return WIRE_BOX;
    }

    /** Three great circles of the sphere of diameter 1, as lines (for debug views of sphere shapes). */
    public static Mesh wireSphere() {
        return WIRE_SPHERE;
    }

    /**
     * The edges of this triangle mesh as lines (each edge once), for a debug view of a shape such as a
     * convex hull; a line mesh is returned as it is.
     */
    public Mesh wireframe() {
        if (primitive == Primitive.LINES) {
            return this;
        }
        java.util.Set<Long> seen = new java.util.HashSet<>();
        int[] edges = new int[indices.length * 2];
        int k = 0;
        for (int t = 0; t < indices.length; t += 3) {
            for (int e = 0; e < 3; e++) {
                int a = indices[t + e];
                int b = indices[t + (e + 1) % 3];
                long key = (long) Math.min(a, b) << 32 | Math.max(a, b);
                if (a != b && seen.add(key)) {
                    edges[k++] = a;
                    edges[k++] = b;
                }
            }
        }
        return new Mesh(name + " wireframe", positions, normals, java.util.Arrays.copyOf(edges, k), Primitive.LINES);
    }

    /** The segment from (0, 0, 0) to (1, 0, 0), as a line: what {@link Graphics3D#line} draws. */
    static Mesh line() {
        return LINE;
    }

    /** A sphere of diameter 1 with {@code segments} (3 or more) round and {@code rings} (2 or more) from pole to pole. */
    public static Mesh sphere(int segments, int rings) {
        if (segments < 3 || rings < 2) {
            throw new IllegalArgumentException("a sphere needs at least 3 segments and 2 rings, got " + segments
                    + " and " + rings);
        }
        int n = (segments + 1) * (rings + 1);
        float[] p = new float[n * 3];
        float[] nm = new float[n * 3];
        int k = 0;
        for (int r = 0; r <= rings; r++) {
            double theta = Math.PI * r / rings; // from +z down to -z
            for (int s = 0; s <= segments; s++) {
                double phi = 2 * Math.PI * s / segments;
                float x = (float) (Math.sin(theta) * Math.cos(phi));
                float y = (float) (Math.sin(theta) * Math.sin(phi));
                float z = (float) Math.cos(theta);
                nm[k] = x;
                nm[k + 1] = y;
                nm[k + 2] = z;
                p[k] = x * 0.5f;
                p[k + 1] = y * 0.5f;
                p[k + 2] = z * 0.5f;
                k += 3;
            }
        }
        int[] idx = new int[segments * rings * 6];
        int i = 0;
        for (int r = 0; r < rings; r++) {
            for (int s = 0; s < segments; s++) {
                int a = r * (segments + 1) + s;
                int b = a + segments + 1;
                idx[i++] = a;
                idx[i++] = b;
                idx[i++] = b + 1;
                idx[i++] = a;
                idx[i++] = b + 1;
                idx[i++] = a + 1;
            }
        }
        return new Mesh("sphere", p, nm, idx, Primitive.TRIANGLES);
    }

    /**
     * The unit cube with 8 shared corners instead of 24 face vertices: each face's two triangles end on
     * one corner of that face, a different corner for every face, and that corner carries the face's
     * normal; drawn flat (provoking vertex), every face shades as one. A third of the vertices to
     * transform and light, which is what a software rasteriser spends its render-thread time on.
     */
    private static Mesh buildBox() {
        float[] p = new float[8 * 3];
        for (int i = 0; i < 8; i++) {
            p[i * 3] = (i & 1) == 0 ? -0.5f : 0.5f;
            p[i * 3 + 1] = (i & 2) == 0 ? -0.5f : 0.5f;
            p[i * 3 + 2] = (i & 4) == 0 ? -0.5f : 0.5f;
        }
        // Per face: its outward normal, its corners counter-clockwise seen from outside, and the corner
        // (one per face, all different) that ends both of its triangles.
        int[][] quads = {
            {1, 3, 7, 5}, {0, 4, 6, 2}, // +x, -x
            {2, 6, 7, 3}, {0, 1, 5, 4}, // +y, -y
            {4, 5, 7, 6}, {0, 2, 3, 1}, // +z, -z
        };
        float[][] normalsOf = {{1, 0, 0}, {-1, 0, 0}, {0, 1, 0}, {0, -1, 0}, {0, 0, 1}, {0, 0, -1}};
        int[] provoking = {5, 2, 3, 0, 7, 1};
        float[] n = new float[8 * 3];
        int[] idx = new int[36];
        for (int f = 0; f < 6; f++) {
            int[] q = quads[f];
            int k = 0;
            while (q[k] != provoking[f]) {
                k++;
            }
            int c = q[k];
            int d = q[(k + 1) % 4];
            int a = q[(k + 2) % 4];
            int b = q[(k + 3) % 4];
            System.arraycopy(normalsOf[f], 0, n, c * 3, 3);
            System.arraycopy(new int[] {a, b, c, d, a, c}, 0, idx, f * 6, 6);
        }
        return new Mesh("box", p, n, idx, Primitive.TRIANGLES, true);
    }

    private static Mesh buildPlane() {
        float[] p = {-0.5f, -0.5f, 0, 0.5f, -0.5f, 0, 0.5f, 0.5f, 0, -0.5f, 0.5f, 0};
        float[] n = {0, 0, 1, 0, 0, 1, 0, 0, 1, 0, 0, 1};
        return new Mesh("plane", p, n, new int[] {0, 1, 2, 0, 2, 3}, Primitive.TRIANGLES);
    }

    private static Mesh buildWireBox() {
        float[] p = new float[8 * 3];
        for (int i = 0; i < 8; i++) {
            p[i * 3] = (i & 1) == 0 ? -0.5f : 0.5f;
            p[i * 3 + 1] = (i & 2) == 0 ? -0.5f : 0.5f;
            p[i * 3 + 2] = (i & 4) == 0 ? -0.5f : 0.5f;
        }
        float[] n = new float[p.length];
        for (int i = 0; i < n.length; i += 3) {
            n[i + 2] = 1f;
        }
        int[] idx = new int[24];
        int k = 0;
        // Corners differing in one bit share an edge.
        for (int i = 0; i < 8; i++) {
            for (int bit = 1; bit < 8; bit <<= 1) {
                if ((i & bit) == 0) {
                    idx[k++] = i;
                    idx[k++] = i | bit;
                }
            }
        }
        return new Mesh("wire box", p, n, idx, Primitive.LINES);
    }

    private static Mesh buildWireSphere(int segments) {
        float[] p = new float[3 * segments * 3];
        int[] idx = new int[3 * segments * 2];
        for (int c = 0; c < 3; c++) {
            for (int s = 0; s < segments; s++) {
                double a = 2 * Math.PI * s / segments;
                int k = (c * segments + s) * 3;
                float u = (float) (0.5 * Math.cos(a));
                float v = (float) (0.5 * Math.sin(a));
                // Circle c lies in the plane of the two axes other than c.
                p[k + (c + 1) % 3] = u;
                p[k + (c + 2) % 3] = v;
                int e = (c * segments + s) * 2;
                idx[e] = c * segments + s;
                idx[e + 1] = c * segments + (s + 1) % segments;
            }
        }
        float[] n = new float[p.length];
        for (int i = 0; i < n.length; i += 3) {
            n[i + 2] = 1f;
        }
        return new Mesh("wire sphere", p, n, idx, Primitive.LINES);
    }

    /** A label for errors and logs. */
    public String name() {
        return name;
    }

    /** Number of vertices. */
    public int vertexCount() {
        return positions.length / 3;
    }

    /** Number of indices (three per triangle, two per line). */
    public int indexCount() {
        return indices.length;
    }

    /** What the indices join. */
    public Primitive primitive() {
        return primitive;
    }

    /** Whether each triangle is shaded in one colour, by the normal of its last vertex. */
    boolean isFlat() {
        return flat;
    }

    /** Distance from the origin to the farthest vertex, in the mesh's units. */
    public float radius() {
        return radius;
    }

    /** Copy of the positions, x, y, z per vertex. */
    public float[] positions() {
        return positions.clone();
    }

    /** Copy of the normals, x, y, z per vertex. */
    public float[] normals() {
        return normals.clone();
    }

    /** Copy of the indices. */
    public int[] indices() {
        return indices.clone();
    }

    /** Interleaved position and normal, 6 floats per vertex, for upload. */
    float[] interleaved() {
        float[] out = new float[positions.length * 2];
        for (int v = 0; v < positions.length / 3; v++) {
            System.arraycopy(positions, v * 3, out, v * 6, 3);
            System.arraycopy(normals, v * 3, out, v * 6 + 3, 3);
        }
        return out;
    }

    int[] indicesDirect() {
        return indices;
    }

    @Override
    public String toString() {
        return "Mesh[" + name + ", " + vertexCount() + " vertices, " + indices.length / (primitive == Primitive.TRIANGLES ? 3 : 2)
                + " " + primitive.name().toLowerCase(java.util.Locale.ROOT) + "]";
    }
}

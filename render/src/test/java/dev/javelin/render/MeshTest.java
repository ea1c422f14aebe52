package dev.javelin.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.joml.Vector3f;
import org.junit.jupiter.api.Test;

class MeshTest {

    @Test
    void builtInShapesAreUnitSizedAndCentred() {
        assertEquals(8, Mesh.box().vertexCount(), "corners shared, faces shaded flat");
        assertEquals(36, Mesh.box().indexCount());
        assertEquals((float) Math.sqrt(0.75), Mesh.box().radius(), 1e-6f);
        assertEquals(0.5f, Mesh.sphere().radius(), 1e-6f);
        assertEquals(6, Mesh.plane().indexCount());
        assertEquals(Mesh.Primitive.LINES, Mesh.wireBox().primitive());
        assertEquals(24, Mesh.wireBox().indexCount(), "12 edges");
    }

    @Test
    void boxTrianglesWindCounterClockwiseSeenFromOutside() {
        assertOutwardWinding(Mesh.box());
        assertOutwardWinding(Mesh.sphere());
    }

    /**
     * Every triangle's winding normal points the same way as the normal it is lit by (its first vertex's;
     * for a flat mesh its last, provoking vertex's, which must then be the face's own normal).
     */
    private static void assertOutwardWinding(Mesh m) {
        float[] p = m.positions();
        float[] n = m.normals();
        int[] idx = m.indices();
        for (int t = 0; t < idx.length; t += 3) {
            Vector3f a = new Vector3f(p[idx[t] * 3], p[idx[t] * 3 + 1], p[idx[t] * 3 + 2]);
            Vector3f b = new Vector3f(p[idx[t + 1] * 3], p[idx[t + 1] * 3 + 1], p[idx[t + 1] * 3 + 2]);
            Vector3f c = new Vector3f(p[idx[t + 2] * 3], p[idx[t + 2] * 3 + 1], p[idx[t + 2] * 3 + 2]);
            Vector3f face = new Vector3f(b).sub(a).cross(new Vector3f(c).sub(a));
            if (face.lengthSquared() < 1e-12f) {
                continue; // a degenerate triangle at a sphere's pole
            }
            int lit = m.isFlat() ? idx[t + 2] : idx[t];
            Vector3f normal = new Vector3f(n[lit * 3], n[lit * 3 + 1], n[lit * 3 + 2]);
            assertTrue(face.dot(normal) > 0, m.name() + " triangle " + t / 3 + " winds inward");
            if (m.isFlat()) {
                assertEquals(1f, face.normalize().dot(normal), 1e-6f, m.name() + " triangle " + t / 3 + " lit by its face's normal");
            }
        }
    }

    @Test
    void objFileLoadsThroughAssimpWithNormals() {
        Mesh m = Mesh.load("meshes/pyramid.obj");
        assertEquals(Mesh.Primitive.TRIANGLES, m.primitive());
        assertEquals(6 * 3, m.indexCount(), "4 sides and the base as 2 triangles");
        assertEquals(5, m.vertexCount(), "corners shared");
        assertEquals((float) Math.sqrt(2), m.radius(), 1e-5f);
        float[] n = m.normals();
        for (int v = 0; v < m.vertexCount(); v++) {
            float len = (float) Math.sqrt(n[v * 3] * n[v * 3] + n[v * 3 + 1] * n[v * 3 + 1] + n[v * 3 + 2] * n[v * 3 + 2]);
            assertEquals(1f, len, 1e-4f, "normal of vertex " + v);
        }
        assertOutwardWindingAboutCentroid(m);
    }

    private static void assertOutwardWindingAboutCentroid(Mesh m) {
        float[] p = m.positions();
        int[] idx = m.indices();
        Vector3f centre = new Vector3f(0f, 0f, 0.25f);
        for (int t = 0; t < idx.length; t += 3) {
            Vector3f a = new Vector3f(p[idx[t] * 3], p[idx[t] * 3 + 1], p[idx[t] * 3 + 2]);
            Vector3f b = new Vector3f(p[idx[t + 1] * 3], p[idx[t + 1] * 3 + 1], p[idx[t + 1] * 3 + 2]);
            Vector3f c = new Vector3f(p[idx[t + 2] * 3], p[idx[t + 2] * 3 + 1], p[idx[t + 2] * 3 + 2]);
            Vector3f face = new Vector3f(b).sub(a).cross(new Vector3f(c).sub(a));
            assertTrue(face.dot(new Vector3f(a).sub(centre)) > 0, "file triangle " + t / 3 + " keeps its winding");
        }
    }

    @Test
    void wireframeOfATriangleMeshHasEachEdgeOnce() {
        Mesh pyramid = Mesh.load("meshes/pyramid.obj").wireframe();
        assertEquals(Mesh.Primitive.LINES, pyramid.primitive());
        // 8 edges of the pyramid and the base's diagonal from its triangulation.
        assertEquals(9 * 2, pyramid.indexCount());
        assertEquals(18 * 2, Mesh.box().wireframe().indexCount(), "12 edges and a diagonal per face");
        assertEquals(Mesh.wireBox(), Mesh.wireBox().wireframe());
    }

    @Test
    void unreadableFilesAndBadArraysFailWithAReason() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Mesh.decode("this is not a mesh".getBytes(StandardCharsets.US_ASCII), "junk.glb"));
        assertTrue(e.getMessage().contains("junk.glb"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Mesh.load("meshes/missing.obj"));
        assertTrue(e.getMessage().contains("meshes/missing.obj"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Mesh.of("tri", new float[] {0, 0, 0, 1, 0, 0, 0, 1, 0},
                new float[9], new int[] {0, 1, 3}, Mesh.Primitive.TRIANGLES));
        assertTrue(e.getMessage().contains("index 3"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Mesh.of("tri", new float[] {0, 0, 0, 1, 0, 0, 0, 1, 0},
                new float[9], new int[] {0, 1}, Mesh.Primitive.TRIANGLES));
        assertTrue(e.getMessage().contains("3 indices"), e.getMessage());
    }
}

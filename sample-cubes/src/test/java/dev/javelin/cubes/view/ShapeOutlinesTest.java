package dev.javelin.cubes.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.javelin.physics.bullet.BodyShape;
import dev.javelin.render.Camera3D;
import dev.javelin.render.Graphics3D;
import dev.javelin.render.Mesh;
import java.util.ArrayList;
import java.util.List;
import org.joml.Quaternionf;
import org.joml.Vector3f;
import org.junit.jupiter.api.Test;

/** What the debug view draws for each Bullet shape, recorded through a plain {@link Graphics3D}. */
class ShapeOutlinesTest {

    private record Drawn(String mesh, float x, float y, float z, float sx, float sy, float sz, int rgba) {
    }

    private static final class Recorder implements Graphics3D {
        final List<Drawn> meshes = new ArrayList<>();
        final List<float[]> lines = new ArrayList<>();

        @Override
        public void draw(Mesh mesh, float x, float y, float z, float qx, float qy, float qz, float qw, float sx,
                         float sy, float sz, int rgba) {
            meshes.add(new Drawn(mesh.name(), x, y, z, sx, sy, sz, rgba));
        }

        @Override
        public void line(float x1, float y1, float z1, float x2, float y2, float z2, int rgba) {
            lines.add(new float[] {x1, y1, z1, x2, y2, z2});
        }

        @Override
        public Camera3D camera() {
            return null;
        }

        @Override
        public float alpha() {
            return 0f;
        }
    }

    private final ShapeOutlines outlines = new ShapeOutlines();
    private final Recorder g = new Recorder();

    @Test
    void aBoxIsTheWireBoxOfItsFullExtentsAtTheBody() {
        outlines.draw(g, BodyShape.box(0.5f, 1f, 2f), new Vector3f(1, 2, 3), new Quaternionf(), 7);
        assertEquals(List.of(new Drawn(Mesh.wireBox().name(), 1, 2, 3, 1, 2, 4, 7)), g.meshes);
    }

    @Test
    void aSphereIsTheWireSphereOfItsDiameter() {
        outlines.draw(g, BodyShape.sphere(0.75f), new Vector3f(), new Quaternionf(), 7);
        assertEquals(List.of(new Drawn(Mesh.wireSphere().name(), 0, 0, 0, 1.5f, 1.5f, 1.5f, 7)), g.meshes);
    }

    @Test
    void aCapsuleTurnedOnItsSideHasItsEndSpheresAlongTheTurnedAxis() {
        // Turned a quarter about y: the capsule's z axis lies along world x.
        Quaternionf q = new Quaternionf().rotationY((float) (Math.PI / 2));
        outlines.draw(g, BodyShape.capsule(0.5f, 2f), new Vector3f(10, 0, 0), q, 7);
        assertEquals(2, g.meshes.size());
        assertEquals(9f, Math.min(g.meshes.get(0).x(), g.meshes.get(1).x()), 1e-5f);
        assertEquals(11f, Math.max(g.meshes.get(0).x(), g.meshes.get(1).x()), 1e-5f);
        assertEquals(4, g.lines.size());
        for (float[] l : g.lines) {
            assertEquals(2f, Math.abs(l[3] - l[0]), 1e-5f, "side lines run the capsule's length");
        }
    }

    @Test
    void aHullIsTheBoxAroundItsPointsWithACrossAtEach() {
        outlines.draw(g, BodyShape.hull(0, 0, 0, 2, 0, 0, 0, 4, 0, 0, 0, 6), new Vector3f(), new Quaternionf(), 7);
        assertEquals(List.of(new Drawn(Mesh.wireBox().name(), 1, 2, 3, 2, 4, 6, 7)), g.meshes);
        assertEquals(4 * 3, g.lines.size());
    }

    @Test
    void nothingIsDrawnForABodyWithoutAShape() {
        outlines.draw(g, null, new Vector3f(), new Quaternionf(), 7);
        assertEquals(0, g.meshes.size() + g.lines.size());
    }
}

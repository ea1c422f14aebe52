package dev.javelin.engine.physics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.javelin.engine.world.DynamicObject;
import dev.javelin.engine.world.GameObject;
import dev.javelin.engine.util.GameRandom;
import dev.javelin.engine.world.PhysicalObject3D;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DetectorEquivalenceTest {

    /** Random worlds: small and large objects, some spanning the seam, a few huge walls, some static. */
    static List<GameObject> randomWorld(GameRandom r, WorldBounds bounds, int n) {
        List<GameObject> objects = new ArrayList<>();
        float w = bounds.mode() == WorldBounds.Mode.NONE ? 200 : bounds.width();
        float h = bounds.mode() == WorldBounds.Mode.NONE ? 200 : bounds.height();
        for (int i = 0; i < n; i++) {
            float size = r.nextInt(40) == 0 ? r.nextFloat(30, 150) : r.nextFloat(0.2f, 6f);
            float x = r.nextFloat(-0.1f * w, 1.1f * w);
            float y = r.nextFloat(-0.1f * h, 1.1f * h);
            GameObject o;
            if (r.nextInt(4) == 0) {
                PhysicalObject3D p = new PhysicalObject3D();
                p.position.set(x, y, r.nextFloat(0, 4));
                p.size.set(size, r.nextFloat(0.2f, 6f), r.nextFloat(0.5f, 2f));
                p.isStatic = r.nextInt(5) == 0;
                o = p;
            } else {
                DynamicObject d = new DynamicObject(x, y, size, r.nextFloat(0.2f, 6f));
                d.isStatic = r.nextInt(5) == 0;
                o = d;
            }
            objects.add(o);
        }
        return objects;
    }

    @ParameterizedTest
    @EnumSource(WorldBounds.Mode.class)
    void spatialHashReportsExactlyTheBruteForcePairs(WorldBounds.Mode mode) {
        GameRandom r = new GameRandom(mode.ordinal() + 11);
        BruteForceDetector brute = new BruteForceDetector();
        PairList expected = new PairList();
        PairList actual = new PairList();
        long totalPairs = 0;
        for (int world = 0; world < 60; world++) {
            float width = r.nextFloat(20, 120);
            float height = r.nextFloat(20, 120);
            WorldBounds bounds = switch (mode) {
                case NONE -> WorldBounds.NONE;
                case CLAMP -> WorldBounds.clamp(width, height);
                case WRAP -> WorldBounds.wrap(width, height);
            };
            List<GameObject> objects = randomWorld(r, bounds, 50 + r.nextInt(400));
            brute.detect(objects, bounds, expected);
            for (float cell : new float[] {0.5f, 3f, 17f, 500f}) {
                new SpatialHashDetector(cell).detect(objects, bounds, actual);
                assertTrue(expected.sameAs(actual), () -> "world " + bounds + " cell " + cell
                        + "\nbrute " + expected + "\nhash  " + actual);
            }
            totalPairs += expected.size();
        }
        assertTrue(totalPairs > 1000, "the random worlds must actually collide, got " + totalPairs);
    }

    @ParameterizedTest
    @EnumSource(value = WorldBounds.Mode.class, names = {"WRAP"})
    void pairsAcrossTheWrapSeamAreFound(WorldBounds.Mode mode) {
        WorldBounds bounds = WorldBounds.wrap(100, 50);
        List<GameObject> objects = List.of(
                new DynamicObject(99.8f, 10, 1, 1), new DynamicObject(0.2f, 10, 1, 1),
                new DynamicObject(50, 49.9f, 1, 1), new DynamicObject(50, 0.1f, 1, 1),
                new DynamicObject(25, 25, 1, 1));
        PairList pairs = new PairList();
        new SpatialHashDetector(4).detect(objects, bounds, pairs);
        assertEquals("[(0,1), (2,3)]", pairs.toString());
    }
}

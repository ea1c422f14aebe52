package dev.javelin.bench.physics;

import dev.javelin.engine.world.DynamicObject;
import dev.javelin.engine.world.GameObject;
import dev.javelin.engine.util.GameRandom;
import dev.javelin.engine.physics.CollisionDetector;
import dev.javelin.engine.physics.PairList;
import dev.javelin.engine.physics.WorldBounds;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.dyn4j.collision.CollisionPair;
import org.dyn4j.collision.broadphase.AABBProducer;
import org.dyn4j.collision.broadphase.BroadphaseDetector;
import org.dyn4j.collision.broadphase.DynamicAABBTree;
import org.dyn4j.collision.broadphase.NullAABBExpansionMethod;
import org.dyn4j.collision.broadphase.Sap;
import org.dyn4j.geometry.AABB;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Javelin's spatial hash against dyn4j's own broad phases (its dynamic AABB tree, which the dyn4j world
 * uses, and its sweep and prune) on the same objects: all pairs whose boxes overlap, found from scratch as
 * after a step in which everything moved (dyn4j recomputes every box, then detects in full; no fattened boxes,
 * so both report the same overlaps). Worlds of mixed sizes (90 % 0.25 to 1.5 units, 10 % 2 to 4 units),
 * either uniform over a square of one object per 16 square units or in 20 dense clusters.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class BroadPhaseBenchmark {

    /** The broad phases compared. */
    public enum Detector { JAVELIN_HASH, DYN4J_TREE, DYN4J_SAP }

    @Param({"1000", "5000"})
    public int objects;

    @Param({"UNIFORM", "CLUSTERED"})
    public String layout;

    @Param({"JAVELIN_HASH", "DYN4J_TREE", "DYN4J_SAP"})
    public Detector detector;

    private List<GameObject> world;
    private CollisionDetector hash;
    private BroadphaseDetector<GameObject> dyn4j;
    private final PairList pairs = new PairList();

    /** The same world for every detector: seeded, so every fork and every detector sees the same objects. */
    static List<GameObject> world(int objects, String layout) {
        GameRandom r = new GameRandom(4321);
        float side = (float) Math.sqrt(objects * 16.0);
        List<GameObject> out = new ArrayList<>(objects);
        float[][] centres = new float[20][];
        for (int c = 0; c < centres.length; c++) {
            centres[c] = new float[] {r.nextFloat(0, side), r.nextFloat(0, side)};
        }
        for (int i = 0; i < objects; i++) {
            boolean large = r.nextInt(10) == 0;
            float w = large ? r.nextFloat(2, 4) : r.nextFloat(0.25f, 1.5f);
            float h = large ? r.nextFloat(2, 4) : r.nextFloat(0.25f, 1.5f);
            float x;
            float y;
            if (layout.equals("CLUSTERED")) {
                float[] c = centres[r.nextInt(centres.length)];
                float spread = side / 25f;
                x = c[0] + (r.nextFloat() + r.nextFloat() + r.nextFloat() - 1.5f) * spread;
                y = c[1] + (r.nextFloat() + r.nextFloat() + r.nextFloat() - 1.5f) * spread;
            } else {
                x = r.nextFloat(0, side);
                y = r.nextFloat(0, side);
            }
            out.add(new DynamicObject(x, y, w, h));
        }
        return out;
    }

    @Setup
    public void setUp() {
        world = world(objects, layout);
        AABBProducer<GameObject> boxes = new AABBProducer<>() {
            @Override
            public AABB compute(GameObject o) {
                AABB a = new AABB(0, 0, 0, 0);
                compute(o, a);
                return a;
            }

            @Override
            public void compute(GameObject o, AABB result) {
                float hw = o.extentX() * 0.5f;
                float hh = o.extentY() * 0.5f;
                result.set(new AABB(o.x() - hw, o.y() - hh, o.x() + hw, o.y() + hh));
            }
        };
        switch (detector) {
            case JAVELIN_HASH -> hash = CollisionDetector.Kind.SPATIAL_HASH.create(4f);
            case DYN4J_TREE -> dyn4j = new DynamicAABBTree<>((a, b) -> true, boxes, new NullAABBExpansionMethod<>(), objects);
            case DYN4J_SAP -> dyn4j = new Sap<>((a, b) -> true, boxes, new NullAABBExpansionMethod<>(), objects);
        }
        if (dyn4j != null) {
            world.forEach(dyn4j::add);
        }
    }

    @Benchmark
    public int detect() {
        if (hash != null) {
            hash.detect(world, WorldBounds.NONE, pairs);
            return pairs.size();
        }
        dyn4j.update();
        int n = 0;
        Iterator<CollisionPair<GameObject>> it = dyn4j.detectIterator(true);
        while (it.hasNext()) {
            it.next();
            n++;
        }
        dyn4j.clearUpdates();
        return n;
    }
}

package dev.javelin.bench.physics;

import dev.javelin.engine.world.DynamicObject;
import dev.javelin.engine.world.GameObject;
import dev.javelin.engine.util.GameRandom;
import dev.javelin.engine.physics.CollisionDetector;
import dev.javelin.engine.physics.PairList;
import dev.javelin.engine.physics.WorldBounds;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One broad + narrow phase over a wrapping world whose area grows with the object count, so density
 * (about one object per 16 square units, objects 0.5 to 2 units wide) is the same at every size.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CollisionBenchmark {

    @Param({"500", "2000", "10000"})
    public int objects;

    @Param({"BRUTE_FORCE", "SPATIAL_HASH"})
    public CollisionDetector.Kind detector;

    private List<GameObject> world;
    private WorldBounds bounds;
    private CollisionDetector impl;
    private final PairList pairs = new PairList();

    @Setup
    public void setUp() {
        GameRandom r = new GameRandom(1234);
        float side = (float) Math.sqrt(objects * 16.0);
        bounds = WorldBounds.wrap(side, side);
        world = new ArrayList<>();
        for (int i = 0; i < objects; i++) {
            world.add(new DynamicObject(r.nextFloat(0, side), r.nextFloat(0, side),
                    r.nextFloat(0.5f, 2f), r.nextFloat(0.5f, 2f)));
        }
        impl = detector.create(4f);
    }

    @Benchmark
    public int detect() {
        impl.detect(world, bounds, pairs);
        return pairs.size();
    }
}

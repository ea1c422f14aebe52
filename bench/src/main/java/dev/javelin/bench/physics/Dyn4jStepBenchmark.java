package dev.javelin.bench.physics;

import dev.javelin.engine.world.GameWorld;
import dev.javelin.engine.physics.CollisionSink;
import dev.javelin.engine.rigid.PhysicalObject2D;
import dev.javelin.physics.dyn4j.Dyn4jConfig;
import dev.javelin.physics.dyn4j.Dyn4jPhysicsEngine;
import java.util.concurrent.TimeUnit;
import org.dyn4j.dynamics.Body;
import org.dyn4j.geometry.Geometry;
import org.dyn4j.geometry.MassType;
import org.dyn4j.world.World;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One step of 1,000 boxes heaped in a walled pit under gravity, sleeping off so that every step solves
 * thousands of contacts: through {@link Dyn4jPhysicsEngine} (rebuilt in id order, cold solver: re-enactable),
 * and a plain dyn4j world stepping the same heap with its default settings (warm-started, incremental,
 * 10 velocity iterations), as the reference of what dyn4j itself costs.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class Dyn4jStepBenchmark {

    static final int BODIES = 1000;
    static final float DT = 1f / 60f;

    /** What steps the heap. */
    public enum Stepper { JAVELIN_BINDING, DYN4J_WORLD }

    @Param({"JAVELIN_BINDING", "DYN4J_WORLD"})
    public Stepper stepper;

    private GameWorld world;
    private Dyn4jPhysicsEngine binding;
    private World<Body> plain;

    @Setup
    public void setUp() {
        if (stepper == Stepper.JAVELIN_BINDING) {
            world = new GameWorld();
            wall(world, 0, -0.5f, 42, 1);
            wall(world, -20.5f, 30, 1, 60);
            wall(world, 20.5f, 30, 1, 60);
            for (int i = 0; i < BODIES; i++) {
                world.add(new PhysicalObject2D(-19.5f + (i % 40) * 1.0f + (i / 40 % 2) * 0.3f, 0.5f + (i / 40) * 1.05f,
                        0.9f, 0.9f));
            }
            binding = new Dyn4jPhysicsEngine(Dyn4jConfig.builder().gravity(0, -10).sleep(0, 0, 0).build());
            settle();
        } else {
            plain = new World<>();
            plain.setGravity(0, -10);
            plain.getSettings().setAtRestDetectionEnabled(false);
            plainWall(0, -0.5, 42, 1);
            plainWall(-20.5, 30, 1, 60);
            plainWall(20.5, 30, 1, 60);
            for (int i = 0; i < BODIES; i++) {
                Body b = new Body();
                b.addFixture(Geometry.createRectangle(0.9, 0.9), 1, 0.5, 0);
                b.setMass(MassType.NORMAL);
                b.translate(-19.5 + (i % 40) * 1.0 + (i / 40 % 2) * 0.3, 0.5 + (i / 40) * 1.05);
                plain.addBody(b);
            }
            settle();
        }
    }

    private static void wall(GameWorld w, float x, float y, float width, float height) {
        PhysicalObject2D p = new PhysicalObject2D(x, y, width, height);
        p.isStatic = true;
        w.add(p);
    }

    private void plainWall(double x, double y, double w, double h) {
        Body b = new Body();
        b.addFixture(Geometry.createRectangle(w, h));
        b.setMass(MassType.INFINITE);
        b.translate(x, y);
        plain.addBody(b);
    }

    /** Two seconds of play, so the heap has settled into resting contacts before measuring. */
    private void settle() {
        for (int i = 0; i < 120; i++) {
            step();
        }
    }

    @Benchmark
    public int step() {
        if (binding != null) {
            binding.step(world, DT, CollisionSink.IGNORE);
            return binding.bodyCount();
        }
        plain.step(1, DT);
        return plain.getBodyCount();
    }
}

package dev.javelin.engine.physics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.javelin.engine.world.DynamicObject;
import dev.javelin.engine.world.GameObject;
import dev.javelin.engine.world.GameWorld;
import dev.javelin.engine.rigid.Fixture2D;
import dev.javelin.engine.rigid.PhysicalObject2D;
import dev.javelin.engine.rigid.Shape2D;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Circles, pair filters and mass in {@link SimplePhysicsEngine}. */
class SimpleShapesAndFiltersTest {

    private static final float DT = 1f / 60f;
    private final GameWorld world = new GameWorld();

    /** A circle of radius {@code r} (width and height 2r) in {@code category}, touching {@code mask}. */
    public static class Disc extends PhysicalObject2D {
        int category = 1;
        int mask = -1;

        Disc(float x, float y, float r) {
            super(x, y, 2 * r, 2 * r);
        }

        @Override
        protected void declareFixtures(List<Fixture2D> out) {
            out.add(Fixture2D.of(Shape2D.circle(width / 2)).filter(category, mask));
        }
    }

    /** Collects started pairs as "idA-idB". */
    private static final class Starts implements CollisionSink {
        final Set<String> pairs = new HashSet<>();

        @Override
        public void collisionStarted(GameObject a, GameObject b) {
            pairs.add(a.id() + "-" + b.id());
        }

        @Override
        public void collisionStopped(GameObject a, GameObject b) {
        }
    }

    private Set<String> touchingAfterOneStep(SimplePhysicsEngine p) {
        Starts s = new Starts();
        p.step(world, DT, s);
        return s.pairs;
    }

    @Test
    void circlesCollideAtTheSumOfTheirRadiiAndNotBefore() {
        SimplePhysicsEngine p = new SimplePhysicsEngine(PhysicsConfig.builder().build());
        Disc a = (Disc) world.add(new Disc(0, 0, 1));
        Disc b = (Disc) world.add(new Disc(2.5f, 0, 1.5f));      // centres 2.5 apart, radii sum 2.5: touching edges
        Disc c = (Disc) world.add(new Disc(-1.6f, 1.6f, 0.7f));  // boxes overlap a's, but 2.26 > 1.7: apart
        assertEquals(Set.of(), touchingAfterOneStep(p), "edge to edge is not a collision; box overlap is not either");
        b.position.x = 2.49f;
        c.position.set(-1.2f, 1.2f);                             // 1.697 < 1.7
        assertEquals(Set.of(a.id() + "-" + b.id(), a.id() + "-" + c.id()), touchingAfterOneStep(p));
    }

    @Test
    void aCircleMeetsABoxAtItsNearestPoint() {
        SimplePhysicsEngine p = new SimplePhysicsEngine(PhysicsConfig.builder().build());
        Disc ball = (Disc) world.add(new Disc(0, 0, 1));
        DynamicObject box = (DynamicObject) world.add(new DynamicObject(1.8f, 1.8f, 2, 2));
        // The box's corner is at (0.8, 0.8): 1.13 from the centre, more than the radius, though the boxes overlap.
        assertEquals(Set.of(), touchingAfterOneStep(p));
        box.position.set(1.6f, 1.6f);                            // corner (0.6, 0.6): 0.85 < 1
        assertEquals(Set.of(ball.id() + "-" + box.id()), touchingAfterOneStep(p));
    }

    @Test
    void categoriesAndMasksFilterExactlyThePairsTheySay() {
        SimplePhysicsEngine p = new SimplePhysicsEngine(PhysicsConfig.builder().build());
        int[][] filters = {{1, -1}, {2, 1}, {4, 2 | 4}, {8, 0}, {2, 2 | 4}, {1, 4}, {4, 1 | 4}};
        List<Disc> discs = new ArrayList<>();
        for (int[] f : filters) {
            // All of them overlap all the others: one pile.
            Disc d = new Disc(discs.size() * 0.01f, 0, 1);
            d.category = f[0];
            d.mask = f[1];
            discs.add((Disc) world.add(d));
        }
        Set<String> expected = new HashSet<>();
        for (int i = 0; i < discs.size(); i++) {
            for (int j = i + 1; j < discs.size(); j++) {
                Disc a = discs.get(i);
                Disc b = discs.get(j);
                if (Fixture2D.canTouch(a.category, a.mask, b.category, b.mask)) {
                    expected.add(a.id() + "-" + b.id());
                }
            }
        }
        Set<String> got = touchingAfterOneStep(p);
        assertEquals(expected, got);
        assertTrue(expected.size() > 2 && expected.size() < 21, "some of the 21 pairs pass, some do not: " + expected);
    }

    @Test
    void aPairFilterOfTheGamesOwnDecidesAsLancesCollidesWith() {
        SimplePhysicsEngine p = new SimplePhysicsEngine(PhysicsConfig.builder().build(),
                (a, b) -> a.ownerId() != b.ownerId());
        DynamicObject mine = (DynamicObject) world.add(new DynamicObject(0, 0, 2, 2));
        DynamicObject alsoMine = (DynamicObject) world.add(new DynamicObject(0.5f, 0, 2, 2));
        DynamicObject theirs = (DynamicObject) world.add(new DynamicObject(1, 0, 2, 2));
        mine.setOwnerId(1);
        alsoMine.setOwnerId(1);
        theirs.setOwnerId(2);
        assertEquals(Set.of(mine.id() + "-" + theirs.id(), alsoMine.id() + "-" + theirs.id()), touchingAfterOneStep(p));
        assertThrows(IllegalArgumentException.class, () -> new SimplePhysicsEngine(PhysicsConfig.builder().build(), null));
    }

    @Test
    void theBounceRespectsMassAndKeepsMomentum() {
        SimplePhysicsEngine p = new SimplePhysicsEngine(PhysicsConfig.builder().autoResolve(true).restitution(1).build());
        Disc heavy = (Disc) world.add(new Disc(0, 0, 0.5f));
        heavy.mass = 4;
        heavy.velocity.set(3, 0);
        Disc light = (Disc) world.add(new Disc(1.05f, 0, 0.5f));
        light.mass = 1;
        for (int i = 0; i < 30; i++) {
            p.step(world, DT, CollisionSink.IGNORE);
        }
        // Elastic, 4 kg at 3 m/s on 1 kg at rest: 4·3 = 4·v1 + v2 and energy kept give v1 = 1.8, v2 = 4.8.
        assertEquals(1.8f, heavy.velocity.x, 1e-4f);
        assertEquals(4.8f, light.velocity.x, 1e-4f);
        assertEquals(12f, heavy.mass * heavy.velocity.x + light.mass * light.velocity.x, 1e-4f);
    }

    @Test
    void staticAndKinematicBodiesDoNotGiveWayAndSensorsPushNothing() {
        SimplePhysicsEngine p = new SimplePhysicsEngine(PhysicsConfig.builder().autoResolve(true).restitution(0).build());
        PhysicalObject2D wall = (PhysicalObject2D) world.add(new PhysicalObject2D(0, 0, 1, 4));
        wall.kinematic = true;
        Disc ball = (Disc) world.add(new Disc(0.9f, 0, 0.5f));
        ball.velocity.set(-2, 0);
        p.step(world, DT, CollisionSink.IGNORE);
        assertEquals(0f, wall.position.x, "the kinematic wall stays");
        assertEquals(1f, ball.position.x, 1e-5f, "the ball is pushed out to touch it");
        assertEquals(0f, ball.velocity.x, "and stopped (restitution 0)");
    }
}

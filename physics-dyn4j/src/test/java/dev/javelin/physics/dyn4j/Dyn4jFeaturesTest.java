package dev.javelin.physics.dyn4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.javelin.engine.GameConfig;
import dev.javelin.engine.GameEngine;
import dev.javelin.engine.world.Input;
import dev.javelin.engine.internal.codec.DecodedSnapshot;
import dev.javelin.engine.internal.codec.SnapshotDecoder;
import dev.javelin.engine.internal.codec.SnapshotEncoder;
import dev.javelin.engine.internal.codec.WorldFrame;
import dev.javelin.engine.physics.PhysicsConfig;
import dev.javelin.engine.rigid.Fixture2D;
import dev.javelin.engine.rigid.Joint2D;
import dev.javelin.engine.rigid.PhysicalObject2D;
import dev.javelin.engine.rigid.Shape2D;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class Dyn4jFeaturesTest {

    /** A body whose single box fixture is in {@code category}, touching {@code mask}. */
    public static class Filtered extends PhysicalObject2D {
        int category = 1;
        int mask = -1;
        boolean sensor;

        @Override
        protected void declareFixtures(List<Fixture2D> out) {
            out.add(Fixture2D.of(Shape2D.box(width, height)).filter(category, mask).sensor(sensor));
        }
    }

    private static final class Game extends GameEngine {
        final Set<String> started = new HashSet<>();
        final Set<String> stopped = new HashSet<>();

        Game(float gravityY) {
            super(new GameConfig(60, 1, PhysicsConfig.builder().build()),
                    new Dyn4jPhysicsEngine(Dyn4jConfig.builder().gravity(0, gravityY).build()));
            events().collisionStart.subscribe((a, b) -> started.add(a.id() + "-" + b.id()));
            events().collisionStop.subscribe((a, b) -> stopped.add(a.id() + "-" + b.id()));
        }

        @Override
        public void processInput(Input input, int playerId, boolean isServer) {
        }

        Dyn4jPhysicsEngine dyn4j() {
            return (Dyn4jPhysicsEngine) physics();
        }
    }

    private static Filtered filtered(Game g, float x, int category, int mask) {
        Filtered f = new Filtered();
        f.category = category;
        f.mask = mask;
        f.position.set(x, 0);
        f.width = 1.2f;
        return g.addObject(f);
    }

    @Test
    void categoriesAndMasksFilterExactlyThePairsTheySay() {
        Game g = new Game(0);
        int[][] filters = {{1, -1}, {2, 1}, {4, 2 | 4}, {8, 0}, {2, 2 | 4}, {1, 4}};
        List<Filtered> bodies = new ArrayList<>();
        for (int i = 0; i < filters.length; i++) {
            // Every body overlaps its neighbours: the boxes are 1.2 wide, 1 apart.
            bodies.add(filtered(g, i, filters[i][0], filters[i][1]));
        }
        g.step(false);
        Set<String> expected = new HashSet<>();
        for (int i = 0; i + 1 < bodies.size(); i++) {
            Filtered a = bodies.get(i);
            Filtered b = bodies.get(i + 1);
            if (Fixture2D.canTouch(a.category, a.mask, b.category, b.mask)) {
                expected.add(a.id() + "-" + b.id());
            }
        }
        assertEquals(expected, g.started);
        assertTrue(expected.size() >= 1 && expected.size() < filters.length - 1, "some pairs pass, some do not");
    }

    @Test
    void aSensorReportsTouchingButPushesNothing() {
        Game g = new Game(0);
        Filtered sensor = filtered(g, 0, 1, -1);
        sensor.sensor = true;
        sensor.shapeChanged();
        Filtered box = filtered(g, 0.5f, 1, -1);
        for (int i = 0; i < 10; i++) {
            g.step(false);
        }
        assertEquals(Set.of(sensor.id() + "-" + box.id()), g.started);
        assertEquals(0.5f, box.position.x, "not pushed apart");
        box.velocity.set(10, 0);
        for (int i = 0; i < 20; i++) {
            g.step(false);
        }
        assertEquals(Set.of(sensor.id() + "-" + box.id()), g.stopped, "left the sensor");
    }

    @Test
    void massDecidesWhoGivesWay() {
        Game g = new Game(0);
        PhysicalObject2D heavy = g.addObject(new PhysicalObject2D(0, 0, 1, 1));
        heavy.mass = 10;
        PhysicalObject2D light = g.addObject(new PhysicalObject2D(3, 0, 1, 1));
        light.mass = 1;
        heavy.velocity.set(4, 0);
        for (int i = 0; i < 60; i++) {
            g.step(false);
        }
        // Restitution 0: they move on together with the momentum of the heavy one, 40 / 11 units/s (a response
        // blind to mass would leave each with half the speed, 2).
        assertEquals(40f / 11f, heavy.velocity.x, 0.01f);
        assertEquals(40f / 11f, light.velocity.x, 0.01f);
    }

    @Test
    void jointsHoldTheirBodies() {
        Game g = new Game(-10);
        PhysicalObject2D pivot = g.addObject(new PhysicalObject2D(0, 10, 0.2f, 0.2f));
        pivot.isStatic = true;
        PhysicalObject2D arm = g.addObject(new PhysicalObject2D(1, 10, 2, 0.2f));
        g.addObject(Joint2D.revolute(pivot, arm, 0, 10));
        PhysicalObject2D a = g.addObject(new PhysicalObject2D(10, 10, 0.5f, 0.5f));
        a.isStatic = true;
        PhysicalObject2D b = g.addObject(new PhysicalObject2D(13, 10, 0.5f, 0.5f));
        g.addObject(Joint2D.distance(a, 10, 10, b, 13, 10));
        PhysicalObject2D c = g.addObject(new PhysicalObject2D(20, 10, 1, 1));
        c.isStatic = true;
        PhysicalObject2D d = g.addObject(new PhysicalObject2D(21, 10, 1, 1));
        d.angle = 0f;
        g.addObject(Joint2D.weld(c, d, 20.5f, 10));
        float lowestB = b.position.y;
        for (int i = 0; i < 240; i++) {
            g.step(false);
            lowestB = Math.min(lowestB, b.position.y);
            assertEquals(3f, b.position.distance(a.position), 0.02f, "the rod keeps its length");
        }
        assertEquals(3, g.dyn4j().jointCount());
        // The arm swings about the pivot: its end-to-pivot distance stays 1 (the anchor is its left end).
        float armAnchorX = arm.position.x - (float) Math.cos(arm.angle);
        float armAnchorY = arm.position.y - (float) Math.sin(arm.angle);
        assertEquals(0f, Math.hypot(armAnchorX, armAnchorY - 10), 0.02, "the hinge holds");
        assertTrue(arm.position.y < 9.9f, "and the arm swung down: " + arm.position);
        assertTrue(lowestB < 7.5f, "b swung down under a on its rod: " + lowestB);
        assertEquals(21f, d.position.x, 0.02f, "the weld holds");
        assertEquals(10f, d.position.y, 0.05f);
        assertEquals(0f, d.angle, 0.02f);
    }

    @Test
    void raysAndShapesFindTheBodiesInTheirWay() {
        Game g = new Game(0);
        PhysicalObject2D near = g.addObject(new PhysicalObject2D(5, 0, 1, 1));
        PhysicalObject2D far = g.addObject(new PhysicalObject2D(10, 0, 2, 2));
        Filtered ghost = filtered(g, 3, 2, -1);
        Dyn4jQueries q = g.dyn4j().queries(g.world());
        RayHit hit = q.rayCast(0, 0, 1, 0, 100, Fixture2D.ALL);
        assertNotNull(hit);
        assertEquals(ghost, hit.body(), "the nearest, whatever its category");
        assertEquals(2.4f, hit.distance(), 1e-4f);
        assertEquals(-1f, hit.normalX(), 1e-5f);
        RayHit onlyCategory1 = q.rayCast(0, 0, 1, 0, 100, 1);
        assertEquals(near, onlyCategory1.body(), "the mask skips category 2");
        assertEquals(4.5f, onlyCategory1.distance(), 1e-4f);
        assertEquals(List.of(near, far), q.rayCastAll(0, 0, 1, 0, 100, 1).stream().map(RayHit::body).toList());
        assertNull(q.rayCast(0, 0, 0, 1, 100, Fixture2D.ALL), "nothing above");
        assertEquals(List.of(near, far), q.overlapping(Shape2D.box(6, 1), 7.5f, 0, 0, Fixture2D.ALL));
        assertEquals(List.of(far), q.overlapping(Shape2D.circle(0.5f), 10.9f, 0.9f, 0, Fixture2D.ALL));
        assertEquals(List.of(near, ghost), q.inBox(2, -1, 5, 1, Fixture2D.ALL));
        assertThrows(IllegalArgumentException.class, () -> q.rayCast(0, 0, 0, 0, 1, Fixture2D.ALL));
    }

    @Test
    void sleepingBodiesCostNoBandwidth() {
        RigidScene server = new RigidScene().populateStacks();
        SnapshotEncoder encoder = new SnapshotEncoder(RigidScene.CLASSES, 65536, 32, 64);
        SnapshotDecoder decoder = new SnapshotDecoder(RigidScene.CLASSES);
        WorldFrame frame = new WorldFrame(RigidScene.CLASSES);
        byte[] buffer = new byte[65536];
        int bytesAwake = 0;
        int bytesAsleep = 0;
        int stepsAsleep = 0;
        for (int s = 1; s <= 900; s++) {
            server.step(false);
            frame.capture(s, server.world().objects());
            int n = encoder.encode(s, frame, buffer, 0);
            DecodedSnapshot d = decoder.decode(buffer, 0, n);
            encoder.acknowledge(decoder.newestSequence());
            long awake = server.world().byClass(PhysicalObject2D.class).stream()
                    .filter(p -> !p.isStatic && !p.sleeping).count();
            if (s <= 5) {
                bytesAwake += n;
            }
            if (awake == 1 && s > 60) {
                // Only the player (who never sleeps) is awake; it stands still on the ground.
                bytesAsleep += n;
                stepsAsleep++;
                assertEquals(0, encoder.stats().updated(), "step " + s + ": no body changed");
                assertTrue(d.isComplete());
            }
        }
        assertTrue(stepsAsleep > 100, "the scene fell asleep: " + stepsAsleep + " steps");
        assertEquals(14 * stepsAsleep, bytesAsleep, "an asleep world costs the empty snapshot, 14 bytes");
        assertTrue(bytesAwake > 5 * 14 * 3, "while it moved, it cost: " + bytesAwake);
    }
}

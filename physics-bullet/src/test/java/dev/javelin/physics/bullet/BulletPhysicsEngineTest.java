package dev.javelin.physics.bullet;

import dev.javelin.engine.StepFailure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.javelin.engine.GameConfig;
import dev.javelin.engine.GameEngine;
import dev.javelin.engine.world.GameObject;
import dev.javelin.engine.world.Input;
import dev.javelin.engine.world.PhysicalObject3D;
import java.util.ArrayList;
import java.util.List;
import org.joml.Vector3f;
import org.junit.jupiter.api.Test;

/** Shapes, materials, sleeping, ray casts and collision reports, through a game engine. */
class BulletPhysicsEngineTest {

    /**
     * A floor whose top is z = 0 (a static box, or a plane) and whatever a test adds; records collision
     * reports. The floor bounces fully: Bullet multiplies the two bodies' restitutions.
     */
    static final class Scene extends GameEngine {
        final List<String> reports = new ArrayList<>();

        Scene(BulletConfig config, boolean plane) {
            super(GameConfig.defaults(), new BulletPhysicsEngine(config));
            RigidBody3D floor = new RigidBody3D();
            floor.shape = plane ? BodyShape.plane(0f, 0f, 1f, 0f) : BodyShape.box(100f, 100f, 1f);
            floor.position.z = plane ? 0f : -1f;
            floor.isStatic = true;
            floor.restitution = 1f;
            addObject(floor);
            events().collisionStart.subscribe((a, b) -> reports.add("start " + a.id() + "-" + b.id()));
            events().collisionStop.subscribe((a, b) -> reports.add("stop " + a.id() + "-" + b.id()));
        }

        Scene(BulletConfig config) {
            this(config, false);
        }

        Scene() {
            this(BulletConfig.defaults());
        }

        void steps(int n) {
            for (int i = 0; i < n; i++) {
                step(false);
            }
        }

        @Override
        public void processInput(Input input, int playerId, boolean isServer) {
        }
    }

    private static RigidBody3D body(BodyShape shape, float x, float y, float z) {
        RigidBody3D b = new RigidBody3D();
        b.shape = shape;
        b.position.set(x, y, z);
        return b;
    }

    @Test
    void everyShapeFallsAndRestsOnTheFloorAtItsOwnHeight() {
        Scene s = new Scene();
        RigidBody3D box = s.addObject(body(BodyShape.box(0.5f, 0.5f, 0.25f), 0f, 0f, 3f));
        RigidBody3D sphere = s.addObject(body(BodyShape.sphere(0.4f), 5f, 0f, 3f));
        RigidBody3D capsule = s.addObject(body(BodyShape.capsule(0.3f, 1f), 10f, 0f, 3f));
        capsule.orientation.rotationX(1.5707964f);
        RigidBody3D hull = s.addObject(body(BodyShape.hull(-0.5f, -0.5f, -0.5f, 0.5f, -0.5f, -0.5f, -0.5f, 0.5f, -0.5f,
                0.5f, 0.5f, -0.5f, -0.5f, -0.5f, 0.5f, 0.5f, -0.5f, 0.5f, -0.5f, 0.5f, 0.5f, 0.5f, 0.5f, 0.5f), 15f, 0f, 3f));
        PhysicalObject3D plain = s.addObject(new PhysicalObject3D());
        plain.position.set(20f, 0f, 3f);
        plain.friction = 0.5f;
        s.steps(240);
        assertEquals(0.25f, box.position.z, 0.05f);
        assertEquals(0.4f, sphere.position.z, 0.05f);
        assertEquals(0.3f, capsule.position.z, 0.05f);
        assertEquals(0.5f, hull.position.z, 0.08f);
        assertEquals(0.5f, plain.position.z, 0.05f);
    }

    @Test
    void roundShapesRestOnAStaticPlane() {
        Scene s = new Scene(BulletConfig.defaults(), true);
        RigidBody3D sphere = s.addObject(body(BodyShape.sphere(0.4f), 0f, 0f, 3f));
        RigidBody3D capsule = s.addObject(body(BodyShape.capsule(0.3f, 1f), 5f, 0f, 3f));
        capsule.orientation.rotationX(1.5707964f);
        s.steps(240);
        assertEquals(0.4f, sphere.position.z, 0.05f);
        assertEquals(0.3f, capsule.position.z, 0.05f);
    }

    @Test
    void restitutionBouncesAndRestingBodiesFallAsleepAndStayPut() {
        Scene s = new Scene();
        RigidBody3D dull = s.addObject(body(BodyShape.sphere(0.5f), 0f, 0f, 4f));
        RigidBody3D bouncy = s.addObject(body(BodyShape.sphere(0.5f), 3f, 0f, 4f));
        bouncy.restitution = 0.9f;
        dull.restitution = 0f;
        float bouncyPeak = 0f;
        boolean landed = false;
        for (int i = 0; i < 120; i++) {
            s.step(false);
            landed |= bouncy.position.z < 0.6f;
            if (landed) {
                bouncyPeak = Math.max(bouncyPeak, bouncy.position.z);
            }
        }
        assertTrue(bouncyPeak > 2f, "a bouncy ball should come back up, peaked at " + bouncyPeak);
        assertEquals(0.5f, dull.position.z, 0.05f);
        s.steps(300);
        assertTrue(dull.isAsleep(), "a ball at rest should sleep");
        float z = dull.position.z;
        s.steps(60);
        assertEquals(z, dull.position.z, 0f);
        assertTrue(dull.restSteps > 0);
    }

    @Test
    void dampingSlowsABodyInFlight() {
        Scene s = new Scene(BulletConfig.defaults().withGravity(0f, 0f, 0f));
        RigidBody3D free = s.addObject(body(BodyShape.sphere(0.5f), 0f, 0f, 5f));
        RigidBody3D damped = s.addObject(body(BodyShape.sphere(0.5f), 0f, 10f, 5f));
        free.velocity.set(4f, 0f, 0f);
        damped.velocity.set(4f, 0f, 0f);
        damped.linearDamping = 0.5f;
        s.steps(60);
        assertEquals(4f, free.velocity.x, 1e-3f);
        assertTrue(damped.velocity.x < 2.5f, "damped speed " + damped.velocity.x);
    }

    @Test
    void aRayFindsTheNearestObjectAndMissesWhenNothingIsThere() {
        Scene s = new Scene();
        RigidBody3D near = s.addObject(body(BodyShape.box(0.5f, 0.5f, 0.5f), 3f, 0f, 0.5f));
        s.addObject(body(BodyShape.box(0.5f, 0.5f, 0.5f), 6f, 0f, 0.5f));
        BulletPhysicsEngine physics = (BulletPhysicsEngine) s.physics();
        BulletRayHit hit = physics.rayCast(s.world(), new Vector3f(0f, 0f, 0.5f), new Vector3f(10f, 0f, 0.5f));
        assertNotNull(hit);
        assertEquals(near.id(), hit.object().id());
        assertEquals(0.25f, hit.fraction(), 0.01f);
        assertNull(physics.rayCast(s.world(), new Vector3f(0f, 5f, 0.5f), new Vector3f(10f, 5f, 0.5f)));
        BulletRayHit down = physics.rayCast(s.world(), new Vector3f(0f, 5f, 2f), new Vector3f(0f, 5f, -1f));
        assertNotNull(down, "the floor plane is hit");
        assertEquals(1, down.object().id());
    }

    @Test
    void collisionStartsAndStopsAreReportedOnceInIdOrder() {
        Scene s = new Scene();
        RigidBody3D box = s.addObject(body(BodyShape.box(0.5f, 0.5f, 0.5f), 0f, 0f, 1.5f));
        s.steps(60);
        assertEquals(List.of("start 1-" + box.id()), s.reports);
        s.reports.clear();
        box.position.z = 5f;
        box.activation = RigidBody3D.ACTIVE;
        s.step(false);
        assertEquals(List.of("stop 1-" + box.id()), s.reports);
    }

    @Test
    void aDynamicPlaneIsRefusedWithAClearMessage() {
        Scene s = new Scene();
        RigidBody3D wrong = body(BodyShape.plane(0f, 0f, 1f, 0f), 0f, 0f, 0f);
        s.addObject(wrong);
        // The engine reports a failing step as a StepFailure naming the phase; the physics' own message is its cause.
        StepFailure e = assertThrows(StepFailure.class, () -> s.step(false));
        assertTrue(e.getCause() instanceof IllegalArgumentException, e.toString());
        assertTrue(e.getCause().getMessage().contains("plane can only be static"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> BodyShape.box(0f, 1f, 1f));
        assertThrows(IllegalArgumentException.class, () -> BodyShape.hull(0f, 0f, 0f));
    }

    @Test
    void objectsOfOtherClassesAreLeftAlone() {
        Scene s = new Scene();
        GameObject flat = s.addObject(new dev.javelin.engine.world.DynamicObject(1f, 2f, 1f, 1f));
        s.steps(10);
        assertEquals(1f, flat.x());
        assertEquals(2f, flat.y());
    }
}

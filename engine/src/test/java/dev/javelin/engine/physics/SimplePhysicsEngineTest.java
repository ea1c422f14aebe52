package dev.javelin.engine.physics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.javelin.engine.world.DynamicObject;
import dev.javelin.engine.world.GameWorld;
import dev.javelin.engine.world.PhysicalObject3D;
import org.junit.jupiter.api.Test;

class SimplePhysicsEngineTest {

    private static final float DT = 1f / 60f;
    private final GameWorld world = new GameWorld();

    private SimplePhysicsEngine physics(PhysicsConfig.Builder b) {
        return new SimplePhysicsEngine(b.build());
    }

    @Test
    void gravityAccelerates() {
        SimplePhysicsEngine p = physics(PhysicsConfig.builder().gravity(0, -10));
        DynamicObject o = (DynamicObject) world.add(new DynamicObject());
        for (int i = 0; i < 60; i++) {
            p.step(world, DT, CollisionSink.IGNORE);
        }
        assertEquals(-10f, o.velocity.y, 1e-4f);
        assertEquals(-5.08f, o.position.y, 0.01f);
    }

    @Test
    void frictionAndMaxSpeedLimitVelocity() {
        SimplePhysicsEngine p = physics(PhysicsConfig.builder());
        DynamicObject slowed = (DynamicObject) world.add(new DynamicObject());
        slowed.velocity.set(10, 0);
        slowed.friction = 0.5f;
        DynamicObject capped = (DynamicObject) world.add(new DynamicObject(10, 10, 1, 1));
        capped.velocity.set(30, 40);
        capped.maxSpeed = 5;
        p.step(world, DT, CollisionSink.IGNORE);
        assertEquals(5f, slowed.velocity.x, 1e-6f);
        assertEquals(5f, capped.velocity.length(), 1e-5f);
        assertEquals(3f, capped.velocity.x, 1e-5f);
    }

    @Test
    void staticObjectsNeverMove() {
        SimplePhysicsEngine p = physics(PhysicsConfig.builder().gravity(0, -10));
        DynamicObject wall = (DynamicObject) world.add(new DynamicObject(1, 1, 1, 1));
        wall.isStatic = true;
        wall.velocity.set(5, 5);
        p.step(world, DT, CollisionSink.IGNORE);
        assertEquals(1f, wall.position.x);
        assertEquals(1f, wall.position.y);
    }

    @Test
    void wrapCarriesAnObjectToTheOtherSide() {
        SimplePhysicsEngine p = physics(PhysicsConfig.builder().bounds(WorldBounds.wrap(100, 100)));
        DynamicObject o = (DynamicObject) world.add(new DynamicObject(99.9f, 50, 1, 1));
        o.velocity.set(60, 0);
        p.step(world, DT, CollisionSink.IGNORE);
        assertEquals(0.9f, o.position.x, 1e-4f);
    }

    @Test
    void clampStopsAtTheWallAndBounces() {
        SimplePhysicsEngine p = physics(PhysicsConfig.builder().bounds(WorldBounds.clamp(10, 10)).restitution(0.5f));
        DynamicObject o = (DynamicObject) world.add(new DynamicObject(9.4f, 5, 1, 1));
        o.velocity.set(60, 0);
        p.step(world, DT, CollisionSink.IGNORE);
        assertEquals(9.5f, o.position.x, 1e-5f);
        assertEquals(-30f, o.velocity.x, 1e-4f);
    }

    @Test
    void autoResolvePushesOverlappingObjectsApartAndBounces() {
        SimplePhysicsEngine p = physics(PhysicsConfig.builder().autoResolve(true));
        DynamicObject a = (DynamicObject) world.add(new DynamicObject(0, 0, 2, 2));
        DynamicObject b = (DynamicObject) world.add(new DynamicObject(1.5f, 0.2f, 2, 2));
        a.velocity.set(6, 0);
        b.velocity.set(-6, 0);
        p.step(world, DT, CollisionSink.IGNORE);
        assertEquals(2f, b.position.x - a.position.x, 1e-5f, "pushed apart along x, the shallower axis");
        assertTrue(a.velocity.x < 0 && b.velocity.x > 0, "velocities reversed: " + a.velocity + " " + b.velocity);
        assertEquals(0f, a.velocity.x + b.velocity.x, 1e-5f, "momentum kept with equal masses");
    }

    @Test
    void autoResolveAgainstStaticMovesOnlyTheMovingObject() {
        SimplePhysicsEngine p = physics(PhysicsConfig.builder().autoResolve(true));
        DynamicObject wall = (DynamicObject) world.add(new DynamicObject(0, 0, 2, 2));
        wall.isStatic = true;
        DynamicObject ball = (DynamicObject) world.add(new DynamicObject(0, 1.5f, 1, 1));
        ball.velocity.set(0, -6);
        p.step(world, DT, CollisionSink.IGNORE);
        assertEquals(0f, wall.position.y);
        assertEquals(1.5f, ball.position.y, 1e-5f);
        assertEquals(6f, ball.velocity.y, 1e-4f);
    }

    @Test
    void cubesFallToTheFloorAndSpinDeterministically() {
        SimplePhysicsEngine p = physics(PhysicsConfig.builder().gravity(0, 0, -9.81f)
                .bounds(WorldBounds.NONE.withZ(0, 100)).restitution(0f));
        PhysicalObject3D cube = (PhysicalObject3D) world.add(new PhysicalObject3D());
        cube.position.set(0, 0, 5);
        cube.angularVelocity.set(0, 0, 1);
        for (int i = 0; i < 300; i++) {
            p.step(world, DT, CollisionSink.IGNORE);
        }
        assertEquals(0.5f, cube.position.z, 1e-6f);
        assertEquals(1f, cube.orientation.lengthSquared(), 1e-5f);
        float yaw = 2 * (float) Math.atan2(cube.orientation.z, cube.orientation.w);
        assertEquals(5f, yaw, 0.05f);
    }

    @Test
    void badConfigNamesTheSetting() {
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> PhysicsConfig.builder().restitution(2).build());
        assertTrue(e.getMessage().contains("restitution"));
        assertFalse(PhysicsConfig.builder().build().autoResolve());
    }
}

package dev.javelin.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.javelin.engine.world.DynamicObject;
import dev.javelin.engine.world.PhysicalObject3D;
import dev.javelin.engine.physics.WorldBounds;
import org.joml.Quaternionf;
import org.junit.jupiter.api.Test;

class InterpolationTest {

    private static final float EPS = 1e-5f;

    private static DynamicObject at(float x, float y, float angle) {
        DynamicObject o = new DynamicObject(x, y, 1f, 1f);
        o.angle = angle;
        return o;
    }

    @Test
    void positionBlendsLinearlyWithAlpha() {
        DynamicObject out = new DynamicObject();
        Interpolation.lerp(at(10, 4, 0), at(11, 6, 0), 0.5f, WorldBounds.NONE, Float.POSITIVE_INFINITY, out);
        assertEquals(10.5f, out.position.x, EPS);
        assertEquals(5f, out.position.y, EPS);
    }

    @Test
    void angleTakesTheShortWayAcrossPi() {
        DynamicObject out = new DynamicObject();
        float a = (float) Math.PI - 0.1f;
        float b = -(float) Math.PI + 0.1f;
        Interpolation.lerp(at(0, 0, a), at(0, 0, b), 0.5f, WorldBounds.NONE, Float.POSITIVE_INFINITY, out);
        assertEquals((float) Math.PI, Math.abs(out.angle), 1e-4f);
    }

    @Test
    void crossingAWrapEdgeMovesTheShortWayAndLandsInsideTheWorld() {
        DynamicObject out = new DynamicObject();
        WorldBounds wrap = WorldBounds.wrap(100, 100);
        Interpolation.lerp(at(99, 50, 0), at(1, 50, 0), 0.25f, wrap, Float.POSITIVE_INFINITY, out);
        assertEquals(99.5f, out.position.x, EPS);
        Interpolation.lerp(at(99, 50, 0), at(1, 50, 0), 0.75f, wrap, Float.POSITIVE_INFINITY, out);
        assertEquals(0.5f, out.position.x, EPS);
    }

    @Test
    void jumpLongerThanTheSnapDistanceShowsTheNewStateAtOnce() {
        DynamicObject out = new DynamicObject();
        Interpolation.lerp(at(0, 0, 0), at(50, 0, 1), 0.1f, WorldBounds.NONE, 10f, out);
        assertEquals(50f, out.position.x, EPS);
        assertEquals(1f, out.angle, EPS);
    }

    @Test
    void orientationsSlerpBetweenSteps() {
        PhysicalObject3D a = new PhysicalObject3D();
        PhysicalObject3D b = new PhysicalObject3D();
        b.orientation.rotateZ((float) Math.PI / 2);
        b.position.set(2, 0, 4);
        PhysicalObject3D out = new PhysicalObject3D();
        Interpolation.lerp(a, b, 0.5f, WorldBounds.NONE, Float.POSITIVE_INFINITY, out);
        Quaternionf expected = new Quaternionf().rotateZ((float) Math.PI / 4);
        assertEquals(expected.z, out.orientation.z, 1e-5f);
        assertEquals(expected.w, out.orientation.w, 1e-5f);
        assertEquals(1f, out.position.x, EPS);
        assertEquals(2f, out.position.z, EPS);
    }

    @Test
    void orientationsAreTheEndStatesAtAlphaZeroAndOneAndTakeTheShortArc() {
        PhysicalObject3D a = new PhysicalObject3D();
        a.orientation.rotationX(0.3f);
        PhysicalObject3D b = new PhysicalObject3D();
        b.orientation.rotationY(1.2f);
        PhysicalObject3D out = new PhysicalObject3D();
        Interpolation.lerp(a, b, 0f, WorldBounds.NONE, Float.POSITIVE_INFINITY, out);
        assertEquals(0f, out.orientation.angle() - a.orientation.angle(), 1e-5f);
        assertEquals(a.orientation.x, out.orientation.x, 1e-5f);
        Interpolation.lerp(a, b, 1f, WorldBounds.NONE, Float.POSITIVE_INFINITY, out);
        assertEquals(b.orientation.y, out.orientation.y, 1e-5f);
        assertEquals(b.orientation.w, out.orientation.w, 1e-5f);
        // q and -q are the same turn: the blend must not swing the long way round between them.
        PhysicalObject3D c = new PhysicalObject3D();
        c.orientation.rotationZ(0.2f);
        PhysicalObject3D d = new PhysicalObject3D();
        d.orientation.rotationZ(0.4f);
        d.orientation.set(-d.orientation.x, -d.orientation.y, -d.orientation.z, -d.orientation.w);
        Interpolation.lerp(c, d, 0.5f, WorldBounds.NONE, Float.POSITIVE_INFINITY, out);
        assertEquals(0.3f, new Quaternionf(out.orientation).angle(), 1e-4f);
    }
}

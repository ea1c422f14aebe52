package dev.javelin.engine.internal.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.javelin.engine.world.DynamicObject;
import dev.javelin.engine.world.GameObject;
import dev.javelin.engine.world.PhysicalObject3D;
import java.util.List;

/** Bit-for-bit comparisons of networked state. */
final class States {

    private States() {
    }

    private static void eq(float expected, float actual, String what, GameObject o) {
        assertEquals(Float.floatToRawIntBits(expected), Float.floatToRawIntBits(actual),
                () -> o + " " + what + ": expected " + expected + " but was " + actual);
    }

    /** Every field the base schemas and the fixtures network, compared as raw bits. */
    static void assertSameState(GameObject e, GameObject a) {
        assertSame(e.getClass(), a.getClass());
        assertEquals(e.id(), a.id());
        assertEquals(e.ownerId(), a.ownerId(), "ownerId of " + e);
        assertEquals(e.roomId(), a.roomId(), "roomId of " + e);
        assertEquals(e.predictionKey(), a.predictionKey(), "predictionKey of " + e);
        if (e instanceof DynamicObject d) {
            DynamicObject b = (DynamicObject) a;
            eq(d.position.x, b.position.x, "position.x", e);
            eq(d.position.y, b.position.y, "position.y", e);
            eq(d.velocity.x, b.velocity.x, "velocity.x", e);
            eq(d.velocity.y, b.velocity.y, "velocity.y", e);
            eq(d.angle, b.angle, "angle", e);
            eq(d.angularVelocity, b.angularVelocity, "angularVelocity", e);
            eq(d.width, b.width, "width", e);
            eq(d.height, b.height, "height", e);
            eq(d.friction, b.friction, "friction", e);
            eq(d.maxSpeed, b.maxSpeed, "maxSpeed", e);
            eq(d.mass, b.mass, "mass", e);
            assertEquals(d.isStatic, b.isStatic);
        }
        if (e instanceof Fixtures.Ship s) {
            Fixtures.Ship t = (Fixtures.Ship) a;
            assertEquals(s.score, t.score);
            assertEquals(s.name, t.name);
            assertEquals(s.team, t.team);
            assertEquals(s.shield, t.shield);
            assertEquals(s.health, t.health);
            eq(s.heat, t.heat, "heat", e);
        }
        if (e instanceof PhysicalObject3D p) {
            PhysicalObject3D q = (PhysicalObject3D) a;
            eq(p.position.x, q.position.x, "position.x", e);
            eq(p.position.y, q.position.y, "position.y", e);
            eq(p.position.z, q.position.z, "position.z", e);
            eq(p.velocity.x, q.velocity.x, "velocity.x", e);
            eq(p.velocity.y, q.velocity.y, "velocity.y", e);
            eq(p.velocity.z, q.velocity.z, "velocity.z", e);
            eq(p.orientation.x, q.orientation.x, "orientation.x", e);
            eq(p.orientation.y, q.orientation.y, "orientation.y", e);
            eq(p.orientation.z, q.orientation.z, "orientation.z", e);
            eq(p.orientation.w, q.orientation.w, "orientation.w", e);
            eq(p.angularVelocity.x, q.angularVelocity.x, "angularVelocity.x", e);
            eq(p.angularVelocity.y, q.angularVelocity.y, "angularVelocity.y", e);
            eq(p.angularVelocity.z, q.angularVelocity.z, "angularVelocity.z", e);
            eq(p.size.x, q.size.x, "size.x", e);
            eq(p.size.y, q.size.y, "size.y", e);
            eq(p.size.z, q.size.z, "size.z", e);
            eq(p.friction, q.friction, "friction", e);
            eq(p.maxSpeed, q.maxSpeed, "maxSpeed", e);
            eq(p.mass, q.mass, "mass", e);
            assertEquals(p.isStatic, q.isStatic);
        }
    }

    /** The two lists hold the same objects (by id) with the same state, in the same order. */
    static void assertSameStates(List<? extends GameObject> expected, List<? extends GameObject> actual) {
        assertEquals(expected.size(), actual.size(), "object count");
        for (int i = 0; i < expected.size(); i++) {
            assertSameState(expected.get(i), actual.get(i));
        }
    }
}

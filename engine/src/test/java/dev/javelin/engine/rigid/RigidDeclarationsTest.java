package dev.javelin.engine.rigid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.javelin.engine.world.GameWorld;
import dev.javelin.engine.schema.ClassRegistry;
import dev.javelin.engine.schema.FloatRange;
import dev.javelin.engine.schema.NetPrecision;
import java.util.List;
import org.junit.jupiter.api.Test;

class RigidDeclarationsTest {

    @Test
    void badShapesAreRefusedWithAReason() {
        IllegalArgumentException concave = assertThrows(IllegalArgumentException.class,
                () -> Shape2D.polygon(0, 0, 2, 0, 1, 0.2f, 2, 2, 0, 2));
        assertTrue(concave.getMessage().contains("not strictly convex"), concave.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Shape2D.polygon(0, 0, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> Shape2D.polygon(0, 0, 1, 1, 2, 2));
        assertThrows(IllegalArgumentException.class, () -> Shape2D.circle(0));
        assertThrows(IllegalArgumentException.class, () -> Shape2D.box(1, Float.NaN));
        assertThrows(IllegalArgumentException.class, () -> Fixture2D.of(Shape2D.circle(1)).restitution(2));
        assertThrows(IllegalArgumentException.class, () -> Fixture2D.of(Shape2D.circle(1)).density(0));
    }

    @Test
    void aClockwisePolygonIsTurnedCounterClockwise() {
        Shape2D p = Shape2D.polygon(0, 0, 0, 1, 1, 0);
        assertEquals(3, p.vertexCount());
        double cross = (p.vertexX(1) - p.vertexX(0)) * (p.vertexY(2) - p.vertexY(1))
                - (p.vertexY(1) - p.vertexY(0)) * (p.vertexX(2) - p.vertexX(1));
        assertTrue(cross > 0);
    }

    /** A disc whose radius is its width / 2. */
    public static class Disc extends PhysicalObject2D {
        @Override
        protected void declareFixtures(List<Fixture2D> out) {
            out.add(Fixture2D.of(Shape2D.circle(width / 2)).filter(2, 4 | 8));
        }
    }

    @Test
    void fixturesAreDeclaredAgainWhenTheirInputsChange() {
        Disc d = new Disc();
        d.width = d.height = 2;
        int v = d.fixturesVersion();
        assertEquals(1f, d.circleRadius());
        assertSame(d.fixtures(), d.fixtures());
        assertEquals(v, d.fixturesVersion(), "unchanged inputs, same fixtures");
        d.width = d.height = 3;
        assertEquals(1.5f, d.circleRadius());
        assertTrue(d.fixturesVersion() > v);
        int w = d.fixturesVersion();
        d.shapeChanged();
        assertTrue(d.fixturesVersion() > w, "an explicit revision declares again too");
        assertEquals(2, d.categoryBits());
        assertEquals(12, d.maskBits());
        assertFalse(d.isSensor());
        PhysicalObject2D box = new PhysicalObject2D(0, 0, 2, 1);
        assertEquals(0f, box.circleRadius(), "the default fixture is a box");
    }

    @Test
    void aJointKeepsItsAnchorsInEachBodysOwnCoordinates() {
        GameWorld world = new GameWorld();
        PhysicalObject2D a = (PhysicalObject2D) world.add(new PhysicalObject2D(1, 1, 1, 1));
        PhysicalObject2D b = (PhysicalObject2D) world.add(new PhysicalObject2D(3, 1, 1, 1));
        b.angle = (float) (Math.PI / 2);
        Joint2D j = Joint2D.revolute(a, b, 2, 1);
        assertEquals(1f, j.anchorAX, 1e-6f);
        assertEquals(0f, j.anchorAY, 1e-6f);
        // (-1, 0) from b's centre, seen from a body turned a quarter: (0, 1) in b's coordinates.
        assertEquals(0f, j.anchorBX, 1e-6f);
        assertEquals(1f, j.anchorBY, 1e-6f);
        assertEquals(-(float) (Math.PI / 2), j.referenceAngle, 1e-6f);
        assertThrows(IllegalArgumentException.class, () -> Joint2D.revolute(a, a, 0, 0));
        assertThrows(IllegalArgumentException.class,
                () -> Joint2D.weld(a, new PhysicalObject2D(), 0, 0), "a body not in the world yet");
    }

    @Test
    void theSchemaCarriesTheSleepStateAndEveryBodyProperty() {
        ClassRegistry reg = ClassRegistry.builder(NetPrecision.builder()
                        .position(FloatRange.of(-64, 64, 256), FloatRange.of(-64, 64, 256))
                        .velocity(FloatRange.of(-32, 32, 256)).angleBits(16)
                        .angularVelocity(FloatRange.of(-16, 16, 256)).build())
                .object(1, PhysicalObject2D.class)
                .object(2, Joint2D.class)
                .build();
        assertTrue(reg.isRegistered(PhysicalObject2D.class) && reg.isRegistered(Joint2D.class));
        GameWorld world = new GameWorld();
        PhysicalObject2D p = (PhysicalObject2D) world.add(new PhysicalObject2D(1.5f, -2.25f, 2, 3));
        p.sleeping = true;
        p.restSteps = 30;
        p.kinematic = true;
        p.linearDamping = 0.5f;
        p.inertia = 7;
        p.fixedRotation = true;
        p.gravityScale = 0.25f;
        p.canSleep = false;
        p.shapeChanged();
        PhysicalObject2D copy = (PhysicalObject2D) p.copy();
        assertTrue(copy.sleeping);
        assertEquals(30, copy.restSteps);
        assertTrue(copy.kinematic && copy.fixedRotation && !copy.canSleep);
        assertEquals(0.5f, copy.linearDamping);
        assertEquals(7f, copy.inertia);
        assertEquals(0.25f, copy.gravityScale);
        assertEquals(1, copy.shapeRevision());
        PhysicalObject2D q = (PhysicalObject2D) world.add(new PhysicalObject2D(4, 0, 1, 1));
        Joint2D j = Joint2D.distance(p, 1.5f, -2.25f, q, 4, 0);
        j.frequency = 4;
        world.add(j);
        Joint2D jc = (Joint2D) j.copy();
        assertEquals(Joint2D.Kind.DISTANCE, jc.kind);
        assertEquals(j.length, jc.length);
        assertEquals(4f, jc.frequency);
        assertEquals(p.id(), jc.bodyA);
        assertEquals(q.id(), jc.bodyB);
    }
}

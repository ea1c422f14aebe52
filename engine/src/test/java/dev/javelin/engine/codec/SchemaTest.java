package dev.javelin.engine.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.javelin.engine.world.DynamicObject;
import dev.javelin.engine.world.PhysicalObject3D;
import java.util.Random;
import org.joml.Quaternionf;
import org.junit.jupiter.api.Test;

class SchemaTest {

    private static int bits(float f) {
        return Float.floatToRawIntBits(f);
    }

    @Test
    void quantizedFloatsSnapToTheirStepAndClamp() {
        FloatRange r = FloatRange.of(-32f, 32f, 512f);
        assertEquals(15, r.bits());
        assertEquals(32768, r.steps());
        Schema<DynamicObject> s = Schema.builder(DynamicObject.class)
                .quantized("x", r, o -> o.position.x, (o, v) -> o.position.x = v).build();
        DynamicObject o = new DynamicObject();
        o.position.x = 1.0015f;
        s.snap(o);
        assertEquals(1f + 1f / 512, o.position.x);
        o.position.x = 99f;
        s.snap(o);
        assertEquals(32f - 1f / 512, o.position.x);
        o.position.x = Float.NaN;
        s.snap(o);
        assertEquals(-32f, o.position.x);
        o.position.x = Float.NEGATIVE_INFINITY;
        s.snap(o);
        assertEquals(-32f, o.position.x);
    }

    @Test
    void snappingIsIdempotentForEveryFloatKind() {
        Schema<PhysicalObject3D> s = Fixtures.base3d();
        Schema<DynamicObject> d = Fixtures.base2d();
        Random rnd = new Random(5);
        PhysicalObject3D p = new PhysicalObject3D();
        DynamicObject o = new DynamicObject();
        for (int i = 0; i < 20_000; i++) {
            p.position.set(rnd.nextFloat() * 80 - 40, rnd.nextFloat() * 80 - 40, rnd.nextFloat() * 20 - 2);
            p.velocity.set(rnd.nextFloat() * 80 - 40, rnd.nextFloat(), -rnd.nextFloat());
            p.orientation.set(rnd.nextFloat() - 0.5f, rnd.nextFloat() - 0.5f, rnd.nextFloat() - 0.5f,
                    rnd.nextFloat() - 0.5f);
            o.position.set(rnd.nextFloat() * 3000 - 1500, rnd.nextFloat() * 10);
            o.angle = rnd.nextFloat() * 40 - 20;
            o.angularVelocity = rnd.nextFloat() * 70 - 35;
            s.snap(p);
            d.snap(o);
            PhysicalObject3D p2 = (PhysicalObject3D) p.copy();
            DynamicObject o2 = (DynamicObject) o.copy();
            s.snap(p2);
            d.snap(o2);
            States.assertSameState(p, p2);
            States.assertSameState(o, o2);
            assertTrue(o.angle >= -Math.PI - 1e-6 && o.angle < Math.PI);
        }
    }

    @Test
    void quaternionSnapIsIdempotentEvenAtTiesBetweenComponents() {
        Schema<PhysicalObject3D> s = Fixtures.base3d();
        Random rnd = new Random(11);
        PhysicalObject3D p = new PhysicalObject3D();
        float h = (float) Math.sqrt(0.5);
        float[][] hard = {{h, h, 0, 0}, {0.5f, 0.5f, 0.5f, 0.5f}, {-0.5f, 0.5f, -0.5f, 0.5f}, {0, 0, h, -h},
            {0, 0, 0, 0}, {Float.NaN, 0, 0, 1}, {0, 0, 0, -1}, {1e30f, 1e30f, 0, 0}};
        for (int i = 0; i < 100_000; i++) {
            if (i < hard.length) {
                float[] q = hard[i];
                p.orientation.set(q[0], q[1], q[2], q[3]);
            } else if (i % 3 == 0) {
                // Two components nearly equal and largest: the case where the rebuilt largest may lose.
                float a = 0.5f + rnd.nextFloat() * 0.2f;
                float b = a + (rnd.nextFloat() - 0.5f) * 0.004f;
                p.orientation.set(a, b, rnd.nextFloat() * 0.1f, rnd.nextFloat() * 0.1f).normalize();
            } else {
                p.orientation.set((float) rnd.nextGaussian(), (float) rnd.nextGaussian(), (float) rnd.nextGaussian(),
                        (float) rnd.nextGaussian()).normalize();
            }
            Quaternionf before = new Quaternionf(p.orientation);
            s.snap(p);
            Quaternionf once = new Quaternionf(p.orientation);
            s.snap(p);
            assertEquals(bits(once.x), bits(p.orientation.x), "quaternion " + i + " " + before);
            assertEquals(bits(once.y), bits(p.orientation.y));
            assertEquals(bits(once.z), bits(p.orientation.z));
            assertEquals(bits(once.w), bits(p.orientation.w));
            assertEquals(1.0, once.lengthSquared(), 1e-5);
            if (i >= hard.length) {
                // The same rotation, within the 9-bit precision.
                assertTrue(Math.abs(before.dot(once)) > 0.9999, "snap moved " + before + " to " + once);
            }
        }
    }

    @Test
    void stringsAreCutToTheirCapAndNullSurvives() {
        Fixtures.Ship s = new Fixtures.Ship();
        s.name = "a name far longer than sixteen";
        Fixtures.Ship.SCHEMA.snap(s);
        assertEquals("a name far longe", s.name);
        String kept = s.name;
        Fixtures.Ship.SCHEMA.snap(s);
        assertTrue(kept == s.name, "an unchanged string is not replaced");
        s.name = null;
        Fixtures.Ship.SCHEMA.snap(s);
        assertNull(s.name);
    }

    @Test
    void intsAreClampedToTheirBits() {
        Fixtures.Ship s = new Fixtures.Ship();
        s.score = 70_000;
        s.health = -600;
        Fixtures.Ship.SCHEMA.snap(s);
        assertEquals(65_535, s.score);
        assertEquals(-512, s.health);
    }

    @Test
    void aSubclassSchemaStartsWithItsParentsFields() {
        Schema<Fixtures.Ship> s = Fixtures.Ship.SCHEMA;
        Schema<DynamicObject> base = Fixtures.base2d();
        assertEquals(base.fieldCount() + 6, s.fieldCount());
        for (int i = 0; i < base.fieldCount(); i++) {
            assertEquals(base.fieldName(i), s.fieldName(i));
        }
        assertEquals("score", s.fieldName(base.fieldCount()));
        assertEquals(Fixtures.Ship.class, s.type());
    }

    @Test
    void copyTouchesOnlyNetworkedFields() {
        Schema<DynamicObject> s = Schema.builder(DynamicObject.class)
                .vec2("position", FloatRange.of(-10, 10, 64), FloatRange.of(-10, 10, 64), o -> o.position)
                .build();
        DynamicObject a = new DynamicObject(1, 2, 3, 4);
        DynamicObject b = new DynamicObject(0, 0, 9, 9);
        s.copy(a, b);
        assertEquals(1f, b.position.x);
        assertEquals(2f, b.position.y);
        assertEquals(9f, b.width);
    }

    @Test
    void badDeclarationsAreRejectedWithTheirName() {
        Schema.Builder<Fixtures.Ship> b = Fixtures.base2d().extend(Fixtures.Ship.class);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> b.bool("position", o -> true, (o, v) -> { }));
        assertTrue(e.getMessage().contains("'position' is declared twice"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> b.uint("score", 32, o -> 0, (o, v) -> { }));
        assertTrue(e.getMessage().contains("'score' must have 1 to 31 bits"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> b.angle("a", 21, o -> 0, (o, v) -> { }));
        assertThrows(IllegalArgumentException.class, () -> b.quaternion("q", 17, o -> null));
        assertThrows(IllegalArgumentException.class, () -> b.string("s", 0, o -> "", (o, v) -> { }));
        assertThrows(IllegalArgumentException.class, () -> b.bool("nothing", null, (o, v) -> { }));
        assertThrows(IllegalArgumentException.class, () -> Fixtures.base2d().extend(null));
        assertThrows(IllegalArgumentException.class, () -> new FloatRange(1, 1, 0.1f));
        assertThrows(IllegalArgumentException.class, () -> new FloatRange(0, 1, 0.3f));
        assertThrows(IllegalArgumentException.class, () -> FloatRange.of(-1e6f, 1e6f, 1024));
        Schema.Builder<DynamicObject> many = Schema.builder(DynamicObject.class);
        for (int i = 0; i < Schema.MAX_FIELDS; i++) {
            many.bool("f" + i, o -> true, (o, v) -> { });
        }
        assertThrows(IllegalArgumentException.class, () -> many.bool("one too many", o -> true, (o, v) -> { }));
    }
}

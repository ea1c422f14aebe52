package dev.javelin.engine.internal.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.javelin.engine.internal.wire.NetCodec;
import dev.javelin.engine.schema.ClassRegistry;
import dev.javelin.engine.schema.FloatRange;
import dev.javelin.engine.schema.NetCodecs;
import dev.javelin.engine.schema.NetPrecision;
import dev.javelin.engine.world.DynamicObject;
import dev.javelin.engine.world.PhysicalObject3D;
import java.util.Random;
import org.joml.Quaternionf;
import org.junit.jupiter.api.Test;

/** The generated codecs of the engine's base classes and of a game class, through the registry. */
class NetCodecTest {

    private static int bits(float f) {
        return Float.floatToRawIntBits(f);
    }

    private static <T> NetCodec<T> codec(Class<T> type, NetPrecision precision) {
        return NetCodecs.create(type, precision);
    }

    @Test
    void quantizedFloatsSnapToTheirStepAndClamp() {
        FloatRange r = FloatRange.of(-32f, 32f, 512f);
        assertEquals(15, r.bits());
        assertEquals(32768, r.steps());
        NetCodec<DynamicObject> s = codec(DynamicObject.class, NetPrecision.builder().position(r, r).build());
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
        NetCodec<PhysicalObject3D> s = codec(PhysicalObject3D.class, Fixtures.precision3d());
        NetCodec<DynamicObject> d = codec(DynamicObject.class, Fixtures.precision2d());
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
        NetCodec<PhysicalObject3D> s = codec(PhysicalObject3D.class, Fixtures.precision3d());
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

    private static final NetCodec<Fixtures.Ship> SHIP = codec(Fixtures.Ship.class, Fixtures.precision2d());

    @Test
    void stringsAreCutToTheirCapAndNullSurvives() {
        Fixtures.Ship s = new Fixtures.Ship();
        s.name = "a name far longer than sixteen";
        SHIP.snap(s);
        assertEquals("a name far longe", s.name);
        String kept = s.name;
        SHIP.snap(s);
        assertTrue(kept == s.name, "an unchanged string is not replaced");
        s.name = null;
        SHIP.snap(s);
        assertNull(s.name);
    }

    @Test
    void intsAreClampedToTheirBits() {
        Fixtures.Ship s = new Fixtures.Ship();
        s.score = 70_000;
        s.health = -600;
        SHIP.snap(s);
        assertEquals(65_535, s.score);
        assertEquals(-512, s.health);
    }

    @Test
    void aSubclassStartsWithItsParentsFieldsAndEveryObjectCarriesItsPredictionKey() {
        NetCodec<DynamicObject> base = codec(DynamicObject.class, Fixtures.precision2d());
        assertEquals(base.fieldCount() + 6, SHIP.fieldCount());
        for (int i = 0; i < base.fieldCount(); i++) {
            assertEquals(base.fieldName(i), SHIP.fieldName(i));
        }
        assertEquals("predictionKey", base.fieldName(2));
        assertEquals("score", SHIP.fieldName(base.fieldCount()));
        assertEquals(Fixtures.Ship.class, SHIP.type());
    }

    @Test
    void aKeyTheGamesPrecisionLeavesOutLeavesItsFieldOffTheWire() {
        NetPrecision noVelocity = NetPrecision.builder()
                .position(FloatRange.of(-10, 10, 64), FloatRange.of(-10, 10, 64)).angleBits(8).build();
        NetCodec<DynamicObject> s = codec(DynamicObject.class, noVelocity);
        NetCodec<DynamicObject> all = codec(DynamicObject.class, Fixtures.precision2d());
        assertEquals(all.fieldCount() - 2, s.fieldCount(), s.toString());
        assertTrue(!s.description().contains("velocity"), s.description());
        DynamicObject o = new DynamicObject();
        o.velocity.set(0.123456f, 0f);
        s.snap(o);
        assertEquals(0.123456f, o.velocity.x, "a field off the wire is not quantized");
    }

    @Test
    void copyTouchesOnlyNetworkedFieldsAndSyncToUsesTheSameCode() {
        Fixtures.Ship a = new Fixtures.Ship();
        a.position.set(1, 2);
        a.score = 5;
        a.name = "a";
        a.localCounter = 42;
        a.setPredictionKey(17);
        Fixtures.Ship b = new Fixtures.Ship();
        b.width = 9;
        SHIP.copy(a, b);
        assertEquals(1f, b.position.x);
        assertEquals(2f, b.position.y);
        assertEquals(5, b.score);
        assertEquals(17, b.predictionKey());
        assertEquals(0, b.localCounter, "local state is not copied");
        assertEquals(a.width, b.width);
        Fixtures.Ship c = new Fixtures.Ship();
        c.syncTo(a);
        States.assertSameState(a, c);
        assertEquals(0, c.localCounter);
        Fixtures.Ship d = (Fixtures.Ship) a.copy();
        States.assertSameState(a, d);
    }

    @Test
    void badPrecisionsAreRejectedWithTheirName() {
        assertThrows(IllegalArgumentException.class, () -> new FloatRange(1, 1, 0.1f));
        assertThrows(IllegalArgumentException.class, () -> new FloatRange(0, 1, 0.3f));
        assertThrows(IllegalArgumentException.class, () -> FloatRange.of(-1e6f, 1e6f, 1024));
        assertThrows(IllegalArgumentException.class, () -> NetPrecision.builder().angleBits(21));
        assertThrows(IllegalArgumentException.class, () -> NetPrecision.builder().orientationBits(17));
        NetPrecision badAngle = NetPrecision.builder().bits(NetPrecision.ANGLE, 30, 1, 32).build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ClassRegistry.builder(badAngle).object(1, Fixtures.Rock.class));
        assertTrue(e.getMessage().contains("'angle' needs 2 to 20 bits"), e.getMessage());
        assertTrue(e.getMessage().contains("Rock"), e.getMessage());
    }
}

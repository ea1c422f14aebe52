package dev.javelin.engine.internal.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.javelin.engine.schema.ClassRegistry;
import dev.javelin.engine.schema.FloatRange;
import dev.javelin.engine.schema.NetPrecision;
import dev.javelin.engine.world.PhysicalObject3D;
import org.junit.jupiter.api.Test;

/**
 * Exact sizes, so that a size regression fails a test. Layout (see {@link SnapshotLayout}): a delta header is
 * 72 bits, a full one 98; four section counts; a 32-bit checksum; padding to a byte.
 */
class SnapshotSizeTest {

    @Test
    void snapshotWithUnchangedWorldCostsFourteenBytesWhateverItsSize() {
        for (int count : new int[] {0, 1, 100, 2000}) {
            Link link = new Link(65536);
            for (int i = 0; i < count; i++) {
                Fixtures.Rock r = link.add(new Fixtures.Rock());
                r.position.set(i % 50, i / 50f);
            }
            link.roundTrip();
            link.roundTrip();
            // 72 header + 4 empty counts + 32 checksum = 108 bits.
            assertEquals(14, link.send().length, count + " objects");
            assertEquals(count, link.encoder.stats().unchanged());
        }
    }

    @Test
    void fullSnapshotOfADefaultObjectIsNineteenBytes() {
        Link link = new Link(1200);
        link.add(new Fixtures.Rock());
        // 98 header + events 1 + destroys 1 + creates: count 3, id gap 1, class 2, mask code 1 + 4 hot
        // bits + 1 "no cold field" bit (nothing differs from the prototype) + updates 1 + checksum 32 = 145 bits
        // (152 before masks were split into often- and rarely-changing fields).
        assertEquals(19, link.send().length);
    }

    @Test
    void fullSnapshotSendsOnlyFieldsThatDifferFromTheConstructedObject() {
        Link link = new Link(1200);
        Fixtures.Rock r = link.add(new Fixtures.Rock());
        r.position.set(10f, -5f);
        // 145 bits + x and y at 17 bits each = 179 bits.
        assertEquals(23, link.send().length);
    }

    @Test
    void moveOfOneStepCostsSixteenBytes() {
        Link link = new Link(1200);
        Fixtures.Rock r = link.add(new Fixtures.Rock());
        link.roundTrip();
        r.position.x += 1f / 64;
        // 72 header + events 1 + destroys 1 + creates 1 + updates: count 3, index gap 1, mask code 1 + 4 + 1,
        // position: x changed flag 1 + delta 6, y unchanged 1 + checksum 32 = 125 bits.
        assertEquals(16, link.send().length);
        assertEquals(1, link.encoder.stats().updated());
        assertEquals(3 + 1 + 6 + 8, link.encoder.stats().updateBits());
    }

    @Test
    void repeatedMasksCostOneBit() {
        Link link = new Link(1200);
        for (int i = 0; i < 10; i++) {
            link.add(new Fixtures.Rock()).position.set(i, 0);
        }
        link.roundTrip();
        link.world.objects().forEach(o -> ((Fixtures.Rock) o).position.x += 1f / 64);
        link.send();
        // count 7 (EG0 of 10), then per rock: gap 1 + delta 8, and the mask: 6 bits once, 1 bit after.
        assertEquals(7 + 10 * 9 + 6 + 9, link.encoder.stats().updateBits());
    }

    @Test
    void cubeAbsoluteAndDeltaCostsAreWithinTheirGoals() {
        // Velocities left out: a game that only interpolates its cubes.
        ClassRegistry reg = ClassRegistry.builder(NetPrecision.builder()
                .position(FloatRange.of(-32, 32, 512), FloatRange.of(-32, 32, 512), FloatRange.of(0, 16, 512))
                .orientationBits(9).build()).object(1, PhysicalObject3D.class).build();
        Link link = new Link(reg, 65536, 32);
        for (int i = 1; i <= 100; i++) {
            PhysicalObject3D c = link.add(new PhysicalObject3D());
            c.position.set(i % 10 - 5, i / 10 - 5, 0.5f);
            c.orientation.rotationXYZ(i * 0.1f, i * 0.05f, i * 0.3f);
        }
        link.roundTrip();
        EncodeStats s = link.encoder.stats();
        // Count 13; per cube: id gap 1, mask code 1 (4 for the first: 2 hot bits, 1 "no cold field"),
        // position 15 + 15 + 13, orientation 2 + 3 x 9: 74 bits, within the goal of 80 for an absolute cube.
        assertEquals(13 + 100 * 74 + 3, s.createBits());
        for (var o : link.world.objects()) {
            PhysicalObject3D c = (PhysicalObject3D) o;
            c.position.add(0.05f, -0.03f, 0f);
            c.orientation.rotateZ(0.02f);
        }
        link.roundTrip();
        // Per cube: gap 1, mask 1, x moved 26 steps (10 bits), y 15 (8), z unchanged (1), orientation
        // same index (1) and three small component deltas: about 35 bits, within the goal of 45.
        assertEquals(3482, link.encoder.stats().updateBits(), "bits of 100 moving cubes with delta");
    }
}

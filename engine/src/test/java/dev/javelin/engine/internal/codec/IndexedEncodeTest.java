package dev.javelin.engine.internal.codec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.javelin.engine.world.GameObject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Encoding the relevant objects by their index in the captured list writes what encoding them by object does. */
class IndexedEncodeTest {

    @Test
    void byIndexAndByObjectWriteTheSameSnapshots() {
        Link link = new Link(1200);
        Random rnd = new Random(11);
        for (int i = 0; i < 60; i++) {
            // Unregistered sparks in between: indices in the world's list and in the frame differ.
            GameObject o = i % 5 == 0 ? new Fixtures.Spark() : i % 2 == 0 ? new Fixtures.Ship() : new Fixtures.Rock();
            link.add(o);
        }
        SnapshotEncoder byObject = new SnapshotEncoder(link.registry);
        SnapshotEncoder byIndex = new SnapshotEncoder(link.registry);
        byte[] a = new byte[1200];
        byte[] b = new byte[1200];
        int[] indices = new int[64];
        for (int s = 1; s <= 50; s++) {
            List<GameObject> objects = link.world.objects();
            for (GameObject o : objects) {
                if (o instanceof Fixtures.Ship ship) {
                    ship.position.x += rnd.nextFloat();
                }
            }
            link.registry.snapAll(link.world.objects());
            link.frame.capture(s, objects);
            List<GameObject> relevant = new ArrayList<>();
            int count = 0;
            for (int i = 0; i < objects.size(); i++) {
                if (!(objects.get(i) instanceof Fixtures.Spark) && rnd.nextInt(4) > 0) {
                    relevant.add(objects.get(i));
                    indices[count++] = i;
                }
            }
            int la = byObject.encode(s, link.frame, relevant, a, 0);
            int lb = byIndex.encode(s, link.frame, indices, count, b, 0);
            assertArrayEquals(Arrays.copyOf(a, la), Arrays.copyOf(b, lb), "snapshot " + s);
            if (s % 3 != 0) {
                byObject.acknowledge(s);
                byIndex.acknowledge(s);
            }
        }
    }

    @Test
    void badIndicesAreRefused() {
        Link link = new Link(1200);
        link.add(new Fixtures.Rock());
        link.add(new Fixtures.Spark());
        link.add(new Fixtures.Rock());
        link.registry.snapAll(link.world.objects());
        link.frame.capture(1, link.world.objects());
        byte[] buf = new byte[1200];
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> link.encoder.encode(1, link.frame, new int[] {2, 0}, 2, buf, 0));
        assertTrue(e.getMessage().contains("ascend"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> link.encoder.encode(1, link.frame, new int[] {0, 3}, 2, buf, 0));
        assertTrue(e.getMessage().contains("ascend within the 3"), e.getMessage());
        // Nothing was half-done: a good call still encodes snapshot 1, and the unregistered Spark at index 1
        // is simply not networked: the same bytes as without it.
        int withSpark = link.encoder.encode(1, link.frame, new int[] {0, 1, 2}, 3, buf, 0);
        byte[] a = java.util.Arrays.copyOf(buf, withSpark);
        Link other = new Link(1200);
        other.add(new Fixtures.Rock());
        other.add(new Fixtures.Spark());
        other.add(new Fixtures.Rock());
        other.frame.capture(1, other.world.objects());
        int without = other.encoder.encode(1, other.frame, new int[] {0, 2}, 2, buf, 0);
        assertArrayEquals(a, java.util.Arrays.copyOf(buf, without));
    }
}

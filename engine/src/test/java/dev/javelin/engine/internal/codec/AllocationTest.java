package dev.javelin.engine.internal.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.javelin.engine.world.GameObject;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Steady-state snapshots allocate nothing: capture, snap, encode, acknowledge and decode. */
class AllocationTest {

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private static long allocated() {
        return THREADS.getThreadAllocatedBytes(Thread.currentThread().getId());
    }

    private void runSteadyState(int budget, boolean expectComplete) {
        Link link = new Link(budget);
        Random rnd = new Random(8);
        for (int i = 0; i < 500; i++) {
            Fixtures.Ship s = link.add(new Fixtures.Ship());
            s.position.set(rnd.nextFloat() * 500, rnd.nextFloat() * 500);
            s.name = "ship";
            Fixtures.Crate c = link.add(new Fixtures.Crate());
            c.position.set(rnd.nextFloat() * 20, rnd.nextFloat() * 20, 1);
        }
        float[] dx = new float[1000];
        for (int i = 0; i < dx.length; i++) {
            dx[i] = rnd.nextFloat() - 0.5f;
        }
        byte[] buf = link.buffer;
        // Four windows of 50 steady snapshots. Code that allocates per snapshot shows in every window; the
        // JIT may rarely materialise an object on deoptimisation, which shows in one window at most.
        long[] encodeBytes = new long[4];
        long[] decodeBytes = new long[4];
        boolean anyComplete = false;
        for (int s = 0; s < 700; s++) {
            long t0 = allocated();
            List<GameObject> objects = link.world.objects();
            for (int i = 0, n = objects.size(); i < n; i++) {
                GameObject o = objects.get(i);
                if (o instanceof Fixtures.Ship ship) {
                    ship.position.x += dx[i];
                    ship.angle += 0.01f;
                } else if ((i + s) % 3 == 0) {
                    ((Fixtures.Crate) o).orientation.rotateZ(0.05f);
                }
            }
            link.registry.snapAll(link.world.objects());
            link.frame.capture(s + 1, objects);
            link.encoder.acknowledge(s - 1);
            int len = link.encoder.encode(s + 1, link.frame, buf, 0);
            long t1 = allocated();
            DecodedSnapshot r = link.decoder.decode(buf, 0, len);
            long t2 = allocated();
            if (s >= 500) {
                encodeBytes[(s - 500) / 50] += t1 - t0;
                decodeBytes[(s - 500) / 50] += t2 - t1;
                anyComplete |= r.isComplete();
            }
        }
        assertEquals(expectComplete, anyComplete);
        String detail = "snap, capture and encode " + Arrays.toString(encodeBytes) + ", decode "
                + Arrays.toString(decodeBytes) + " bytes per window of 50 snapshots";
        assertEquals(0, Arrays.stream(encodeBytes).min().getAsLong(), detail);
        assertEquals(0, Arrays.stream(decodeBytes).min().getAsLong(), detail);
        assertTrue(Arrays.stream(encodeBytes).sum() + Arrays.stream(decodeBytes).sum() < 4096, detail);
    }

    @Test
    void steadySnapshotsThatFitAllocateNothing() {
        runSteadyState(65536, true);
    }

    @Test
    void steadySnapshotsOverTheBudgetAllocateNothing() {
        runSteadyState(1200, false);
    }
}

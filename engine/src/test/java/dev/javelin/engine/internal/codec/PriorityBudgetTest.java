package dev.javelin.engine.internal.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.javelin.engine.world.GameObject;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PriorityBudgetTest {

    private static void moveAll(Link link, Random rnd) {
        for (GameObject o : link.world.objects()) {
            SnapshotCodecTest.randomize(o, rnd);
        }
    }

    @Test
    void everySnapshotFitsItsBudgetAndNoObjectStarves() {
        Random rnd = new Random(9);
        int budget = 300;
        Link link = new Link(budget);
        for (int i = 0; i < 400; i++) {
            link.add(new Fixtures.Ship()).position.set(i, -i);
        }
        while (!link.roundTrip().isComplete()) {
            assertTrue(link.sequence < 200, "the join completes");
        }
        int start = link.sequence;
        Map<Integer, Integer> lastCarried = new HashMap<>();
        link.world.objects().forEach(o -> lastCarried.put(o.id(), start));
        int worstWait = 0;
        int minPerSnapshot = Integer.MAX_VALUE;
        ArrayDeque<byte[]> delay = new ArrayDeque<>();
        for (int s = 1; s <= 400; s++) {
            for (GameObject o : link.world.objects()) {
                ((Fixtures.Ship) o).position.add(rnd.nextFloat() - 0.5f, rnd.nextFloat() - 0.5f);
            }
            byte[] snap = link.send();
            assertTrue(snap.length <= budget, "snapshot " + s + " has " + snap.length + " bytes");
            delay.add(snap);
            if (delay.size() > 2) {
                DecodedSnapshot r = link.deliver(delay.poll());
                link.ack();
                assertFalse(r.isComplete(), "400 moving ships never fit 300 bytes");
                minPerSnapshot = Math.min(minPerSnapshot, r.carried().size());
                for (GameObject o : r.carried()) {
                    worstWait = Math.max(worstWait, r.sequence() - lastCarried.put(o.id(), r.sequence()));
                }
            }
        }
        int end = link.decoder.newestSequence();
        for (int last : lastCarried.values()) {
            worstWait = Math.max(worstWait, end - last);
        }
        // Every moving ship waits its turn: at least minPerSnapshot fit each snapshot, and each one sent has
        // its priority reset, so a ship waits about 400 / minPerSnapshot snapshots, never much more.
        int fairShare = (400 + minPerSnapshot - 1) / minPerSnapshot;
        assertTrue(minPerSnapshot > 10, "ships per snapshot: " + minPerSnapshot);
        assertTrue(worstWait <= fairShare + 3, "a ship waited " + worstWait + " snapshots; fair share " + fairShare);
        for (int i = 0; i < 20; i++) {
            link.roundTrip();
        }
        DecodedSnapshot r = link.roundTrip();
        assertTrue(r.isComplete());
        States.assertSameStates(link.expected(), link.decoder.objects());
    }

    @Test
    void objectsLeftOutByTheBudgetAreNotCarried() {
        Random rnd = new Random(4);
        Link link = new Link(200);
        for (int i = 0; i < 100; i++) {
            link.add(new Fixtures.Rock()).position.set(i, i);
        }
        while (!link.roundTrip().isComplete()) {
            assertTrue(link.sequence < 100, "the join completes");
        }
        moveAll(link, rnd);
        DecodedSnapshot r = link.roundTrip();
        assertFalse(r.isComplete());
        assertTrue(r.carried().size() > 0 && r.carried().size() < 100, "carried " + r.carried().size());
        assertTrue(r.carried().containsAll(r.updated()));
        assertEquals(link.encoder.stats().updated(), r.carried().size());
        Set<Integer> carried = new HashSet<>();
        r.carried().forEach(o -> carried.add(o.id()));
        for (GameObject server : link.world.objects()) {
            GameObject client = link.decoder.get(server.id());
            float sx = ((Fixtures.Rock) server).position.x;
            float cx = ((Fixtures.Rock) client).position.x;
            assertEquals(carried.contains(server.id()), sx == cx, "rock " + server.id());
        }
    }

    @Test
    void aLargeJoinFitsTheBudgetAndNeverDestroysWhatItCreated() {
        Link link = new Link(1200);
        for (int i = 0; i < 1000; i++) {
            link.add(new Fixtures.Rock()).position.set(i % 40, i / 40f);
        }
        ArrayDeque<byte[]> delay = new ArrayDeque<>();
        int created = 0;
        int snapshots = 0;
        while (link.decoder.objects().size() < 1000 || !delay.isEmpty()) {
            if (link.decoder.objects().size() < 1000) {
                byte[] s = link.send();
                assertTrue(s.length <= 1200);
                delay.add(s);
            }
            if (delay.size() > 2 || link.decoder.objects().size() == 1000) {
                DecodedSnapshot r = link.deliver(delay.poll());
                link.ack();
                assertTrue(r.destroyed().isEmpty(), "join churn in snapshot " + r.sequence());
                created += r.created().size();
            }
            assertTrue(++snapshots < 200, "the join finishes");
        }
        assertEquals(1000, created, "each object created once");
        States.assertSameStates(link.expected(), link.decoder.objects());
    }
}

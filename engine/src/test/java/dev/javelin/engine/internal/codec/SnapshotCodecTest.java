package dev.javelin.engine.internal.codec;

import dev.javelin.engine.schema.ClassRegistry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.javelin.engine.world.GameObject;
import dev.javelin.engine.world.GameWorld;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SnapshotCodecTest {

    static void randomize(GameObject o, Random rnd) {
        if (o instanceof Fixtures.Ship s) {
            s.position.set(rnd.nextFloat() * 2000 - 1000, rnd.nextFloat() * 2000 - 1000);
            s.velocity.set(rnd.nextFloat() * 100 - 50, rnd.nextFloat() * 100 - 50);
            s.angle = rnd.nextFloat() * 7 - 3.5f;
            s.angularVelocity = rnd.nextFloat() * 4 - 2;
            s.score = rnd.nextInt(70_000);
            s.name = rnd.nextBoolean() ? "pilot " + rnd.nextInt(99) : "\u00e9t\u00e9 \u2603";
            s.team = rnd.nextInt(3) == 0 ? null : Fixtures.Team.values()[rnd.nextInt(2)];
            s.shield = rnd.nextBoolean();
            s.health = rnd.nextInt(1200) - 600;
            s.heat = rnd.nextFloat();
            s.width = 1 + rnd.nextInt(3);
            s.setOwnerId(rnd.nextInt(5));
        } else if (o instanceof Fixtures.Rock r) {
            r.position.add(rnd.nextFloat() * 4 - 2, rnd.nextFloat() * 4 - 2);
            r.isStatic = rnd.nextInt(10) == 0;
            r.mass = 1 + rnd.nextInt(2);
        } else if (o instanceof Fixtures.Crate c) {
            c.position.set(rnd.nextFloat() * 60 - 30, rnd.nextFloat() * 60 - 30, rnd.nextFloat() * 16);
            c.velocity.set(rnd.nextFloat() * 10 - 5, 0, -rnd.nextFloat());
            c.orientation.rotateXYZ(rnd.nextFloat(), rnd.nextFloat(), rnd.nextFloat());
            c.angularVelocity.set(rnd.nextFloat(), 0, 0);
            c.size.set(1, 2, rnd.nextInt(2) + 1);
            c.setRoomId(rnd.nextInt(3));
        }
    }

    static GameObject newRandom(Random rnd) {
        return switch (rnd.nextInt(3)) {
            case 0 -> new Fixtures.Ship();
            case 1 -> new Fixtures.Rock();
            default -> new Fixtures.Crate();
        };
    }

    @Test
    void aDeltaWithMoreChangedObjectsThanTheEncoderHasSeenBeforeGrowsItsPlan() {
        // A view that reaches 80 objects 40 at a time never had more than 64 entries in one snapshot; then all
        // 80 change at once, and the plan's arrays must grow on the update path (they once failed to).
        Random rnd = new Random(5);
        Link link = new Link(65536);
        link.relevant = new java.util.ArrayList<>();
        for (int batch = 0; batch < 2; batch++) {
            for (int i = 0; i < 40; i++) {
                GameObject o = link.add(new Fixtures.Crate());
                randomize(o, rnd);
                link.relevant.add(o);
            }
            link.roundTrip();
        }
        for (GameObject o : link.world.objects()) {
            randomize(o, rnd);
        }
        DecodedSnapshot r = link.roundTrip();
        assertEquals(80, r.updated().size());
        States.assertSameStates(link.expected(), link.decoder.objects());
    }

    @Test
    void decodedStateIsTheServersQuantizedStateBitForBit() {
        Random rnd = new Random(42);
        Link link = new Link(65536);
        for (int i = 0; i < 300; i++) {
            GameObject o = link.add(newRandom(rnd));
            randomize(o, rnd);
        }
        link.add(new Fixtures.Spark());
        for (int round = 0; round < 40; round++) {
            for (GameObject o : link.world.objects()) {
                if (rnd.nextInt(4) == 0) {
                    randomize(o, rnd);
                }
            }
            DecodedSnapshot r = link.roundTrip();
            assertTrue(r.isComplete());
            States.assertSameStates(link.expected(), link.decoder.objects());
            assertEquals(link.frame.checksum(), r.checksum());
        }
    }

    @Test
    void createsAndDestroysSurviveLostReorderedAndDuplicatedSnapshots() {
        Random rnd = new Random(7);
        Link link = new Link(65536);
        List<byte[]> inFlight = new ArrayList<>();
        int stale = 0;
        for (int step = 0; step < 600; step++) {
            if (rnd.nextInt(3) == 0) {
                randomize(link.add(newRandom(rnd)), rnd);
            }
            if (link.world.size() > 0 && rnd.nextInt(4) == 0) {
                link.world.remove(link.world.objects().get(rnd.nextInt(link.world.size())).id());
            }
            for (GameObject o : link.world.objects()) {
                if (rnd.nextInt(5) == 0) {
                    randomize(o, rnd);
                }
            }
            byte[] s = link.send();
            if (rnd.nextInt(10) < 7) {
                inFlight.add(s);
            }
            if (rnd.nextInt(10) == 0) {
                inFlight.add(s);
            }
            // Deliver a random subset, possibly out of order.
            while (!inFlight.isEmpty() && rnd.nextInt(3) != 0) {
                DecodedSnapshot r = link.deliver(inFlight.remove(rnd.nextInt(inFlight.size())));
                stale += r.isStale() ? 1 : 0;
                if (rnd.nextInt(10) < 6) {
                    link.ack();
                }
            }
        }
        assertTrue(stale > 20, "the run exercised stale snapshots");
        link.roundTrip();
        DecodedSnapshot last = link.roundTrip();
        assertTrue(last.isComplete());
        States.assertSameStates(link.expected(), link.decoder.objects());
    }

    @Test
    void lostAcksMakeTheServerUseTheNewestOneItGot() {
        Link link = new Link(1200);
        Fixtures.Rock rock = link.add(new Fixtures.Rock());
        byte[] s1 = link.send();
        assertEquals(-1, link.encoder.stats().baselineSequence());
        link.deliver(s1);
        link.ack();
        link.deliver(link.send());
        link.deliver(link.send());
        rock.position.x = 5;
        DecodedSnapshot r = link.deliver(link.send());
        assertEquals(1, link.encoder.stats().baselineSequence());
        assertEquals(1, r.baselineSequence());
        assertEquals(List.of(rock.id()), r.updated().stream().map(GameObject::id).toList());
        link.encoder.acknowledge(3);
        link.encoder.acknowledge(2);
        link.deliver(link.send());
        assertEquals(3, link.encoder.stats().baselineSequence());
    }

    @Test
    void withoutAcksForLongerThanTheWindowSnapshotsAreFull() {
        Link link = new Link(Fixtures.registry(), 1200, 4);
        link.add(new Fixtures.Rock());
        link.roundTrip();
        for (int i = 0; i < 4; i++) {
            link.deliver(link.send());
            assertEquals(1, link.encoder.stats().baselineSequence());
        }
        DecodedSnapshot r = link.deliver(link.send());
        assertTrue(r.isFull());
        // The client keeps its object: a full snapshot carries it without re-creating it.
        assertEquals(1, r.carried().size());
        assertTrue(r.created().isEmpty() && r.destroyed().isEmpty() && r.updated().isEmpty());
    }

    @Test
    void requestFullForgetsEveryBaseline() {
        Link link = new Link(1200);
        link.add(new Fixtures.Rock());
        link.roundTrip();
        link.roundTrip();
        link.encoder.requestFull();
        assertEquals(-1, link.encoder.newestAcknowledged());
        link.encoder.acknowledge(2);
        assertEquals(-1, link.encoder.newestAcknowledged(), "acks of snapshots sent before are ignored");
        DecodedSnapshot r = link.roundTrip();
        assertTrue(r.isFull());
        assertEquals(3, link.encoder.newestAcknowledged());
    }

    @Test
    void staleAndDuplicateSnapshotsAreIgnored() {
        Link link = new Link(1200);
        Fixtures.Rock rock = link.add(new Fixtures.Rock());
        byte[] s1 = link.send();
        rock.position.x = 3;
        byte[] s2 = link.send();
        assertFalse(link.deliver(s2).isStale());
        DecodedSnapshot r = link.deliver(s1);
        assertTrue(r.isStale());
        assertTrue(r.created().isEmpty() && r.carried().isEmpty());
        assertTrue(link.deliver(s2).isStale());
        assertEquals(3f, ((Fixtures.Rock) link.decoder.get(rock.id())).position.x);
        assertEquals(2, link.decoder.newestSequence());
    }

    @Test
    void gameEventsArriveOnceEachInOrderDespiteLoss() {
        Random rnd = new Random(3);
        Link link = new Link(400);
        link.add(new Fixtures.Ship());
        List<String> sent = new ArrayList<>();
        List<String> got = new ArrayList<>();
        List<byte[]> inFlight = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            int n = rnd.nextInt(4);
            for (int e = 0; e < n; e++) {
                Fixtures.Boom b = new Fixtures.Boom();
                b.shooter = sent.size();
                b.x = rnd.nextInt(2000) - 1000;
                b.what = "boom " + sent.size();
                link.encoder.queueEvent(b, link.step + 1);
                sent.add(b.shooter + "/" + b.x + "/" + b.what + "@" + (link.step + 1));
            }
            byte[] s = link.send();
            if (rnd.nextInt(10) < 6) {
                inFlight.add(s);
            }
            while (!inFlight.isEmpty() && rnd.nextBoolean()) {
                DecodedSnapshot r = link.deliver(inFlight.remove(rnd.nextInt(inFlight.size())));
                for (int e = 0; e < r.events().size(); e++) {
                    Fixtures.Boom b = (Fixtures.Boom) r.events().get(e);
                    got.add(b.shooter + "/" + b.x + "/" + b.what + "@" + r.eventStep(e));
                }
                if (rnd.nextBoolean()) {
                    link.ack();
                }
            }
        }
        for (int i = 0; i < 5; i++) {
            DecodedSnapshot r = link.roundTrip();
            for (int e = 0; e < r.events().size(); e++) {
                Fixtures.Boom b = (Fixtures.Boom) r.events().get(e);
                got.add(b.shooter + "/" + b.x + "/" + b.what + "@" + r.eventStep(e));
            }
        }
        assertEquals(sent, got);
        assertEquals(0, link.encoder.pendingEvents());
    }

    @Test
    void anUnacknowledgingClientOverflowsItsEventQueueClearly() {
        ClassRegistry reg = Fixtures.registry();
        SnapshotEncoder enc = new SnapshotEncoder(reg, 1200, 32, 3);
        for (int i = 0; i < 3; i++) {
            enc.queueEvent(new Fixtures.Boom(), 1);
        }
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> enc.queueEvent(new Fixtures.Boom(), 1));
        assertTrue(e.getMessage().contains("game event queue full: 3 events"), e.getMessage());
    }

    @Test
    void aCorruptedChecksumIsADesyncThatChangesNothingAndAsksForAFullSnapshot() {
        Link link = new Link(1200);
        Fixtures.Rock rock = link.add(new Fixtures.Rock());
        link.roundTrip();
        rock.position.x = 9;
        byte[] s = link.send();
        s[s.length - 2] ^= 0x10;
        DesyncException e = assertThrows(DesyncException.class, () -> link.deliver(s));
        assertEquals(2, e.sequence());
        assertTrue(e.getMessage().startsWith("snapshot 2 desync: server checksum"), e.getMessage());
        assertTrue(link.decoder.fullRequested());
        assertEquals(1, link.decoder.newestSequence());
        assertEquals(0f, ((Fixtures.Rock) link.decoder.get(rock.id())).position.x);
        link.encoder.requestFull();
        DecodedSnapshot r = link.roundTrip();
        assertTrue(r.isFull());
        assertFalse(link.decoder.fullRequested());
        assertEquals(9f, ((Fixtures.Rock) link.decoder.get(rock.id())).position.x);
        assertEquals(1, link.decoder.desyncCount());
    }

    @Test
    void aClientWhoseConstructorDiffersDetectsTheDesync() {
        ClassRegistry server = Fixtures.registry();
        ClassRegistry client = ClassRegistry.builder(Fixtures.precision2d())
                .object(1, Fixtures.Ship.class)
                .object(2, Fixtures.Rock.class, () -> {
                    Fixtures.Rock r = new Fixtures.Rock();
                    r.width = 2;
                    return r;
                })
                .object(7, Fixtures.Crate.class, Fixtures.precision3d())
                .event(1, Fixtures.Boom.class)
                .build();
        Link link = new Link(server, new SnapshotEncoder(server), new SnapshotDecoder(client));
        link.add(new Fixtures.Rock());
        assertThrows(DesyncException.class, () -> link.deliver(link.send()));
        assertTrue(server.fingerprint() != client.fingerprint(), "the fingerprint would have caught it at join");
    }

    @Test
    void objectsLeavingInterestAreDestroyedAndReturnCreated() {
        Link link = new Link(1200);
        List<GameObject> all = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            all.add(link.add(new Fixtures.Rock()));
        }
        link.relevant = all;
        link.roundTrip();
        link.relevant = List.of(all.get(0), all.get(2), all.get(5));
        DecodedSnapshot r = link.roundTrip();
        assertEquals(List.of(2, 4, 5), r.destroyed().stream().map(GameObject::id).toList());
        assertEquals(3, link.encoder.stats().destroyed());
        link.relevant = all;
        ((Fixtures.Rock) all.get(3)).position.set(4, 4);
        r = link.roundTrip();
        assertEquals(List.of(2, 4, 5), r.created().stream().map(GameObject::id).toList());
        States.assertSameStates(link.expected(), link.decoder.objects());
    }

    @Test
    void anIdTakenOverByAnotherClassReplacesTheObject() {
        Link link = new Link(1200);
        Fixtures.Rock rock = link.add(new Fixtures.Rock());
        link.roundTrip();
        link.world.remove(rock.id());
        Fixtures.Ship ship = new Fixtures.Ship();
        GameWorld.assignId(ship, rock.id());
        link.add(ship);
        DecodedSnapshot r = link.roundTrip();
        assertEquals(1, r.destroyed().size());
        assertEquals(Fixtures.Ship.class, r.created().get(0).getClass());
        assertEquals(Fixtures.Ship.class, link.decoder.get(rock.id()).getClass());
    }

    @Test
    void encodeChecksItsInputs() {
        Link link = new Link(1200);
        Fixtures.Rock a = link.add(new Fixtures.Rock());
        Fixtures.Rock b = link.add(new Fixtures.Rock());
        link.roundTrip();
        byte[] buf = new byte[1200];
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> link.encoder.encode(1, link.frame, buf, 0));
        assertTrue(e.getMessage().contains("sequence must increase"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> link.encoder.encode(5, link.frame, List.of(b, a), buf, 0));
        assertTrue(e.getMessage().contains("ascending id order"), e.getMessage());
        Fixtures.Rock outside = new Fixtures.Rock();
        GameWorld.assignId(outside, 77);
        e = assertThrows(IllegalArgumentException.class, () -> link.encoder.encode(5, link.frame, List.of(outside), buf, 0));
        assertTrue(e.getMessage().contains("is not in the frame"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> link.encoder.encode(5, new WorldFrame(Fixtures.registry()), buf, 0));
        assertTrue(e.getMessage().contains("another registry"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> link.encoder.encode(5, link.frame, new byte[20], 0));
        assertNotNull(link.deliver(link.send()));
    }
}

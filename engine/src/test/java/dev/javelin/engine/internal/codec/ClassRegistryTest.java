package dev.javelin.engine.internal.codec;


import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.javelin.engine.schema.ClassRegistry;
import dev.javelin.engine.world.DynamicObject;
import dev.javelin.engine.world.GameObject;
import dev.javelin.engine.world.GameWorld;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClassRegistryTest {

    /** A class without a public no-argument constructor. */
    public static class NeedsArgs extends DynamicObject {
        public NeedsArgs(int size) {
            width = size;
        }
    }

    @Test
    void aDuplicateIdIsRejectedNamingBothClasses() {
        ClassRegistry.Builder b = ClassRegistry.builder(Fixtures.precision2d()).object(3, Fixtures.Rock.class);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> b.object(3, Fixtures.Ship.class));
        assertTrue(e.getMessage().contains("object class id 3 is registered twice"), e.getMessage());
        assertTrue(e.getMessage().contains("Rock") && e.getMessage().contains("Ship"), e.getMessage());
    }

    @Test
    void theSameClassTwiceIsRejected() {
        ClassRegistry.Builder b = ClassRegistry.builder(Fixtures.precision2d()).object(3, Fixtures.Rock.class);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> b.object(4, Fixtures.Rock.class));
        assertTrue(e.getMessage().contains("registered twice, as object class ids 3 and 4"), e.getMessage());
    }

    @Test
    void objectAndEventIdsAreSeparateSpaces() {
        ClassRegistry r = Fixtures.registry();
        assertEquals(1, r.objectId(Fixtures.Ship.class));
        assertEquals(1, r.eventId(Fixtures.Boom.class));
        assertEquals(3, r.objectClassCount());
        assertEquals(1, r.eventClassCount());
    }

    @Test
    void unusableClassesAreRejectedClearly() {
        ClassRegistry.Builder b = ClassRegistry.builder(Fixtures.precision2d());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> b.object(1, NeedsArgs.class));
        assertTrue(e.getMessage().contains("needs a public no-argument constructor"), e.getMessage());
        b.object(1, NeedsArgs.class, () -> new NeedsArgs(2));
        e = assertThrows(IllegalArgumentException.class, () -> b.object(2, GameObject.class));
        assertTrue(e.getMessage().contains("abstract"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> b.object(-1, Fixtures.Rock.class));
        assertTrue(e.getMessage().contains("must not be negative"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> b.event(1, String.class));
        assertTrue(e.getMessage().contains("has no @Net fields"), e.getMessage());
    }

    @Test
    void unregisteredObjectsLiveLocallyButAreNeverNetworked() {
        ClassRegistry r = Fixtures.registry();
        GameWorld world = new GameWorld();
        Fixtures.Rock rock = world.add(new Fixtures.Rock()) instanceof Fixtures.Rock x ? x : null;
        Fixtures.Spark spark = new Fixtures.Spark();
        spark.position.set(0.0001f, 0f);
        world.add(spark);
        r.snapAll(world.objects());
        assertEquals(0.0001f, spark.position.x, "unregistered objects are not quantized");
        WorldFrame frame = new WorldFrame(r);
        frame.capture(1, world.objects());
        assertEquals(1, frame.size());
        SnapshotEncoder enc = new SnapshotEncoder(r);
        byte[] buffer = new byte[1200];
        int n = enc.encode(1, frame, List.of(rock, spark), buffer, 0);
        SnapshotDecoder dec = new SnapshotDecoder(r);
        dec.decode(buffer, 0, n);
        assertEquals(List.of(rock.id()), dec.objects().stream().map(GameObject::id).toList(),
                "the unregistered object is simply not sent");
        n = enc.encode(2, frame, new int[] {0, 1}, 2, buffer, 0);
        dec.decode(buffer, 0, n);
        assertEquals(1, dec.objects().size());
        assertThrows(IllegalArgumentException.class, () -> r.objectId(Fixtures.Spark.class));
        assertThrows(IllegalArgumentException.class, () -> enc.queueEvent("not an event", 1));
    }

    @Test
    void fingerprintsMatchOnlyForEqualRegistrations() {
        assertEquals(Fixtures.registry().fingerprint(), Fixtures.registry().fingerprint());
        ClassRegistry otherId = ClassRegistry.builder(Fixtures.precision2d()).object(9, Fixtures.Ship.class).build();
        ClassRegistry sameId = ClassRegistry.builder(Fixtures.precision2d()).object(1, Fixtures.Ship.class).build();
        ClassRegistry otherPrecision = ClassRegistry.builder(Fixtures.precision3d()).object(1, Fixtures.Ship.class)
                .build();
        ClassRegistry otherPrototype = ClassRegistry.builder(Fixtures.precision2d()).object(1, Fixtures.Ship.class,
                () -> {
                    Fixtures.Ship s = new Fixtures.Ship();
                    s.score = 1;
                    return s;
                }).build();
        assertNotEquals(otherId.fingerprint(), sameId.fingerprint());
        assertNotEquals(otherPrecision.fingerprint(), sameId.fingerprint());
        assertNotEquals(otherPrototype.fingerprint(), sameId.fingerprint());
    }

    @Test
    void newObjectUsesTheRegistrationAndCopiesCarryIdAndNetworkedState() {
        ClassRegistry r = Fixtures.registry();
        Object o = r.newObject(1);
        assertEquals(Fixtures.Ship.class, o.getClass());
        Fixtures.Ship a = new Fixtures.Ship();
        a.score = 7;
        a.position.set(3, 4);
        a.name = "x";
        GameWorld w = new GameWorld();
        w.add(a);
        Fixtures.Ship d = (Fixtures.Ship) a.copy();
        assertEquals(a.id(), d.id());
        assertEquals("x", d.name);
        States.assertSameState(a, d);
        assertThrows(IllegalArgumentException.class, () -> r.newObject(99));
        ClassRegistry withFactory = ClassRegistry.builder(Fixtures.precision2d())
                .object(1, NeedsArgs.class, () -> new NeedsArgs(3)).build();
        assertEquals(3f, ((NeedsArgs) withFactory.newInstanceOf(NeedsArgs.class)).width);
        assertThrows(IllegalArgumentException.class, () -> r.newInstanceOf(Fixtures.Spark.class));
        assertThrows(IllegalArgumentException.class, () -> a.syncTo(new Fixtures.Rock()));
    }
}

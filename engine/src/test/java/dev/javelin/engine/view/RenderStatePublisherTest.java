package dev.javelin.engine.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.javelin.engine.world.DynamicObject;
import dev.javelin.engine.world.GameWorld;
import dev.javelin.engine.physics.WorldBounds;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class RenderStatePublisherTest {

    private static final long PERIOD = 16_666_667L;

    /** A game class with a networked field of its own, to show copies carry game fields. */
    public static class Ship extends DynamicObject {
        @dev.javelin.engine.schema.Net
        public int colour;
    }

    @Test
    void objectNewThisStepUsesItsCurrentStateAsPrevious() {
        GameWorld world = new GameWorld();
        DynamicObject a = (DynamicObject) world.add(new DynamicObject(1, 2, 1, 1));
        RenderStatePublisher p = new RenderStatePublisher(PERIOD, WorldBounds.NONE);

        RenderState s = p.publish(world.objects(), 1, 100L);

        RenderObject o = s.objects().get(0);
        assertEquals(a.id(), o.id());
        assertSame(o.previous(), o.current());
        assertTrue(o.isNew());
        assertEquals(1f, ((DynamicObject) o.current()).position.x);
    }

    @Test
    void secondPublishPairsEachObjectWithItsPreviouslyPublishedState() {
        GameWorld world = new GameWorld();
        DynamicObject a = (DynamicObject) world.add(new DynamicObject(0, 0, 1, 1));
        DynamicObject b = (DynamicObject) world.add(new DynamicObject(50, 0, 1, 1));
        RenderStatePublisher p = new RenderStatePublisher(PERIOD, WorldBounds.NONE);
        RenderState first = p.publish(world.objects(), 1, 100L);
        a.position.x = 1;
        b.position.x = 51;

        RenderState second = p.publish(world.objects(), 2, 100L + PERIOD);

        assertSame(first.objects().get(0).current(), second.objects().get(0).previous());
        assertEquals(0f, ((DynamicObject) second.objects().get(0).previous()).position.x);
        assertEquals(1f, ((DynamicObject) second.objects().get(0).current()).position.x);
        assertEquals(50f, ((DynamicObject) second.find(b.id()).previous()).position.x);
        assertEquals(51f, ((DynamicObject) second.find(b.id()).current()).position.x);
    }

    @Test
    void publishedStatesAreFrozenCopiesThatLaterChangesDoNotReach() {
        GameWorld world = new GameWorld();
        Ship ship = (Ship) world.add(new Ship());
        ship.colour = 7;
        RenderStatePublisher p = new RenderStatePublisher(PERIOD, WorldBounds.NONE);
        RenderState s = p.publish(world.objects(), 1, 0L);

        ship.colour = 9;
        ship.position.set(100, 100);

        Ship frozen = (Ship) s.objects().get(0).current();
        assertNotSame(ship, frozen);
        assertEquals(7, frozen.colour);
        assertEquals(0f, frozen.position.x);
        assertEquals(Ship.class, s.objects().get(0).type());
    }

    /** A class with no no-argument constructor, which copy() reaches through its newInstance(). */
    public static class Tagged extends DynamicObject {
        public final String tag;

        public Tagged(String tag) {
            this.tag = tag;
        }

        @Override
        protected dev.javelin.engine.world.GameObject newInstance() {
            return new Tagged(tag);
        }
    }

    @Test
    void classesThatMakeTheirOwnInstancesAreCopiedThroughNewInstance() {
        GameWorld world = new GameWorld();
        world.add(new Tagged("x"));
        world.add(new Ship());
        RenderStatePublisher p = new RenderStatePublisher(PERIOD, WorldBounds.NONE);
        RenderState s = p.publish(world.objects(), 1, 0L);
        assertEquals("x", ((Tagged) s.objects().get(0).current()).tag);
        assertEquals(Ship.class, s.objects().get(1).current().getClass());
    }

    @Test
    void removedObjectsDropOutAndObjectsShownOutOfIdOrderStillPair() {
        List<DynamicObject> shown = new ArrayList<>();
        GameWorld world = new GameWorld();
        for (int i = 0; i < 4; i++) {
            shown.add((DynamicObject) world.add(new DynamicObject(i, 0, 1, 1)));
        }
        RenderStatePublisher p = new RenderStatePublisher(PERIOD, WorldBounds.NONE);
        p.publish(shown, 1, 0L);
        shown.remove(1);
        java.util.Collections.reverse(shown);
        shown.forEach(o -> o.position.y = 5);

        RenderState s = p.publish(shown, 2, PERIOD);

        assertEquals(3, s.objects().size());
        assertNull(s.find(2));
        for (RenderObject o : s.objects()) {
            assertEquals(0f, ((DynamicObject) o.previous()).position.y, "previous of " + o.id());
            assertEquals(5f, ((DynamicObject) o.current()).position.y);
        }
    }

    @Test
    void showingAnIdTwiceIsRejectedWithTheId() {
        DynamicObject a = new DynamicObject();
        GameWorld world = new GameWorld();
        world.add(a);
        RenderStatePublisher p = new RenderStatePublisher(PERIOD, WorldBounds.NONE);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> p.publish(List.of(a, a), 1, 0L));
        assertTrue(e.getMessage().contains("id 1"), e.getMessage());
    }

    @Test
    void alphaIsTheFractionOfAPeriodSinceTheStepClampedToZeroOne() {
        RenderState s = new RenderState(3, 1_000L, 1_000L, WorldBounds.NONE, List.of(), NetStats.NONE);
        assertEquals(0f, s.alpha(500L));
        assertEquals(0f, s.alpha(1_000L));
        assertEquals(0.5f, s.alpha(1_500L));
        assertEquals(1f, s.alpha(2_000L));
        assertEquals(1f, s.alpha(9_000L));
    }

    @Test
    void readerOnAnotherThreadAlwaysSeesACompleteConsistentState() throws Exception {
        GameWorld world = new GameWorld();
        for (int i = 0; i < 200; i++) {
            world.add(new DynamicObject(0, 0, 1, 1));
        }
        RenderStatePublisher p = new RenderStatePublisher(PERIOD, WorldBounds.NONE);
        AtomicBoolean done = new AtomicBoolean();
        AtomicReference<String> problem = new AtomicReference<>();
        Thread reader = new Thread(() -> {
            while (!done.get()) {
                RenderState s = p.get();
                for (RenderObject o : s.objects()) {
                    float x = ((DynamicObject) o.current()).position.x;
                    if (x != s.step()) {
                        problem.set("step " + s.step() + " showed x " + x);
                    }
                }
            }
        });
        reader.start();
        for (int step = 1; step <= 500; step++) {
            for (var o : world.objects()) {
                ((DynamicObject) o).position.x = step;
            }
            p.publish(world.objects(), step, step * PERIOD);
        }
        done.set(true);
        reader.join(10_000);
        assertNull(problem.get());
        assertEquals(500, p.publishedCount());
    }
}

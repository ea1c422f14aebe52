package dev.javelin.engine.world;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class GameWorldTest {

    static class Rock extends DynamicObject {
    }

    @Test
    void objectsIterateInAscendingIdOrderWhateverTheInsertionOrder() {
        GameWorld world = new GameWorld();
        for (int id : new int[] {7, 3, 12, 1, 9}) {
            DynamicObject o = new DynamicObject();
            GameWorld.assignId(o, id);
            world.add(o);
        }
        assertEquals(List.of(1, 3, 7, 9, 12), world.objects().stream().map(GameObject::id).toList());
        world.remove(7);
        assertEquals(List.of(1, 3, 9, 12), world.objects().stream().map(GameObject::id).toList());
        assertNull(world.get(7));
    }

    @Test
    void serverIdsStartAtOneAndStayAheadOfMirroredIds() {
        GameWorld world = new GameWorld();
        assertEquals(1, world.add(new DynamicObject()).id());
        DynamicObject mirrored = new DynamicObject();
        GameWorld.assignId(mirrored, 40);
        world.add(mirrored);
        assertEquals(41, world.add(new DynamicObject()).id());
    }

    @Test
    void predictedObjectsLiveInTheirOwnIdRange() {
        GameWorld world = new GameWorld();
        DynamicObject predicted = new DynamicObject();
        GameWorld.assignId(predicted, world.allocateClientId());
        world.add(predicted);
        assertTrue(GameWorld.isClientId(predicted.id()));
        assertEquals(GameWorld.CLIENT_ID_BASE, predicted.id());
        assertEquals(1, world.add(new DynamicObject()).id(), "server range is untouched by client ids");
        assertEquals(List.of(1, GameWorld.CLIENT_ID_BASE), world.objects().stream().map(GameObject::id).toList());
    }

    @Test
    void duplicateIdIsRefused() {
        GameWorld world = new GameWorld();
        DynamicObject a = new DynamicObject();
        GameWorld.assignId(a, 5);
        world.add(a);
        DynamicObject b = new DynamicObject();
        GameWorld.assignId(b, 5);
        assertThrows(IllegalArgumentException.class, () -> world.add(b));
        assertSame(a, world.get(5));
    }

    @Test
    void queriesByOwnerAndClassKeepIdOrder() {
        GameWorld world = new GameWorld();
        Rock r1 = new Rock();
        r1.setOwnerId(2);
        DynamicObject d = new DynamicObject();
        d.setOwnerId(2);
        Rock r2 = new Rock();
        world.add(r1);
        world.add(d);
        world.add(r2);
        assertEquals(List.of(r1, d), world.byOwner(2));
        assertEquals(List.of(r1, r2), world.byClass(Rock.class));
        assertEquals(3, world.byClass(DynamicObject.class).size());
    }
}

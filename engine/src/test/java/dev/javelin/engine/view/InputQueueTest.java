package dev.javelin.engine.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class InputQueueTest {

    @Test
    void onceActionIsDeliveredByExactlyOneDrainInPostOrder() {
        InputQueue q = new InputQueue();
        q.post("fire", 1, 2);
        q.post("jump", 0, 0);
        assertEquals(List.of(new InputAction("fire", 1, 2), new InputAction("jump", 0, 0)), q.drain());
        assertEquals(List.of(), q.drain());
    }

    @Test
    void heldActionRepeatsEveryDrainUntilReleased() {
        InputQueue q = new InputQueue();
        q.hold("up", 0, 0);
        assertEquals(List.of(new InputAction("up", 0, 0)), q.drain());
        assertEquals(List.of(new InputAction("up", 0, 0)), q.drain());
        q.hold("up", 3, 4);
        assertEquals(List.of(new InputAction("up", 3, 4)), q.drain());
        q.release("up");
        assertEquals(List.of(), q.drain());
        assertFalse(q.isHeld("up"));
    }

    @Test
    void holdReleasedBeforeAnyDrainIsStillDeliveredOnce() {
        InputQueue q = new InputQueue();
        q.hold("left", 0, 0);
        q.release("left");
        assertEquals(List.of(new InputAction("left", 0, 0)), q.drain());
        assertEquals(List.of(), q.drain());
    }

    @Test
    void fullQueueDropsAndCountsInsteadOfGrowing() {
        InputQueue q = new InputQueue(2);
        assertTrue(q.post("a", 0, 0));
        assertTrue(q.post("b", 0, 0));
        assertFalse(q.post("c", 0, 0));
        assertEquals(1, q.droppedCount());
        assertEquals(2, q.drain().size());
    }

    @Test
    void badActionNamesAreRejectedWithTheName() {
        InputQueue q = new InputQueue();
        assertThrows(IllegalArgumentException.class, () -> q.post("", 0, 0));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> q.hold("x".repeat(40), 0, 0));
        assertTrue(e.getMessage().contains("xxxx"), e.getMessage());
    }

    @Test
    void drainedActionBecomesAnInputForAStep() {
        var input = new InputAction("fire", 1, 2).toInput(10, 3);
        assertEquals(10, input.step());
        assertEquals(3, input.sequence());
        assertEquals("fire", input.action());
    }
}

package dev.javelin.engine.server;

import static dev.javelin.engine.server.PlayerInputQueue.Outcome.DUPLICATE;
import static dev.javelin.engine.server.PlayerInputQueue.Outcome.OUT_OF_ORDER;
import static dev.javelin.engine.server.PlayerInputQueue.Outcome.QUEUED;
import static dev.javelin.engine.server.PlayerInputQueue.Outcome.QUEUE_FULL;
import static dev.javelin.engine.server.PlayerInputQueue.Outcome.TOO_FAR_AHEAD;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.javelin.engine.world.Input;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlayerInputQueueTest {

    private final PlayerInputQueue queue = new PlayerInputQueue(60, 8);
    private final List<String> applied = new ArrayList<>();

    private void drain(int step) {
        queue.drainDue(step, i -> applied.add(i.sequence() + "@" + step));
    }

    @Test
    void inputsWaitForTheStepTheyAreStampedFor() {
        assertEquals(QUEUED, queue.offer(Input.of("up", 12, 1), 10));
        assertEquals(QUEUED, queue.offer(Input.of("up", 13, 2), 10));
        drain(10);
        drain(11);
        assertEquals(List.of(), applied);
        drain(12);
        assertEquals(List.of("1@12"), applied);
        drain(13);
        assertEquals(List.of("1@12", "2@13"), applied);
    }

    @Test
    void aLateInputIsAppliedAtTheCurrentStep() {
        queue.offer(Input.of("up", 5, 1), 20);
        drain(20);
        assertEquals(List.of("1@20"), applied);
        assertEquals(1, queue.lateInputs());
    }

    @Test
    void redundantCopiesAreAppliedOnce() {
        queue.offer(Input.of("up", 11, 1), 10);
        assertEquals(DUPLICATE, queue.offer(Input.of("up", 11, 1), 10));
        queue.offer(Input.of("up", 12, 2), 10);
        drain(12);
        assertEquals(DUPLICATE, queue.offer(Input.of("up", 11, 1), 13));
        assertEquals(DUPLICATE, queue.offer(Input.of("up", 12, 2), 13));
        drain(13);
        assertEquals(List.of("1@12", "2@12"), applied);
        assertEquals(2, queue.highestReceived());
    }

    @Test
    void farFutureOutOfOrderAndFloodsAreRejected() {
        assertEquals(TOO_FAR_AHEAD, queue.offer(Input.of("up", 71, 1), 10));
        assertEquals(QUEUED, queue.offer(Input.of("up", 70, 1), 10));
        assertEquals(OUT_OF_ORDER, queue.offer(Input.of("up", 60, 2), 10));
        for (int s = 2; s <= 8; s++) {
            assertEquals(QUEUED, queue.offer(Input.of("up", 70, s), 10));
        }
        assertEquals(QUEUE_FULL, queue.offer(Input.of("up", 70, 9), 10));
        assertEquals(8, queue.size());
    }
}

package dev.javelin.engine.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.javelin.engine.world.Input;
import java.util.List;
import org.junit.jupiter.api.Test;

class InputHistoryTest {

    private final InputHistory history = new InputHistory(64);

    private static List<Integer> sequences(List<Input> inputs) {
        return inputs.stream().map(Input::sequence).toList();
    }

    @Test
    void unackedInputsAreResentUntilAcknowledged() {
        history.record("up", 0, 0, 10);
        history.record("left", 0, 0, 10);
        history.record("up", 0, 0, 11);
        assertEquals(List.of(1, 2, 3), sequences(history.unacked()));
        history.acknowledge(2);
        assertEquals(List.of(3), sequences(history.unacked()));
        history.acknowledge(1);
        assertEquals(2, history.acknowledged(), "a stale ack does not go backwards");
        history.acknowledge(99);
        assertEquals(2, history.acknowledged(), "an ack for an input never sent is ignored");
    }

    @Test
    void inputsAreFoundByStepForReenactment() {
        history.record("up", 0, 0, 10);
        history.record("left", 0, 0, 10);
        history.record("up", 0, 0, 12);
        assertEquals(List.of(1, 2), sequences(history.forStep(10)));
        assertEquals(List.of(), sequences(history.forStep(11)));
        assertEquals(List.of(3), sequences(history.forStep(12)));
    }

    @Test
    void discardKeepsUnacknowledgedInputs() {
        history.record("up", 0, 0, 10);
        history.record("up", 0, 0, 11);
        history.record("up", 0, 0, 12);
        history.acknowledge(1);
        history.discardBefore(12);
        assertEquals(2, history.size(), "input 2 is unacknowledged and stays");
        history.acknowledge(3);
        history.discardBefore(12);
        assertEquals(List.of(3), sequences(history.forStep(12)));
        assertEquals(1, history.size());
    }

    @Test
    void aSilentServerCannotGrowTheHistoryBeyondItsCap() {
        InputHistory small = new InputHistory(4);
        for (int i = 0; i < 10; i++) {
            small.record("up", 0, 0, i);
        }
        assertEquals(4, small.unackedCount());
        assertEquals(6, small.dropped());
        assertEquals(List.of(7, 8, 9, 10), sequences(small.unacked()));
    }
}

package dev.javelin.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimerTest {

    private final Timer timer = new Timer();
    private final List<String> fired = new ArrayList<>();

    @Test
    void onceFiresExactlyAfterTheGivenSteps() {
        timer.after(3, () -> fired.add("once"));
        for (int step = 1; step <= 6; step++) {
            timer.tick(step);
            if (step == 2) {
                assertEquals(List.of(), fired);
            }
        }
        assertEquals(List.of("once"), fired);
        assertEquals(0, timer.pending());
    }

    @Test
    void repeatingFiresEveryPeriodUntilCancelled() {
        List<Integer> steps = new ArrayList<>();
        int[] step = {0};
        Timer.Task task = timer.every(2, () -> steps.add(step[0]));
        for (step[0] = 1; step[0] <= 7; step[0]++) {
            timer.tick(step[0]);
        }
        task.cancel();
        for (; step[0] <= 12; step[0]++) {
            timer.tick(step[0]);
        }
        assertEquals(List.of(2, 4, 6), steps);
    }

    @Test
    void tasksDueTogetherRunInScheduleOrder() {
        timer.after(2, () -> fired.add("a"));
        timer.after(1, () -> fired.add("b"));
        timer.after(2, () -> fired.add("c"));
        timer.tick(1);
        timer.tick(2);
        assertEquals(List.of("b", "a", "c"), fired);
    }

    @Test
    void zeroStepsIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> timer.after(0, () -> { }));
    }
}

package dev.javelin.engine;

import java.util.PriorityQueue;

/**
 * Runs callbacks after a number of steps, once or repeating. Time is counted in steps, never in wall
 * clock, so a timer fires at the same step on the server and on every client.
 *
 * <p>Callbacks due at the same step run in the order they were scheduled. Threads: the simulation
 * thread only; {@link GameEngine} ticks it once per (non re-enacted) step.
 */
public final class Timer {

    private final PriorityQueue<Task> queue = new PriorityQueue<>((a, b) -> a.dueStep != b.dueStep
            ? Integer.compare(a.dueStep, b.dueStep) : Long.compare(a.order, b.order));
    private long scheduled;
    private int currentStep;

    /** Runs {@code callback} once, {@code steps} steps from now ({@code steps} at least 1). */
    public Task after(int steps, Runnable callback) {
        return schedule(steps, 0, callback);
    }

    /** Runs {@code callback} every {@code steps} steps, the first time {@code steps} steps from now. */
    public Task every(int steps, Runnable callback) {
        return schedule(steps, steps, callback);
    }

    /** Number of pending tasks. */
    public int pending() {
        return queue.size();
    }

    /** Advances to {@code step} and runs what is due; called by the engine. */
    void tick(int step) {
        currentStep = step;
        while (!queue.isEmpty() && queue.peek().dueStep <= step) {
            Task t = queue.poll();
            if (t.cancelled) {
                continue;
            }
            if (t.period > 0) {
                t.dueStep = step + t.period;
                t.order = scheduled++;
                queue.add(t);
            }
            t.callback.run();
        }
    }

    private Task schedule(int steps, int period, Runnable callback) {
        if (steps < 1) {
            throw new IllegalArgumentException("steps must be at least 1, was " + steps);
        }
        Task t = new Task(currentStep + steps, period, callback, scheduled++);
        queue.add(t);
        return t;
    }

    /** A scheduled callback. */
    public static final class Task {
        private int dueStep;
        private long order;
        private final int period;
        private final Runnable callback;
        private boolean cancelled;

        private Task(int dueStep, int period, Runnable callback, long order) {
            this.dueStep = dueStep;
            this.period = period;
            this.callback = callback;
            this.order = order;
        }

        /** Stops the task; a repeating task runs no more. */
        public void cancel() {
            cancelled = true;
        }

        /** The step at which the task runs next. */
        public int dueStep() {
            return dueStep;
        }
    }
}

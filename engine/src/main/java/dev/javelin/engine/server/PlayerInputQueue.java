package dev.javelin.engine.server;

import dev.javelin.engine.world.Input;
import java.util.ArrayDeque;
import java.util.function.Consumer;

/**
 * One player's inputs waiting on the server for the step they are stamped for.
 *
 * <ul>
 *   <li>Each sequence is applied once: redundancy makes the same input arrive many times.</li>
 *   <li>An input stamped for a step already past is applied at the current step (late, not lost).</li>
 *   <li>An input stamped more than {@code maxFutureSteps} ahead is rejected.</li>
 *   <li>At most {@code capacity} inputs wait; more are rejected, so a flood cannot grow the heap.</li>
 * </ul>
 *
 * <p>Threads: the server's simulation thread only.
 */
public final class PlayerInputQueue {

    /** What happened to an offered input. */
    public enum Outcome { QUEUED, DUPLICATE, TOO_FAR_AHEAD, QUEUE_FULL, OUT_OF_ORDER }

    private final int maxFutureSteps;
    private final int capacity;
    private final ArrayDeque<Input> queue = new ArrayDeque<>();
    private int highestReceived;
    private int lateInputs;

    /**
     * @param maxFutureSteps how far ahead of the current step an input may be stamped
     * @param capacity       most inputs waiting at once
     */
    public PlayerInputQueue(int maxFutureSteps, int capacity) {
        if (maxFutureSteps < 0 || capacity < 1) {
            throw new IllegalArgumentException("maxFutureSteps must be >= 0 and capacity >= 1, were "
                    + maxFutureSteps + " and " + capacity);
        }
        this.maxFutureSteps = maxFutureSteps;
        this.capacity = capacity;
    }

    /**
     * Offers an input received at server step {@code currentStep} (the step about to run).
     * Sequences must arrive in ascending order within the stream; one at or below the highest received
     * is a duplicate. A gap (a sequence skipped) is accepted: redundancy resends the missing one only
     * while it is unacknowledged, and it cannot be, since acknowledgement is of the highest received.
     */
    public Outcome offer(Input input, int currentStep) {
        if (input.sequence() <= highestReceived) {
            return Outcome.DUPLICATE;
        }
        if (input.step() > currentStep + maxFutureSteps) {
            return Outcome.TOO_FAR_AHEAD;
        }
        if (!queue.isEmpty() && input.step() < queue.peekLast().step()) {
            // A client stamps steps in order; a lower step after a higher one is a forged stream.
            return Outcome.OUT_OF_ORDER;
        }
        if (queue.size() == capacity) {
            return Outcome.QUEUE_FULL;
        }
        queue.addLast(input);
        highestReceived = input.sequence();
        return Outcome.QUEUED;
    }

    /**
     * Hands every input due at {@code step} (stamped for it or earlier) to {@code apply}, in sequence
     * order, and forgets them.
     */
    public void drainDue(int step, Consumer<Input> apply) {
        while (!queue.isEmpty() && queue.peekFirst().step() <= step) {
            Input input = queue.pollFirst();
            if (input.step() < step) {
                lateInputs++;
            }
            apply.accept(input);
        }
    }

    /**
     * Starts a new sequence stream: a player that rejoins through a new connection numbers its inputs from 1
     * again. Inputs already queued stay queued and are applied at their steps.
     */
    void restartSequence() {
        highestReceived = 0;
    }

    /** The highest sequence received; the client stops resending up to here. 0 before any. */
    public int highestReceived() {
        return highestReceived;
    }

    /** Inputs waiting. */
    public int size() {
        return queue.size();
    }

    /** Inputs applied later than the step they were stamped for. */
    public int lateInputs() {
        return lateInputs;
    }
}

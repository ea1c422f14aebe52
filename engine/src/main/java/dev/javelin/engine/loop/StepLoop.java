package dev.javelin.engine.loop;

import java.util.concurrent.locks.LockSupport;

/**
 * Runs a step callback at a fixed rate on a drift-free schedule: step n is due at
 * {@code origin + n × periodNanos}, so rounding in sleeps never accumulates.
 *
 * <p>Two ways to drive it: call {@link #runDue()} yourself (tests and fast-forward, with a
 * {@link ManualClock}), or {@link #start(String)} a thread that sleeps until each step is due. When the
 * loop falls more than {@code maxCatchUpSteps} behind (a debugger pause, a long GC) it runs that many
 * and moves its origin, dropping the missed time rather than spiralling; {@link #droppedSteps()}
 * counts what was skipped.
 *
 * <p>Threads: {@code runDue}, {@link #nudge} and {@link #resetSchedule} are for the thread that runs the
 * steps (call them from inside the callback when the loop has its own thread). {@link #stop()} may be
 * called from any thread. The time accessors are safe from any thread.
 */
public final class StepLoop {

    /** The work of one step. */
    @FunctionalInterface
    public interface StepCallback {
        /** Runs one step; {@code scheduledNanos} is the clock time the step was due at. */
        void step(long scheduledNanos);
    }

    private final Clock clock;
    private final long periodNanos;
    private final StepCallback callback;
    private final int maxCatchUpSteps;
    private volatile long origin;
    private volatile long stepsRun;
    private volatile long lastStepNanos;
    private volatile long droppedSteps;
    private volatile boolean running;
    private Thread thread;

    /**
     * @param clock           time source
     * @param periodNanos     step period, positive
     * @param maxCatchUpSteps most steps run back to back before the schedule moves on; at least 1
     * @param callback        the step
     */
    public StepLoop(Clock clock, long periodNanos, int maxCatchUpSteps, StepCallback callback) {
        if (periodNanos <= 0) {
            throw new IllegalArgumentException("periodNanos must be positive, was " + periodNanos);
        }
        if (maxCatchUpSteps < 1) {
            throw new IllegalArgumentException("maxCatchUpSteps must be at least 1, was " + maxCatchUpSteps);
        }
        this.clock = clock;
        this.periodNanos = periodNanos;
        this.maxCatchUpSteps = maxCatchUpSteps;
        this.callback = callback;
        this.origin = clock.nanoTime();
        this.lastStepNanos = origin;
    }

    /** Runs every step that is due by now (at most {@code maxCatchUpSteps}); returns how many ran. */
    public int runDue() {
        long now = clock.nanoTime();
        int ran = 0;
        while (nextDueNanos() <= now) {
            if (ran == maxCatchUpSteps) {
                long behind = (now - nextDueNanos()) / periodNanos + 1;
                droppedSteps += behind;
                origin += behind * periodNanos;
                break;
            }
            long due = nextDueNanos();
            stepsRun++;
            lastStepNanos = due;
            callback.step(due);
            ran++;
        }
        return ran;
    }

    /** Clock time at which the next step is due. */
    public long nextDueNanos() {
        return origin + (stepsRun + 1) * periodNanos;
    }

    /** Clock time the last step was due at; the renderer's alpha is measured from here. */
    public long lastStepNanos() {
        return lastStepNanos;
    }

    public long periodNanos() {
        return periodNanos;
    }

    /** Steps run since construction. */
    public long stepsRun() {
        return stepsRun;
    }

    /** Steps skipped because the loop fell too far behind. */
    public long droppedSteps() {
        return droppedSteps;
    }

    /**
     * Shifts the schedule by {@code nanos}: positive delays every later step (the client slows down),
     * negative brings them forward (it speeds up). Drift correction nudges by a fraction of a period.
     */
    public void nudge(long nanos) {
        origin += nanos;
    }

    /** Makes the next step due one period from now, forgetting any backlog. */
    public void resetSchedule() {
        origin = clock.nanoTime() - stepsRun * periodNanos;
    }

    /** Starts a thread named {@code threadName} that runs steps as they fall due until {@link #stop()}. */
    public void start(String threadName) {
        start(threadName, Thread.NORM_PRIORITY);
    }

    /**
     * Starts the loop's thread at a Java thread {@code priority}. On Linux the JVM ignores thread priorities
     * unless it runs with {@code -XX:ThreadPriorityPolicy=1} as root, which maps them to nice values: a server
     * sharing its cores with other work can then keep its step on time (see docs/PERFORMANCE.md, "Load").
     */
    public synchronized void start(String threadName, int priority) {
        if (thread != null) {
            throw new IllegalStateException("step loop already started");
        }
        running = true;
        resetSchedule();
        thread = new Thread(this::runLoop, threadName);
        thread.setDaemon(true);
        thread.setPriority(priority);
        thread.start();
    }

    /** Stops the loop's thread and waits for it; the step in progress completes. Idempotent. */
    public void stop() {
        Thread t;
        synchronized (this) {
            running = false;
            t = thread;
        }
        if (t == null || t == Thread.currentThread()) {
            return;
        }
        LockSupport.unpark(t);
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** True while the loop's thread runs. */
    public boolean isRunning() {
        return running;
    }

    private void runLoop() {
        while (running) {
            runDue();
            long wait = nextDueNanos() - clock.nanoTime();
            if (wait > 0 && running) {
                LockSupport.parkNanos(this, wait);
            }
        }
    }
}

package dev.javelin.agones;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The sidecar calls a server makes, run one at a time in the order they were queued (a player's connect before
 * its disconnect), each retried with {@link Backoff} while the sidecar is down or answers 5xx, at most
 * {@code maxAttempts} times in all (a sidecar that never comes cannot hold the queue forever). A call the sidecar
 * refuses as wrong (another 4xx) is logged and dropped: repeating it cannot help. While the sidecar is away the
 * queue keeps at most {@code capacity} calls; beyond that the oldest is dropped and logged, so an outage costs
 * memory bounded by the capacity, and the game never waits for any of it.
 *
 * <p>Threads: {@link #submit} from any thread (the simulation thread, typically); calls run on the scheduler.
 */
final class SidecarCalls {

    /** One sidecar call. */
    @FunctionalInterface
    interface Call {
        void run() throws SdkException;
    }

    private record Pending(String what, Call call) {
    }

    private final ScheduledExecutorService scheduler;
    private final Backoff backoff;
    private final int capacity;
    private final int maxAttempts;
    private final Consumer<String> log;
    private final Deque<Pending> queue = new ArrayDeque<>();
    private boolean running;
    private boolean closed;
    private int failures;
    private long completed;
    private long dropped;

    SidecarCalls(ScheduledExecutorService scheduler, Backoff backoff, int capacity, int maxAttempts,
                 Consumer<String> log) {
        this.scheduler = scheduler;
        this.backoff = backoff;
        this.capacity = capacity;
        this.maxAttempts = maxAttempts;
        this.log = log;
    }

    /** Queues {@code call}, described as {@code what} in the log. */
    synchronized void submit(String what, Call call) {
        if (closed) {
            return;
        }
        if (queue.size() >= capacity) {
            Pending oldest = queue.pollFirst();
            dropped++;
            log.accept("agones: sidecar unreachable, " + capacity + " calls waiting; dropped " + oldest.what());
        }
        queue.addLast(new Pending(what, call));
        if (!running) {
            running = true;
            scheduler.execute(this::runHead);
        }
    }

    private void runHead() {
        Pending head;
        synchronized (this) {
            head = queue.peekFirst();
            if (head == null || closed) {
                running = false;
                notifyAll();
                return;
            }
        }
        try {
            head.call().run();
            finished(head, null);
        } catch (SdkException e) {
            int n;
            synchronized (this) {
                n = ++failures;
            }
            if (e.retryable() && n < maxAttempts) {
                long wait = backoff.after(n).toMillis();
                log.accept("agones: " + head.what() + " failed (" + e.getMessage() + "); retry " + n + " in " + wait + " ms");
                scheduleHead(wait);
                return;
            }
            finished(head, "agones: " + head.what() + (e.retryable() ? " gave up after " + n + " attempts: "
                    : " refused, not retried: ") + e.getMessage());
        } catch (RuntimeException e) {
            finished(head, "agones: " + head.what() + " failed, not retried: " + e);
        }
    }

    private void scheduleHead(long waitMillis) {
        try {
            scheduler.schedule(this::runHead, waitMillis, TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            synchronized (this) {
                running = false;
                notifyAll();
            }
        }
    }

    private void finished(Pending head, String problem) {
        if (problem != null) {
            log.accept(problem);
        }
        synchronized (this) {
            if (queue.peekFirst() == head) {
                queue.pollFirst();
            }
            failures = 0;
            completed++;
        }
        scheduleHead(0);
    }

    /** Waits up to {@code millis} for the queue to empty; true if it did. Any thread but the scheduler's. */
    synchronized boolean awaitIdle(long millis) throws InterruptedException {
        long deadline = System.nanoTime() + millis * 1_000_000L;
        while (running || !queue.isEmpty()) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        return true;
    }

    /** Calls waiting or being retried. */
    synchronized int waiting() {
        return queue.size();
    }

    /** Calls dropped because the queue was full. */
    synchronized long dropped() {
        return dropped;
    }

    /** Stops taking and running calls; those still queued are abandoned. */
    synchronized void close() {
        closed = true;
        queue.clear();
        notifyAll();
    }
}

package dev.javelin.net;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Samples this JVM every 50 ms on its own thread while a test runs: the live thread count, the number of the
 * game server's own threads ({@code javelin-net-server*} and {@code javelin-server}), and the heap in use; keeps
 * the maxima.
 */
final class ResourceWatch implements AutoCloseable {

    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

    private final AtomicInteger maxThreads = new AtomicInteger();
    private final AtomicInteger maxServerThreads = new AtomicInteger();
    private final AtomicLong maxHeap = new AtomicLong();
    private final Thread thread = new Thread(this::run, "resource-watch");
    private volatile boolean running = true;

    private ResourceWatch() {
    }

    static ResourceWatch start() {
        ResourceWatch w = new ResourceWatch();
        w.thread.setDaemon(true);
        w.thread.start();
        return w;
    }

    private void run() {
        while (running) {
            maxThreads.accumulateAndGet(ManagementFactory.getThreadMXBean().getThreadCount(), Math::max);
            int server = 0;
            for (Thread t : Thread.getAllStackTraces().keySet()) {
                if (t.getName().startsWith("javelin-net-server") || t.getName().equals("javelin-server")) {
                    server++;
                }
            }
            maxServerThreads.accumulateAndGet(server, Math::max);
            maxHeap.accumulateAndGet(MEMORY.getHeapMemoryUsage().getUsed(), Math::max);
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** Live threads now. */
    static int threads() {
        return ManagementFactory.getThreadMXBean().getThreadCount();
    }

    /** Heap in use after a few full collections, in bytes. */
    static long usedHeapAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(20);
        }
        return MEMORY.getHeapMemoryUsage().getUsed();
    }

    int maxThreads() {
        return maxThreads.get();
    }

    int maxServerThreads() {
        return maxServerThreads.get();
    }

    long maxHeap() {
        return maxHeap.get();
    }

    /** Stops sampling and waits for the sampler to end. */
    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.join();
    }
}

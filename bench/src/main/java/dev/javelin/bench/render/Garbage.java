package dev.javelin.bench.render;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;

/** Allocation, CPU-time and collection counters for the render benchmarks' details line. Any thread. */
final class Garbage {

    private Garbage() {
    }

    /** Bytes the calling thread has allocated so far, or -1 where the JVM does not count them. */
    static long allocatedByThisThread() {
        if (ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean t) {
            return t.getCurrentThreadAllocatedBytes();
        }
        return -1;
    }

    /** CPU nanoseconds the calling thread has run so far, or -1 where the JVM does not measure them. */
    static long cpuOfThisThread() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    /** Writes the collections run so far and their total milliseconds into {@code dest[at]} and {@code dest[at + 1]}. */
    static void collections(long[] dest, int at) {
        long count = 0;
        long millis = 0;
        for (GarbageCollectorMXBean b : ManagementFactory.getGarbageCollectorMXBeans()) {
            count += Math.max(0, b.getCollectionCount());
            millis += Math.max(0, b.getCollectionTime());
        }
        dest[at] = count;
        dest[at + 1] = millis;
    }
}

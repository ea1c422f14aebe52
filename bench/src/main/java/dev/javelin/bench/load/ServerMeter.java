package dev.javelin.bench.load;

import dev.javelin.engine.server.ServerEngine;
import dev.javelin.engine.server.ServerStats;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Measures the server side of one load run: every step's duration on the simulation thread, late snapshots,
 * process CPU time, bytes allocated by the process's threads, heap after GC and snapshot bytes, between
 * {@link #begin} and {@link #end}.
 */
final class ServerMeter {

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private long[] ticks = new long[1 << 16];
    private long[] tickCpu = new long[1 << 16];
    private int tickCount;
    private volatile boolean recording;
    private volatile long tickThreadId = -1;
    private long lateSnapshots;

    private long startNanos;
    private long endNanos;
    private long cpuStart;
    private long cpuEnd;
    private Map<Long, Long> allocStart;
    private long allocBytes;
    private long tickAllocStart;
    private long tickAllocBytes;
    private double heapStartMB;
    private double heapEndMB;
    private long bytesStart;
    private long bytesEnd;
    private long droppedStart;
    private long droppedEnd;

    /** One server step, timed. Simulation thread. */
    void step(ServerEngine server, long scheduledNanos, long periodNanos) {
        if (tickThreadId < 0) {
            tickThreadId = Thread.currentThread().getId();
        }
        long t0 = System.nanoTime();
        long c0 = THREADS.getCurrentThreadCpuTime();
        long sentBefore = server.stats().snapshotsSent();
        server.step();
        long c1 = THREADS.getCurrentThreadCpuTime();
        long t1 = System.nanoTime();
        if (recording) {
            if (tickCount == ticks.length) {
                ticks = Arrays.copyOf(ticks, ticks.length * 2);
                tickCpu = Arrays.copyOf(tickCpu, ticks.length);
            }
            tickCpu[tickCount] = c1 - c0;
            ticks[tickCount++] = t1 - t0;
            if (t0 - scheduledNanos > periodNanos) {
                lateSnapshots += server.stats().snapshotsSent() - sentBefore;
            }
        }
    }

    void begin(ServerStats stats, long dropped) {
        heapStartMB = heapAfterGcMB();
        droppedStart = dropped;
        bytesStart = stats.snapshotBytesSent();
        allocStart = allocatedByThread();
        tickAllocStart = THREADS.getThreadAllocatedBytes(tickThreadId);
        cpuStart = OS.getProcessCpuTime();
        startNanos = System.nanoTime();
        recording = true;
    }

    void end(ServerStats stats, long dropped) {
        recording = false;
        endNanos = System.nanoTime();
        cpuEnd = OS.getProcessCpuTime();
        tickAllocBytes = THREADS.getThreadAllocatedBytes(tickThreadId) - tickAllocStart;
        Map<Long, Long> allocEnd = allocatedByThread();
        allocBytes = 0;
        for (Map.Entry<Long, Long> e : allocEnd.entrySet()) {
            allocBytes += e.getValue() - allocStart.getOrDefault(e.getKey(), 0L);
        }
        bytesEnd = stats.snapshotBytesSent();
        droppedEnd = dropped;
        heapEndMB = heapAfterGcMB();
    }

    /** The sum of the measured ticks, in nanoseconds. */
    long tickNanosSum() {
        long sum = 0;
        for (int i = 0; i < tickCount; i++) {
            sum += ticks[i];
        }
        return sum;
    }

    Main.RunResult result(int clients, String clientTotals, ServerStats stats) {
        long[] t = Arrays.copyOf(ticks, tickCount);
        Arrays.sort(t);
        long[] cpu = Arrays.copyOf(tickCpu, tickCount);
        Arrays.sort(cpu);
        double secs = (endNanos - startNanos) / 1e9;
        return new Main.RunResult(clients, percentileMs(t, 0.50), percentileMs(t, 0.99),
                t.length == 0 ? 0 : t[t.length - 1] / 1e6,
                100.0 * (cpuEnd - cpuStart) / (endNanos - startNanos),
                (bytesEnd - bytesStart) * 8 / 1000.0 / secs / clients,
                allocBytes / 1024.0 / secs, heapStartMB, heapEndMB, lateSnapshots,
                Main.field(clientTotals, "decodeErrors"), Main.field(clientTotals, "desyncs"),
                Main.field(clientTotals, "joined"), Main.field(clientTotals, "disconnects"),
                tickAllocBytes / 1024.0 / secs, droppedEnd - droppedStart, percentileMs(cpu, 0.50),
                percentileMs(cpu, 0.99), Main.field(clientTotals, "cpuPct"));
    }

    private static double percentileMs(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int i = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }

    private static Map<Long, Long> allocatedByThread() {
        long[] ids = THREADS.getAllThreadIds();
        long[] bytes = THREADS.getThreadAllocatedBytes(ids);
        Map<Long, Long> out = new HashMap<>();
        for (int i = 0; i < ids.length; i++) {
            if (bytes[i] >= 0) {
                out.put(ids[i], bytes[i]);
            }
        }
        return out;
    }

    static double heapAfterGcMB() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024.0 * 1024.0);
    }
}

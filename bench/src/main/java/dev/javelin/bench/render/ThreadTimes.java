package dev.javelin.bench.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * CPU time of this process's threads grouped by thread name, read from {@code /proc/self/task/*}/stat
 * (Linux; empty elsewhere). Lets the benchmark say where the CPU went per frame, including Mesa's
 * native rasteriser threads ({@code llvmpipe-N}), which Java's thread beans cannot see.
 */
final class ThreadTimes {

    private static final double TICK_MS = 10.0; // USER_HZ is 100 on Linux

    private ThreadTimes() {
    }

    /** CPU milliseconds (user + system) per thread name, threads of one name summed. */
    static Map<String, Double> sample() {
        Map<String, Double> out = new TreeMap<>();
        Path tasks = Path.of("/proc/self/task");
        if (!Files.isDirectory(tasks)) {
            return out;
        }
        try (Stream<Path> s = Files.list(tasks)) {
            s.forEach(t -> {
                try {
                    String stat = Files.readString(t.resolve("stat"));
                    int open = stat.indexOf('(');
                    int close = stat.lastIndexOf(')');
                    String name = stat.substring(open + 1, close).replaceAll("[0-9]+$", "#");
                    String[] f = stat.substring(close + 2).split(" ");
                    // After the name: state is field 0, utime field 11, stime field 12.
                    double ms = (Long.parseLong(f[11]) + Long.parseLong(f[12])) * TICK_MS;
                    out.merge(name, ms, Double::sum);
                } catch (IOException | RuntimeException e) {
                    // A thread that ended while listing: it has nothing more to add.
                }
            });
        } catch (IOException e) {
            return out;
        }
        return out;
    }

    /** "name=ms/frame ..." for the threads that used at least 0.1 ms per frame between the samples. */
    static String perFrame(Map<String, Double> before, Map<String, Double> after, int frames) {
        StringBuilder b = new StringBuilder();
        double total = 0;
        for (Map.Entry<String, Double> e : after.entrySet()) {
            double ms = (e.getValue() - before.getOrDefault(e.getKey(), 0.0)) / frames;
            total += ms;
            if (ms >= 0.1) {
                b.append(String.format(java.util.Locale.ROOT, " %s=%.1f", e.getKey(), ms));
            }
        }
        return String.format(java.util.Locale.ROOT, "cpu ms/frame %.1f:", total) + b;
    }
}

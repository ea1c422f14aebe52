package dev.javelin.bench.physics;

import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * {@code bench/run.sh physics}: brute force against the spatial hash at 500, 2,000 and 10,000 objects,
 * in one JMH run, then one summary line per size:
 * {@code PHYSICS objects=<n> bruteForceUs=<> spatialHashUs=<> speedup=<>}.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        Options options = new OptionsBuilder()
                .include(CollisionBenchmark.class.getName())
                .warmupIterations(3).warmupTime(TimeValue.seconds(1))
                .measurementIterations(5).measurementTime(TimeValue.seconds(1))
                .forks(1)
                .build();
        Collection<RunResult> results = new Runner(options).run();
        Map<Integer, double[]> byCount = new TreeMap<>();
        for (RunResult r : results) {
            int n = Integer.parseInt(r.getParams().getParam("objects"));
            boolean hash = r.getParams().getParam("detector").equals("SPATIAL_HASH");
            byCount.computeIfAbsent(n, k -> new double[2])[hash ? 1 : 0] = r.getPrimaryResult().getScore();
        }
        byCount.forEach((n, us) -> System.out.printf("PHYSICS objects=%d bruteForceUs=%.1f spatialHashUs=%.1f speedup=%.1fx%n",
                n, us[0], us[1], us[0] / us[1]));
    }
}

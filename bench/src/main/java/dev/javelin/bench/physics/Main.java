package dev.javelin.bench.physics;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * {@code bench/run.sh physics [--quick]}: in one JMH run of three forks,
 * <ul>
 *   <li>brute force against the spatial hash at 500, 2,000 and 10,000 objects:
 *       {@code PHYSICS objects=<n> bruteForceUs=<> spatialHashUs=<> speedup=<>};</li>
 *   <li>Javelin's spatial hash against dyn4j's AABB tree and sweep and prune on the same worlds:
 *       {@code BROADPHASE layout=<> objects=<n> javelinHashUs=<> dyn4jTreeUs=<> dyn4jSapUs=<> tree/hash=<> sap/hash=<>};</li>
 *   <li>one step of 1,000 dyn4j boxes in contact, through the binding and in a plain dyn4j world:
 *       {@code DYN4J bodies=1000 bindingStepUs=<> plainWorldStepUs=<> binding/plain=<>}.</li>
 * </ul>
 * Every ratio comes from this one run. {@code --quick} keeps the three forks but measures one short
 * iteration each: a check that everything runs, not figures to record.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        boolean quick = List.of(args).contains("--quick");
        ChainedOptionsBuilder options = new OptionsBuilder()
                .include(CollisionBenchmark.class.getName())
                .include(BroadPhaseBenchmark.class.getName())
                .include(Dyn4jStepBenchmark.class.getName())
                .forks(3);
        if (quick) {
            options.warmupIterations(1).warmupTime(TimeValue.milliseconds(300))
                    .measurementIterations(1).measurementTime(TimeValue.milliseconds(300));
        } else {
            options.warmupIterations(3).warmupTime(TimeValue.seconds(1))
                    .measurementIterations(5).measurementTime(TimeValue.seconds(1));
        }
        Collection<RunResult> results = new Runner(options.build()).run();
        Map<Integer, double[]> collision = new TreeMap<>();
        Map<String, double[]> broad = new TreeMap<>();
        double[] step = new double[2];
        for (RunResult r : results) {
            String bench = r.getParams().getBenchmark();
            double us = r.getPrimaryResult().getScore();
            if (bench.contains("CollisionBenchmark")) {
                int n = Integer.parseInt(r.getParams().getParam("objects"));
                boolean hash = r.getParams().getParam("detector").equals("SPATIAL_HASH");
                collision.computeIfAbsent(n, k -> new double[2])[hash ? 1 : 0] = us;
            } else if (bench.contains("BroadPhaseBenchmark")) {
                String key = r.getParams().getParam("layout").toLowerCase() + String.format(" objects=%5s",
                        r.getParams().getParam("objects"));
                int slot = BroadPhaseBenchmark.Detector.valueOf(r.getParams().getParam("detector")).ordinal();
                broad.computeIfAbsent(key, k -> new double[3])[slot] = us;
            } else if (bench.contains("Dyn4jStepBenchmark")) {
                int slot = Dyn4jStepBenchmark.Stepper.valueOf(r.getParams().getParam("stepper")).ordinal();
                step[slot] = us;
            }
        }
        List<String> lines = new ArrayList<>();
        collision.forEach((n, us) -> lines.add(String.format("PHYSICS objects=%d bruteForceUs=%.1f spatialHashUs=%.1f"
                + " speedup=%.1fx", n, us[0], us[1], us[0] / us[1])));
        broad.forEach((k, us) -> lines.add(String.format("BROADPHASE layout=%s javelinHashUs=%.1f dyn4jTreeUs=%.1f"
                + " dyn4jSapUs=%.1f tree/hash=%.2fx sap/hash=%.2fx", k, us[0], us[1], us[2], us[1] / us[0], us[2] / us[0])));
        lines.add(String.format("DYN4J bodies=%d bindingStepUs=%.1f plainWorldStepUs=%.1f binding/plain=%.2fx",
                Dyn4jStepBenchmark.BODIES, step[0], step[1], step[0] / step[1]));
        if (quick) {
            lines.add("(--quick: one short iteration per fork; a check that it runs, not figures to record)");
        }
        lines.forEach(System.out::println);
    }
}

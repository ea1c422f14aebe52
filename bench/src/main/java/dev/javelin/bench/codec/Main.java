package dev.javelin.bench.codec;

import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * {@code bench/run.sh codec [forks]}: JMH, 3 forks (or the number given), 3 warm-up and 5 measured
 * iterations of 1 s per benchmark and scene (about 5 min in all). Prints per scene one line
 * {@code CODEC scene=<name> encodeUs= decodeUs= kryoEncodeUs= kryoDecodeUs=} (microseconds per snapshot,
 * each measured on its own), then one line per benchmark with JMH's 99.9% error and nanoseconds per
 * object.
 */
public final class Main {

    private static final String[] BENCHMARKS = {"encode", "decode", "kryoEncode", "kryoDecode", "capture"};

    private Main() {
    }

    public static void main(String[] args) throws RunnerException {
        int forks = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        Options opts = new OptionsBuilder()
                .include(CodecBenchmark.class.getName())
                .forks(forks)
                .warmupIterations(3)
                .warmupTime(TimeValue.seconds(1))
                .measurementIterations(5)
                .measurementTime(TimeValue.seconds(1))
                .jvmArgsAppend("-Xmx1g")
                .build();
        Collection<RunResult> results = new Runner(opts).run();
        Map<String, double[]> us = new HashMap<>();
        for (RunResult r : results) {
            String name = r.getParams().getBenchmark();
            name = name.substring(name.lastIndexOf('.') + 1);
            String scene = r.getParams().getParam("scene");
            us.put(scene + "/" + name, new double[] {r.getPrimaryResult().getScore(),
                r.getPrimaryResult().getScoreError()});
        }
        for (String scene : new String[] {"objects2d", "cubes"}) {
            System.out.printf(Locale.ROOT, "CODEC scene=%s encodeUs=%.1f decodeUs=%.1f kryoEncodeUs=%.1f"
                            + " kryoDecodeUs=%.1f forks=%d%n", scene, score(us, scene, "encode"),
                    score(us, scene, "decode"), score(us, scene, "kryoEncode"), score(us, scene, "kryoDecode"), forks);
        }
        for (String scene : new String[] {"objects2d", "cubes"}) {
            int objects = scene.equals("cubes") ? 901 : 1000;
            for (String b : BENCHMARKS) {
                double[] v = us.get(scene + "/" + b);
                if (v != null) {
                    System.out.printf(Locale.ROOT, "# %s %s: %.1f ± %.1f us per snapshot, %.1f ns per object%n", scene,
                            b, v[0], v[1], v[0] * 1000 / objects);
                }
            }
        }
    }

    private static double score(Map<String, double[]> us, String scene, String benchmark) {
        double[] v = us.get(scene + "/" + benchmark);
        return v == null ? Double.NaN : v[0];
    }
}

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
 * {@code bench/run.sh codec}: JMH, one fork, 3 warm-up and 5 measured iterations of 1 s per benchmark
 * and scene (about 1.5 min in all). Prints one CODEC line per benchmark and scene: microseconds per
 * snapshot and nanoseconds per object, with JMH's 99.9% error, and the decode time derived as
 * encodeDecode minus encode.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) throws RunnerException {
        Options opts = new OptionsBuilder()
                .include(CodecBenchmark.class.getName())
                .forks(1)
                .warmupIterations(3)
                .warmupTime(TimeValue.seconds(1))
                .measurementIterations(5)
                .measurementTime(TimeValue.seconds(1))
                .jvmArgsAppend("-Xmx512m")
                .build();
        Collection<RunResult> results = new Runner(opts).run();
        Map<String, Double> us = new HashMap<>();
        for (RunResult r : results) {
            String name = r.getParams().getBenchmark();
            name = name.substring(name.lastIndexOf('.') + 1);
            String scene = r.getParams().getParam("scene");
            int objects = scene.equals("cubes") ? 901 : 1000;
            double score = r.getPrimaryResult().getScore();
            us.put(scene + "/" + name, score);
            System.out.printf(Locale.ROOT, "CODEC scene=%s benchmark=%s objects=%d usPerSnapshot=%.1f nsPerObject=%.1f"
                    + " error=%.1f%n", scene, name, objects, score, score * 1000 / objects,
                    r.getPrimaryResult().getScoreError());
        }
        for (String scene : new String[] {"objects2d", "cubes"}) {
            Double e = us.get(scene + "/encode");
            Double ed = us.get(scene + "/encodeDecode");
            if (e != null && ed != null) {
                int objects = scene.equals("cubes") ? 901 : 1000;
                System.out.printf(Locale.ROOT, "CODEC scene=%s benchmark=decode(derived) objects=%d usPerSnapshot=%.1f"
                        + " nsPerObject=%.1f%n", scene, objects, ed - e, (ed - e) * 1000 / objects);
            }
        }
    }
}

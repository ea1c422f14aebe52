package dev.javelin.bench.codec;

import java.util.Collection;
import java.util.Locale;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * {@code bench/run.sh codec}: JMH, one fork, 3 warm-up and 5 measured iterations of 1 s per benchmark
 * (about 45 s in all). Prints one CODEC line per benchmark: microseconds per 1,000-object snapshot and
 * nanoseconds per object, with JMH's 99.9% error.
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
        double encode = 0;
        double encodeDecode = 0;
        for (RunResult r : results) {
            String name = r.getParams().getBenchmark();
            name = name.substring(name.lastIndexOf('.') + 1);
            double ns = r.getPrimaryResult().getScore();
            double err = r.getPrimaryResult().getScoreError();
            System.out.printf(Locale.ROOT, "CODEC benchmark=%s objects=%d usPerSnapshot=%.1f nsPerObject=%.1f error=%.1f%n",
                    name, CodecBenchmark.OBJECTS, ns * CodecBenchmark.OBJECTS / 1000, ns, err);
            if (name.equals("encode")) {
                encode = ns;
            } else if (name.equals("encodeDecode")) {
                encodeDecode = ns;
            }
        }
        if (encode > 0 && encodeDecode > 0) {
            System.out.printf(Locale.ROOT, "CODEC benchmark=decode(derived) objects=%d usPerSnapshot=%.1f nsPerObject=%.1f%n",
                    CodecBenchmark.OBJECTS, (encodeDecode - encode) * CodecBenchmark.OBJECTS / 1000,
                    encodeDecode - encode);
        }
    }
}

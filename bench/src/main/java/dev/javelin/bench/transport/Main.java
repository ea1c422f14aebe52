package dev.javelin.bench.transport;

import com.esotericsoftware.minlog.Log;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code bench/run.sh transport [--connections 1,100,1000] [--modes rate,max] [--hz 60] [--payload 200]
 * [--warmup 2] [--seconds 5]}: runs {@link TransportLoad} for every connection count and mode and prints one
 * {@code TRANSPORT ...} line per run. The first five fields are the ones docs/PERFORMANCE.md records; the rest
 * say how the run was made (mode, payload, offered rate, loss, inputs the server took, total server CPU).
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        List<Integer> counts = List.of(1, 100, 1000);
        List<String> modes = List.of("rate", "max");
        int hz = 60;
        int payload = 200;
        int warmupSeconds = 2;
        int seconds = 5;
        for (int i = 0; i + 1 < args.length; i += 2) {
            String value = args[i + 1];
            switch (args[i]) {
                case "--connections" -> {
                    List<Integer> parsed = new ArrayList<>();
                    for (String s : value.split(",")) {
                        parsed.add(Integer.parseInt(s.trim()));
                    }
                    counts = parsed;
                }
                case "--modes" -> modes = List.of(value.split(","));
                case "--hz" -> hz = Integer.parseInt(value);
                case "--payload" -> payload = Integer.parseInt(value);
                case "--warmup" -> warmupSeconds = Integer.parseInt(value);
                case "--seconds" -> seconds = Integer.parseInt(value);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        // KryoNet logs every connect and disconnect at INFO; a thousand of each drown the results.
        Log.set(Log.LEVEL_WARN);
        System.out.println("# KryoNetTransport over 127.0.0.1; server and clients in one JVM on "
                + Runtime.getRuntime().availableProcessors() + " cores; " + Runtime.version());
        for (int n : counts) {
            for (String mode : modes) {
                if (!mode.equals("rate") && !mode.equals("max")) {
                    throw new IllegalArgumentException("mode must be rate or max, was " + mode);
                }
                TransportLoad load = new TransportLoad(n, mode, hz, payload, Duration.ofSeconds(warmupSeconds),
                        Duration.ofSeconds(seconds));
                System.out.println(load.run());
                System.gc();
            }
        }
    }
}

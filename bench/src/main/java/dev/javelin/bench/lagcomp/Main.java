package dev.javelin.bench.lagcomp;

import dev.javelin.engine.lagcomp.LagSettings;
import dev.javelin.engine.lagcomp.ShotAgreement;
import dev.javelin.engine.server.ServerConfig;
import dev.javelin.engine.sync.SyncSettings;

/**
 * {@code bench/run.sh lagcomp [shots] [rttMs]}: the lag compensation scenario of the engine's tests
 * ({@code ShotAgreement}: a sweeping target, a shooter behind rttMs ± 20 ms and 5 % loss each way, manual clock,
 * 30 snapshots/s, the default 200 ms bound) for every strategy; prints one line per strategy:
 * {@code LAGCOMP strategy= rttMs= agreePct= agreePctWithout=} plus the shots, hits and mean rewind.
 * Simulated time, so the figures do not depend on the machine's load.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        int shots = args.length > 0 ? Integer.parseInt(args[0]) : 1_000;
        long rttMs = args.length > 1 ? Long.parseLong(args[1]) : 150;
        ServerConfig server = ServerConfig.defaults().withUpdateRate(2);
        for (String name : new String[] {"extrapolate", "interpolate", "interpolate+predictLocal", "frameSync"}) {
            SyncSettings sync = SyncSettings.of(name.replace("+predictLocal", ""))
                    .withPredictLocal(name.endsWith("+predictLocal"));
            ShotAgreement.Result r = ShotAgreement.run(sync, shots, rttMs, 20, 0.05, server, LagSettings.DEFAULT, 11);
            System.out.printf("LAGCOMP strategy=%s rttMs=%d agreePct=%.1f agreePctWithout=%.1f shots=%d hits=%d "
                    + "meanRewindMs=%.0f%n", r.strategy(), rttMs, r.agreePct(), r.agreePctWithout(), r.shots(),
                    r.clientHits(), r.meanRewindMs());
        }
    }
}

package dev.javelin.engine.lagcomp;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.javelin.engine.server.ServerConfig;
import dev.javelin.engine.sync.SyncSettings;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A shooter behind 150 ms ± 20 ms of round trip and 5 % loss each way fires 1,000 shots at a sweeping target,
 * per strategy: with compensation the server agrees with what the client showed on at least 99 % of them.
 */
class LagCompensationAgreementTest {

    static final ServerConfig SERVER = ServerConfig.defaults().withUpdateRate(2);
    static final LagSettings SETTINGS = LagSettings.DEFAULT;

    @ParameterizedTest
    @ValueSource(strings = {"extrapolate", "interpolate", "interpolate+predictLocal", "frameSync"})
    void theServerAgreesWithWhatTheShooterSaw(String strategy) {
        SyncSettings sync = SyncSettings.of(strategy.replace("+predictLocal", ""))
                .withPredictLocal(strategy.endsWith("+predictLocal"));
        ShotAgreement.Result r = ShotAgreement.run(sync, 1_000, 150, 20, 0.05, SERVER, SETTINGS, 11);
        System.out.printf("LAGCOMP strategy=%s rttMs=150 agreePct=%.1f agreePctWithout=%.1f shots=%d hits=%d "
                + "meanRewindMs=%.0f%n", r.strategy(), r.agreePct(), r.agreePctWithout(), r.shots(), r.clientHits(),
                r.meanRewindMs());
        assertTrue(r.shots() >= 990, "shots judged: " + r.shots());
        assertTrue(r.clientHits() > r.shots() / 5 && r.clientHits() < r.shots() * 4 / 5,
                "about half the shots hit as shown: " + r.clientHits());
        assertTrue(r.agreePct() >= 99.0, r.toString());
    }
}

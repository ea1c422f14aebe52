package dev.javelin.engine.lagcomp;

import dev.javelin.engine.client.ClientEngine;
import dev.javelin.engine.loop.ManualClock;
import dev.javelin.engine.protocol.Protocol;
import dev.javelin.engine.server.ServerConfig;
import dev.javelin.engine.server.ServerEngine;
import dev.javelin.engine.sync.SyncSettings;
import dev.javelin.engine.transport.ConditionedTransport;
import dev.javelin.engine.transport.LocalTransport;
import dev.javelin.engine.transport.NetworkConditions;
import dev.javelin.engine.transport.TransportServer;
import dev.javelin.engine.world.Input;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The lag compensation scenario: a {@link ShooterGame} server and one shooter behind a conditioned link, on one
 * manual clock. The shooter fires every {@link #SHOT_EVERY_STEPS} steps at a point within ±{@link #AIM_SPREAD} of
 * the target as its client shows it (about half the shots hit), records what its client showed (hit or miss, by
 * the same ray code against its live world), and at the end the server's verdicts, with and without compensation,
 * are compared with it shot by shot. Used by the test and by {@code bench/run.sh lagcomp}.
 */
public final class ShotAgreement {

    public static final int SHOT_EVERY_STEPS = 6;
    public static final float AIM_SPREAD = 4f;

    /** The outcome of one run. */
    public record Result(String strategy, int shots, int agreeWith, int agreeWithout, double meanRewindMs,
                         int clientHits) {
        public double agreePct() {
            return 100.0 * agreeWith / shots;
        }

        public double agreePctWithout() {
            return 100.0 * agreeWithout / shots;
        }
    }

    private ShotAgreement() {
    }

    /**
     * Fires {@code shots} shots through a client with {@code sync}, behind {@code rttMs} ± {@code jitterMs} of round
     * trip and {@code loss} each way, the server compensating up to {@code settings}' bound.
     */
    public static Result run(SyncSettings sync, int shots, long rttMs, long jitterMs, double loss,
                             ServerConfig serverConfig, LagSettings settings, long seed) {
        ManualClock clock = new ManualClock(1_000_000_000L);
        LocalTransport local = new LocalTransport(Protocol.registry(), clock, 64 * 1024);
        ShooterGame serverGame = new ShooterGame(settings);
        NetworkConditions oneWay = NetworkConditions.NONE.withLatencyMillis(rttMs / 2).withJitterMillis(jitterMs / 2)
                .withLoss(loss);
        Map<Integer, Boolean> shown = new HashMap<>();
        SplittableRandom random = new SplittableRandom(seed);
        try (ServerEngine server = ServerEngine.builder(serverGame, bind(local)).config(serverConfig).clock(clock)
                .log(line -> { }).build();
             ClientEngine client = ClientEngine.builder(() -> new ShooterGame(settings)).sync(sync).clock(clock)
                     .server(new ConditionedTransport(local, oneWay, oneWay, seed, clock), "127.0.0.1",
                             server.transport().tcpPort(), server.transport().udpPort())
                     .name("shooter").timeout(Duration.ofSeconds(1)).join()) {
            ShooterGame clientGame = client.game(ShooterGame.class);
            int lastShotStep = -1;
            // Settle: the client's clock and interpolation delay converge before the first shot.
            for (long t = 0; t < 3_000 || shown.size() < shots; t++) {
                clock.advanceMillis(1);
                server.loop().runDue();
                int before = clientGame.world().stepCount();
                client.loop().runDue();
                int step = clientGame.world().stepCount();
                if (t < 3_000 || step == before || step - lastShotStep < SHOT_EVERY_STEPS) {
                    continue;
                }
                ShooterGame.Target target = shownTarget(clientGame);
                if (target == null) {
                    continue;
                }
                float aimX = target.position.x + (float) (random.nextDouble() * 2 - 1) * AIM_SPREAD;
                Input in = client.sendInput("fire", aimX - ShooterGame.GUN_X,
                        ShooterGame.TARGET_Y - ShooterGame.GUN_Y);
                shown.put(in.sequence(), clientGame.shotHits(in));
                lastShotStep = step;
            }
            // Let the last shots arrive.
            for (int t = 0; t < 2_000; t++) {
                clock.advanceMillis(1);
                server.loop().runDue();
                client.loop().runDue();
            }
            if (server.failure() != null || client.failure() != null) {
                throw new IllegalStateException("an engine failed: " + server.failure() + " / " + client.failure());
            }
            int judged = 0;
            int agreeWith = 0;
            int agreeWithout = 0;
            int clientHits = 0;
            for (Map.Entry<Integer, Boolean> e : shown.entrySet()) {
                Boolean with = serverGame.hitWith.get(e.getKey());
                if (with == null) {
                    continue;
                }
                judged++;
                clientHits += e.getValue() ? 1 : 0;
                agreeWith += with.equals(e.getValue()) ? 1 : 0;
                agreeWithout += serverGame.hitWithout.get(e.getKey()).equals(e.getValue()) ? 1 : 0;
            }
            double stepMs = 1000.0 / serverGame.config().stepRate();
            return new Result(sync.strategy() + (sync.predictLocal() ? "+predictLocal" : ""), judged, agreeWith,
                    agreeWithout, judged == 0 ? 0 : serverGame.rewoundSteps / judged * stepMs, clientHits);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static TransportServer bind(LocalTransport local) {
        try {
            return local.bind("127.0.0.1", 0, 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ShooterGame.Target shownTarget(ShooterGame game) {
        var targets = game.world().byClass(ShooterGame.Target.class);
        return targets.isEmpty() ? null : targets.get(0);
    }
}

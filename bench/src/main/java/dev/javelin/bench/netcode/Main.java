package dev.javelin.bench.netcode;

import dev.javelin.engine.world.GameObject;
import dev.javelin.engine.util.GameRandom;
import dev.javelin.engine.client.ClientEngine;
import dev.javelin.engine.physics.WorldBounds;
import dev.javelin.engine.server.ServerConfig;
import dev.javelin.engine.sync.StrategyRegistry;
import dev.javelin.engine.sync.SyncSettings;
import dev.javelin.engine.testgame.ArenaGame;
import dev.javelin.engine.testgame.Session;
import dev.javelin.engine.transport.NetworkConditions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code bench/run.sh netcode [--clients=4] [--rtt=100] [--jitter=20] [--loss=0.05] [--seconds=60]}:
 * a server and N clients of the test arena game, each client behind a network conditioner, in
 * simulated time, once per strategy. Every client plays scripted, seeded inputs; 20 drones drift. Each
 * client step, every object the client shows is compared with the server's state at the step shown.
 * Prints one line per strategy:
 * {@code NETCODE strategy=<> localErr=<mean/max> remoteErr=<mean/max> corrections=<per minute> inputsLost=<n>
 * interpDelayMs=<mean>}, then the same for extrapolation on a lossless, jitter-free link.
 */
public final class Main {

    private Main() {
    }

    /** Server positions per step: step → id → (x, y). */
    private static final class History {
        final TreeMap<Integer, Map<Integer, float[]>> steps = new TreeMap<>();

        void record(int step, List<GameObject> objects) {
            Map<Integer, float[]> m = new HashMap<>();
            for (GameObject o : objects) {
                m.put(o.id(), new float[] {o.x(), o.y()});
            }
            steps.put(step, m);
        }
    }

    /** What one client showed of one object at a (fractional) server step; scored once the server has run it. */
    private record Sample(double step, int id, float x, float y, boolean local) {
    }

    private static final class Errors {
        final java.util.ArrayList<Sample> samples = new java.util.ArrayList<>();
        double localSum;
        double localMax;
        long localN;
        double remoteSum;
        double remoteMax;
        long remoteN;
        double delaySum;
        long delayN;

        void add(boolean local, double e) {
            if (local) {
                localSum += e;
                localMax = Math.max(localMax, e);
                localN++;
            } else {
                remoteSum += e;
                remoteMax = Math.max(remoteMax, e);
                remoteN++;
            }
        }
    }

    public static void main(String[] args) {
        Map<String, String> opt = new HashMap<>(Map.of("clients", "4", "rtt", "100", "jitter", "20",
                "loss", "0.05", "seconds", "60"));
        for (String a : args) {
            int eq = a.indexOf('=');
            if (!a.startsWith("--") || eq < 0 || !opt.containsKey(a.substring(2, eq))) {
                System.err.println("usage: netcode [--clients=N] [--rtt=ms] [--jitter=ms] [--loss=0..1] [--seconds=S]");
                System.exit(2);
            }
            opt.put(a.substring(2, eq), a.substring(eq + 1));
        }
        int clients = Integer.parseInt(opt.get("clients"));
        long rtt = Long.parseLong(opt.get("rtt"));
        long jitter = Long.parseLong(opt.get("jitter"));
        double loss = Double.parseDouble(opt.get("loss"));
        int seconds = Integer.parseInt(opt.get("seconds"));
        NetworkConditions link = NetworkConditions.NONE.withLatencyMillis(rtt / 2).withJitterMillis(jitter / 2)
                .withLoss(loss);
        for (String strategy : StrategyRegistry.builtIn().names()) {
            System.out.println(run(strategy, clients, link, seconds) + String.format(
                    " rttMs=%d jitterMs=%d lossPct=%.0f", rtt, jitter, loss * 100));
        }
        NetworkConditions clean = NetworkConditions.NONE.withLatencyMillis(rtt / 2);
        System.out.println(run("extrapolate", clients, clean, seconds) + String.format(
                " rttMs=%d jitterMs=0 lossPct=0", rtt));
    }

    static String run(String strategy, int clientCount, NetworkConditions link, int seconds) {
        try (Session s = new Session(ServerConfig.defaults())) {
            History history = new History();
            s.serverGame.events().postStep.subscribe((step, re) -> history.record(step, s.serverGame.world().objects()));
            for (int i = 0; i < clientCount; i++) {
                s.join(SyncSettings.of(strategy), null, link, 100 + i);
            }
            s.runUntil(() -> s.clients.stream().allMatch(ClientEngine::isJoined), 10_000, "all joined");
            GameRandom layout = new GameRandom(42);
            for (int i = 0; i < 20; i++) {
                s.serverGame.addDrone(0, layout.nextFloat(0, ArenaGame.SIZE), layout.nextFloat(0, ArenaGame.SIZE),
                        layout.nextFloat(-20, 20), layout.nextFloat(-20, 20));
            }
            s.run(3000);
            Errors errors = new Errors();
            WorldBounds bounds = s.serverGame.config().physics().bounds();
            long periodNanos = s.serverGame.config().stepPeriodNanos();
            for (ClientEngine c : s.clients) {
                c.addStepListener((client, due) -> measure(client, history, bounds, periodNanos, errors));
            }
            long correctionsBefore = s.clients.stream().mapToLong(c -> c.syncStats().remoteCorrections()
                    + c.syncStats().localCorrections()).sum();
            GameRandom[] scripts = new GameRandom[clientCount];
            int[] sent = new int[clientCount];
            for (int i = 0; i < clientCount; i++) {
                scripts[i] = new GameRandom(7 + i);
            }
            int steps = seconds * 60;
            for (int step = 0; step < steps; step++) {
                for (int i = 0; i < clientCount; i++) {
                    if (step % 30 == i * 7 % 30) {
                        s.clients.get(i).queueInput("move", scripts[i].nextInt(3) - 1, scripts[i].nextInt(3) - 1);
                        sent[i]++;
                    }
                }
                s.run(16);
                if (step % 3 == 0) {
                    s.run(1);
                }
            }
            s.run(3000);
            score(history, bounds, errors);
            long corrections = s.clients.stream().mapToLong(c -> c.syncStats().remoteCorrections()
                    + c.syncStats().localCorrections()).sum() - correctionsBefore;
            long remoteCorrections = s.clients.stream().mapToLong(c -> c.syncStats().remoteCorrections()).sum();
            int totalSent = 0;
            for (int n : sent) {
                totalSent += n;
            }
            long lost = totalSent - s.serverGame.applied().size();
            double minutes = seconds / 60.0 * clientCount;
            return String.format("NETCODE strategy=%s localErr=%.3f/%.3f remoteErr=%.3f/%.3f corrections=%.1f"
                            + " inputsLost=%d interpDelayMs=%.1f remoteCorrectionsPerMin=%.1f",
                    strategy, mean(errors.localSum, errors.localN), errors.localMax,
                    mean(errors.remoteSum, errors.remoteN), errors.remoteMax, corrections / minutes, lost,
                    mean(errors.delaySum, errors.delayN), remoteCorrections / minutes);
        }
    }

    private static void measure(ClientEngine client, History history, WorldBounds bounds, long periodNanos,
                                Errors errors) {
        double shown = client.shownStep();
        errors.delaySum += (client.serverStepEstimate() - shown) * periodNanos / 1e6;
        errors.delayN++;
        for (GameObject o : client.game().world().objects()) {
            GameObject d = o.displayCopy();
            errors.samples.add(new Sample(shown, o.id(), d.x(), d.y(), o.ownerId() == client.playerId()));
        }
    }

    /** Scores every sample against the server's state at its step, interpolated for fractional steps. */
    private static void score(History history, WorldBounds bounds, Errors errors) {
        for (Sample smp : errors.samples) {
            int lo = (int) Math.floor(smp.step());
            Map<Integer, float[]> a = history.steps.get(lo);
            float[] pa = a == null ? null : a.get(smp.id());
            if (pa == null) {
                continue;
            }
            Map<Integer, float[]> b = history.steps.get(lo + 1);
            float[] pb = b == null ? null : b.get(smp.id());
            float t = (float) (smp.step() - lo);
            float tx = pa[0];
            float ty = pa[1];
            if (pb != null && t > 0) {
                tx += bounds.deltaX(pa[0], pb[0]) * t;
                ty += bounds.deltaY(pa[1], pb[1]) * t;
            }
            errors.add(smp.local(), Math.hypot(bounds.deltaX(tx, smp.x()), bounds.deltaY(ty, smp.y())));
        }
    }

    private static double mean(double sum, long n) {
        return n == 0 ? 0 : sum / n;
    }
}

package dev.javelin.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;

/**
 * Real network faults: the server and two clients run in child JVMs in separate Linux network namespaces, joined
 * through a router namespace by veth pairs with private addresses that exist only inside those namespaces (see
 * {@link Netns}; this is the one test whose traffic is not on 127.0.0.1, because the faults must be real, and none
 * of it leaves the machine). The router caps the link at 2 Mbit/s with {@code tbf} throughout; the phases add random
 * loss with nftables and a 5 s blackout (both router links down); the clients add 30 ms of latency and 10 ms of
 * jitter with {@code ConditionedTransport}, since this kernel has no netem.
 *
 * <p>Needs root and iproute2, tc and nftables (installed by .ci/install-deps); elsewhere every test is skipped
 * with the reason. The phases run in order on one network and one pair of processes.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class NetworkFaultsTest {

    private static final Duration START = Duration.ofSeconds(40);
    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final long BLACKOUT_MILLIS = 5_000;

    private Netns net;
    private ChildJvm server;
    private ChildJvm clients;
    private final int[] players = new int[2];
    private final int[] sent = new int[2];

    @BeforeAll
    void startTheNetworkAndThePlayers() throws Exception {
        if (!System.getProperty("os.name", "").toLowerCase().contains("linux")) {
            skip("network namespaces exist on Linux only");
        }
        try {
            net = Netns.create("2mbit");
        } catch (Netns.Unavailable e) {
            skip(e.getMessage());
        }
        server = ChildJvm.start("server", net.server, FaultServerMain.class, Netns.SERVER_ADDRESS);
        String[] ready = server.awaitLine("READY", START).split(" ");
        clients = ChildJvm.start("clients", net.client, FaultClientMain.class, Netns.SERVER_ADDRESS, ready[1], ready[2]);
        String[] joined = clients.awaitLine("JOINED", START).split(" ");
        players[0] = Integer.parseInt(joined[1]);
        players[1] = Integer.parseInt(joined[2]);
        server.send("drones 20");
    }

    /** Skips every test, saying why in the build's output too (Surefire does not print a skipped class's reason). */
    private static void skip(String why) {
        System.err.println("NetworkFaultsTest skipped: " + why);
        Assumptions.abort("skipped: " + why);
    }

    @AfterAll
    void stopEverything() {
        if (clients != null) {
            clients.close();
        }
        if (server != null) {
            server.close();
        }
        if (net != null) {
            net.close();
            assertFalse(Netns.exists(net.server) || Netns.exists(net.router) || Netns.exists(net.client),
                    "the namespaces are gone");
        }
    }

    private void await(BooleanSupplier condition, Duration limit, String what) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + limit.toMillis() + " ms: " + what + "\nclients:\n"
                        + clients.tail() + "\nserver:\n" + server.tail());
            }
            Thread.sleep(20);
        }
    }

    /** Client {@code i}'s latest status: snapshots received, inputs unacknowledged, connected (1) or not (0). */
    private long[] stat(int i) {
        String[] w = clients.stat(Integer.toString(i));
        return w == null ? new long[] {0, 0, 0} : new long[] {Long.parseLong(w[2]), Long.parseLong(w[3]),
                Long.parseLong(w[4])};
    }

    private long snapshots(int i) {
        return stat(i)[0];
    }

    private boolean bothConnected() {
        return stat(0)[2] == 1 && stat(1)[2] == 1;
    }

    private void sendInputs(int count, long periodMillis) throws Exception {
        clients.send("inputs " + count + " " + periodMillis);
    }

    private void awaitSent() throws InterruptedException {
        String[] w = clients.awaitLine("SENT", WAIT).split(" ");
        sent[0] = Integer.parseInt(w[1]);
        sent[1] = Integer.parseInt(w[2]);
    }

    /** Inputs the server has applied, by player. */
    private Map<Integer, Integer> applied() throws Exception {
        server.send("report");
        Map<Integer, Integer> out = new TreeMap<>();
        for (String pair : server.awaitLine("APPLIED", WAIT).substring("APPLIED".length()).trim().split(" ")) {
            if (!pair.isEmpty()) {
                String[] kv = pair.split("=");
                out.put(Integer.parseInt(kv[0]), Integer.parseInt(kv[1]));
            }
        }
        server.awaitLine("WORLD", WAIT);
        return out;
    }

    /** Waits until every input each client has sent is acknowledged and applied exactly once. */
    private void awaitEveryInputApplied(String when) throws Exception {
        await(() -> stat(0)[1] == 0 && stat(1)[1] == 0, WAIT, "every input acknowledged " + when);
        long deadline = System.nanoTime() + WAIT.toNanos();
        Map<Integer, Integer> applied = applied();
        while (!(applied.getOrDefault(players[0], 0) == sent[0] && applied.getOrDefault(players[1], 0) == sent[1])
                && System.nanoTime() < deadline) {
            Thread.sleep(100); // inputs acknowledged may wait on the server for the step they are stamped for
            applied = applied();
        }
        assertEquals(sent[0], applied.getOrDefault(players[0], 0), "inputs of player " + players[0] + " " + when);
        assertEquals(sent[1], applied.getOrDefault(players[1], 0), "inputs of player " + players[1] + " " + when);
    }

    private static Map<Integer, float[]> parseWorld(String line) {
        Map<Integer, float[]> objects = new TreeMap<>();
        String body = line.substring(line.indexOf(' ') + 1).trim();
        for (String o : body.split(",")) {
            if (!o.isEmpty()) {
                String[] f = o.split(":");
                objects.put(Integer.parseInt(f[0]), new float[] {Float.parseFloat(f[2]), Float.parseFloat(f[3])});
            }
        }
        return objects;
    }

    @Test
    @Order(1)
    void noInputIsLostAtTenPercentLoss() throws Exception {
        net.loss(10);
        sendInputs(100, 30);
        awaitSent();
        awaitEveryInputApplied("through 10 % loss");
        assertTrue(bothConnected());
        long dropped = net.dropped();
        System.out.println("NetworkFaultsTest: 10 % loss dropped " + dropped + " packets; every input applied");
        assertTrue(dropped > 20, "the loss is real: " + dropped + " packets dropped");
    }

    @Test
    @Order(2)
    void playContinuesThroughTwentyPercentLoss() throws Exception {
        net.loss(20);
        long[] before = {snapshots(0), snapshots(1)};
        long start = System.nanoTime();
        long[] lastChange = {start, start};
        long[] last = before.clone();
        long maxGap = 0;
        sendInputs(100, 30);
        while (System.nanoTime() - start < 3_000_000_000L) {
            for (int i = 0; i < 2; i++) {
                long now = System.nanoTime();
                long n = snapshots(i);
                if (n != last[i]) {
                    maxGap = Math.max(maxGap, now - lastChange[i]);
                    last[i] = n;
                    lastChange[i] = now;
                }
            }
            Thread.sleep(10);
        }
        awaitSent();
        long[] after = {snapshots(0), snapshots(1)};
        // 20 snapshots a second each; 3 s at 20 % loss is ~48. Require half, and no silence near a second.
        assertTrue(after[0] - before[0] >= 24 && after[1] - before[1] >= 24, "snapshots through 20 % loss: "
                + (after[0] - before[0]) + ", " + (after[1] - before[1]));
        assertTrue(maxGap < 1_000_000_000L, "longest wait for a snapshot " + maxGap / 1_000_000 + " ms");
        awaitEveryInputApplied("through 20 % loss");
        assertTrue(bothConnected());
        long dropped = net.dropped();
        System.out.println("NetworkFaultsTest: 20 % loss dropped " + dropped + " packets; snapshots in 3 s: "
                + (after[0] - before[0]) + ", " + (after[1] - before[1]) + "; longest wait " + maxGap / 1_000_000
                + " ms");
        assertTrue(dropped > 40, "the loss is real: " + dropped + " packets dropped");
        net.loss(0);
    }

    @Test
    @Order(3)
    void clientsRecoverAfterAFiveSecondBlackout() throws Exception {
        net.loss(0);
        net.blackout(false);
        await(() -> snapshots(0) > 0 && snapshots(1) > 0, WAIT, "snapshots flowing");
        sendInputs(40, 100); // 4 s of play inside the blackout: held by the client and resent after it
        net.blackout(true);
        long blackoutStart = System.nanoTime();
        long[] atStart = {snapshots(0), snapshots(1)};
        Thread.sleep(BLACKOUT_MILLIS); // the injected fault itself
        long[] atEnd = {snapshots(0), snapshots(1)};
        net.blackout(false);
        long up = System.nanoTime();
        // The blackout is real: beyond what was already in flight, nothing arrived.
        assertTrue(atEnd[0] - atStart[0] <= 3 && atEnd[1] - atStart[1] <= 3, "snapshots during the blackout: "
                + (atEnd[0] - atStart[0]) + ", " + (atEnd[1] - atStart[1]));
        await(() -> snapshots(0) > atEnd[0] + 5 && snapshots(1) > atEnd[1] + 5, WAIT, "snapshots again after it");
        long recoveryMillis = (System.nanoTime() - up) / 1_000_000;
        System.out.println("NetworkFaultsTest: snapshots flowed again " + recoveryMillis + " ms after a "
                + (up - blackoutStart) / 1_000_000 + " ms blackout");
        assertTrue(recoveryMillis < 3_000, "recovered in " + recoveryMillis + " ms");
        assertTrue(bothConnected(), "the connections survived the blackout");
        awaitSent();
        awaitEveryInputApplied("through a 5 s blackout");
    }

    @Test
    @Order(4)
    void objectsConvergeToTheServersStateOnceTheLinkIsClean() throws Exception {
        net.loss(0);
        net.blackout(false);
        clients.send("stop");
        awaitSent();
        server.send("freeze");
        List<String> differences = new ArrayList<>();
        long deadline = System.nanoTime() + WAIT.toNanos();
        do {
            Thread.sleep(200);
            server.send("report");
            server.awaitLine("APPLIED", WAIT);
            Map<Integer, float[]> truth = parseWorld(server.awaitLine("WORLD", WAIT));
            clients.send("report");
            differences.clear();
            for (int i = 0; i < 2; i++) {
                Map<Integer, float[]> shown = parseWorld(clients.awaitLine("WORLD" + i, WAIT));
                if (!shown.keySet().equals(truth.keySet())) {
                    differences.add("client " + i + " has " + shown.keySet() + ", the server " + truth.keySet());
                    continue;
                }
                for (Map.Entry<Integer, float[]> e : truth.entrySet()) {
                    float[] s = shown.get(e.getKey());
                    if (Math.abs(s[0] - e.getValue()[0]) > 0.05f || Math.abs(s[1] - e.getValue()[1]) > 0.05f) {
                        differences.add("client " + i + " shows " + e.getKey() + " at " + s[0] + "," + s[1]
                                + ", the server has " + e.getValue()[0] + "," + e.getValue()[1]);
                    }
                }
            }
        } while (!differences.isEmpty() && System.nanoTime() < deadline);
        assertTrue(differences.isEmpty(), "converged: " + differences);
        assertEquals(22, parseWorldCount(), "20 drones and two avatars");
        awaitEveryInputApplied("in all");
    }

    private int parseWorldCount() throws Exception {
        server.send("report");
        server.awaitLine("APPLIED", WAIT);
        return parseWorld(server.awaitLine("WORLD", WAIT)).size();
    }
}

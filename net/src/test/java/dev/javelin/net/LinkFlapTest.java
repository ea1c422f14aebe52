package dev.javelin.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A client whose own link is down for one second keeps its session: every datagram it sends meanwhile fails in
 * the kernel ("network is unreachable"), and each is a loss, not a disconnect. The server and client run in a
 * child JVM ({@link LinkFlapMain}) inside a network namespace this test makes, whose only link is its own
 * loopback; the test makes every destination unreachable there for 1 s (a routing rule, so the kernel refuses each
 * send with ENETUNREACH as it does when the link is down) and then restores it, then checks that traffic flows again both
 * ways on the same connection, that nothing disconnected, and that sends really failed while it was down.
 *
 * <p>Needs root and iproute2 on Linux; elsewhere skipped with the reason.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class LinkFlapTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    private final String ns = "jv-flap-" + ProcessHandle.current().pid();
    private boolean created;
    private ChildJvm child;

    @BeforeEach
    void makeTheNamespace() throws Exception {
        Assumptions.assumeTrue(System.getProperty("os.name", "").toLowerCase().contains("linux"), "Linux only");
        try {
            ip("netns", "add", ns);
        } catch (IOException e) {
            System.err.println("LinkFlapTest skipped: " + e.getMessage());
            Assumptions.abort("network namespaces are not permitted here: " + e.getMessage());
        }
        created = true;
        ip("-n", ns, "link", "set", "lo", "up");
        // Local delivery is looked up first (rule 0); moving it behind rule 10 lets "link down" be a rule at 10.
        ip("-n", ns, "rule", "add", "pref", "100", "lookup", "local");
        ip("-n", ns, "rule", "del", "pref", "0", "lookup", "local");
        child = ChildJvm.start("flap", ns, LinkFlapMain.class);
        child.awaitLine("READY", WAIT);
    }

    @AfterEach
    void removeIt() throws Exception {
        if (child != null) {
            child.close();
        }
        if (created) {
            ip("netns", "del", ns);
        }
    }

    @Test
    void oneSecondOfLinkDownIsLossNotADisconnect() throws Exception {
        String[] before = statusWhen(s -> Long.parseLong(s[3]) > 20 && Long.parseLong(s[4]) > 20);
        ip("-n", ns, "rule", "add", "pref", "10", "unreachable");
        long downAt = System.nanoTime();
        // The fault lasts a fixed second by definition; this is the outage, not a wait for a condition.
        Thread.sleep(1_000);
        ip("-n", ns, "rule", "del", "pref", "10");
        long downMillis = (System.nanoTime() - downAt) / 1_000_000;
        long serverBefore = Long.parseLong(before[3]);
        long clientBefore = Long.parseLong(before[4]);
        String[] after = statusWhen(s -> Long.parseLong(s[3]) > serverBefore + 150
                && Long.parseLong(s[4]) > clientBefore + 150 && Long.parseLong(s[6]) > 0 || !"true".equals(s[1]));
        String all = String.join(" ", after);
        assertEquals("true", after[1], "the client's session ended: " + all);
        assertEquals("1", after[2], "the server's connection count: " + all);
        assertEquals("0", after[5], "disconnects: " + all);
        long failures = Long.parseLong(after[6]);
        assertTrue(failures > 50, "the link was down " + downMillis + " ms but only " + failures
                + " sends failed, so the fault was not real: " + all);
        System.out.println("LinkFlapTest: link down " + downMillis + " ms, " + failures
                + " datagram sends refused by the kernel, session kept: " + all);
    }

    private interface Check {
        boolean ok(String[] status);
    }

    /** Asks the child for its status until {@code check} holds; fails after {@link #WAIT}. */
    private String[] statusWhen(Check check) throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        String[] s;
        do {
            child.send("status");
            s = child.awaitLine("STATUS", WAIT).split(" ", 8);
            if (check.ok(s)) {
                return s;
            }
            TimeUnit.MILLISECONDS.sleep(20);
        } while (System.nanoTime() - deadline < 0);
        throw new AssertionError("the condition did not hold within " + WAIT.toMillis() + " ms; last status: "
                + String.join(" ", s) + "\n" + child.tail());
    }

    private static void ip(String... args) throws IOException, InterruptedException {
        String[] command = new String[args.length + 1];
        command[0] = new java.io.File("/usr/sbin/ip").canExecute() ? "/usr/sbin/ip" : "ip";
        System.arraycopy(args, 0, command, 1, args.length);
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(10, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " failed: " + out.trim());
        }
    }
}

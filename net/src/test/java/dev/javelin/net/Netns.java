package dev.javelin.net;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * A private network of three Linux network namespaces on this machine, for tests that need real packet loss:
 * {@code server} and {@code client} are joined through {@code router} by two veth pairs, with private addresses
 * that exist only inside the namespaces (10.77.1.0/30 on the server's side, 10.77.2.0/30 on the client's), so no
 * packet ever leaves the machine. The router forwards between them and is where the link is shaped: random loss
 * with nftables ({@code numgen random mod 100 < N drop} in its forward hook), a bandwidth cap with the {@code tbf}
 * qdisc on both of its interfaces, and a blackout by taking both its interfaces down: the server and the client
 * keep their own interfaces up (no "network unreachable" errors), their packets simply vanish, as on a real
 * link that dies somewhere in the middle.
 *
 * <p>Names carry a random suffix, so concurrent runs do not collide; {@link #close()} deletes the namespaces, which
 * deletes the veths in them, and a shutdown hook does the same if the JVM exits first. Needs root (or
 * CAP_NET_ADMIN and CAP_SYS_ADMIN), {@code ip} (iproute2), {@code tc} and {@code nft} (nftables).
 */
final class Netns implements AutoCloseable {

    static final String SERVER_ADDRESS = "10.77.1.1";
    private static final String ROUTER_SERVER_SIDE = "10.77.1.2";
    private static final String CLIENT_ADDRESS = "10.77.2.2";
    private static final String ROUTER_CLIENT_SIDE = "10.77.2.1";

    final String server;
    final String router;
    final String client;
    private final String serverLink;
    private final String routerToServer;
    private final String routerToClient;
    private final String clientLink;
    private final List<String> created = new ArrayList<>();
    private static final List<String> TOOLS = List.of("ip", "tc", "nft");

    private final Thread cleanupOnExit = new Thread(this::deleteAll, "netns-cleanup");

    private Netns() {
        String id = Integer.toString(ThreadLocalRandom.current().nextInt(1 << 30), 36);
        server = "javelin-" + id + "-server";
        router = "javelin-" + id + "-router";
        client = "javelin-" + id + "-client";
        serverLink = "jv" + id + "s";
        routerToServer = "jv" + id + "rs";
        routerToClient = "jv" + id + "rc";
        clientLink = "jv" + id + "c";
    }

    /**
     * Builds the network, with {@code tbfRate} (a tc rate, "2mbit") as the cap in both directions.
     *
     * @throws Unavailable if this machine does not let the test make namespaces at all (not root, no iproute2,
     *                     tc or nft installed); nothing is left behind
     * @throws IOException if namespaces can be made but the rest fails (a kernel without veth, tbf or nf_tables):
     *                     that is an error to see, not a reason to skip; nothing is left behind either
     */
    static Netns create(String tbfRate) throws Unavailable, IOException {
        for (String tool : TOOLS) {
            if (which(tool) == null) {
                throw new Unavailable("'" + tool + "' is not installed (Debian: iproute2, nftables; see .ci/install-deps)");
            }
        }
        Netns n = new Netns();
        Runtime.getRuntime().addShutdownHook(n.cleanupOnExit);
        try {
            n.require("ip", "netns", "add", n.server);
            n.created.add(n.server);
        } catch (IOException e) {
            n.close();
            throw new Unavailable("network namespaces are not permitted here: " + e.getMessage());
        }
        try {
            for (String ns : new String[] {n.router, n.client}) {
                n.require("ip", "netns", "add", ns);
                n.created.add(ns);
            }
            for (String ns : new String[] {n.server, n.router, n.client}) {
                n.require("ip", "-n", ns, "link", "set", "lo", "up");
            }
            n.require("ip", "link", "add", n.serverLink, "netns", n.server, "type", "veth", "peer", "name",
                    n.routerToServer, "netns", n.router);
            n.require("ip", "link", "add", n.clientLink, "netns", n.client, "type", "veth", "peer", "name",
                    n.routerToClient, "netns", n.router);
            n.require("ip", "-n", n.server, "addr", "add", SERVER_ADDRESS + "/30", "dev", n.serverLink);
            n.require("ip", "-n", n.router, "addr", "add", ROUTER_SERVER_SIDE + "/30", "dev", n.routerToServer);
            n.require("ip", "-n", n.router, "addr", "add", ROUTER_CLIENT_SIDE + "/30", "dev", n.routerToClient);
            n.require("ip", "-n", n.client, "addr", "add", CLIENT_ADDRESS + "/30", "dev", n.clientLink);
            n.require("ip", "-n", n.server, "link", "set", n.serverLink, "up");
            n.require("ip", "-n", n.client, "link", "set", n.clientLink, "up");
            n.routerLinks("up");
            n.require("ip", "-n", n.server, "route", "add", "default", "via", ROUTER_SERVER_SIDE);
            n.require("ip", "-n", n.client, "route", "add", "default", "via", ROUTER_CLIENT_SIDE);
            n.require("ip", "netns", "exec", n.router, "/bin/sh", "-c", "echo 1 > /proc/sys/net/ipv4/ip_forward");
            for (String dev : new String[] {n.routerToServer, n.routerToClient}) {
                n.require("tc", "-n", n.router, "qdisc", "add", "dev", dev, "root", "tbf", "rate", tbfRate,
                        "burst", "32kbit", "latency", "100ms");
            }
            n.require("ip", "netns", "exec", n.router, "nft", "add", "table", "inet", "javelin");
            n.require("ip", "netns", "exec", n.router, "nft", "add", "chain", "inet", "javelin", "shape",
                    "{ type filter hook forward priority 0; policy accept; }");
            return n;
        } catch (IOException | RuntimeException e) {
            n.close();
            throw e;
        }
    }

    /** Drops {@code percent} % of the packets crossing the router, at random, both ways; 0 for none. */
    void loss(int percent) throws IOException {
        require("ip", "netns", "exec", router, "nft", "flush", "chain", "inet", "javelin", "shape");
        if (percent > 0) {
            require("ip", "netns", "exec", router, "nft", "add", "rule", "inet", "javelin", "shape", "numgen",
                    "random", "mod", "100", "<", Integer.toString(percent), "counter", "drop");
        }
    }

    /** Packets the loss rule has dropped since {@link #loss} last set it. */
    long dropped() throws IOException {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("counter packets (\\d+)")
                .matcher(require("ip", "netns", "exec", router, "nft", "list", "chain", "inet", "javelin", "shape"));
        return m.find() ? Long.parseLong(m.group(1)) : 0;
    }

    /** Takes the router's links down (nothing crosses) or brings them back up. */
    void blackout(boolean on) throws IOException {
        routerLinks(on ? "down" : "up");
    }

    private void routerLinks(String state) throws IOException {
        require("ip", "-n", router, "link", "set", routerToServer, state);
        require("ip", "-n", router, "link", "set", routerToClient, state);
    }

    /** The command line that runs {@code command} inside namespace {@code ns}. */
    static List<String> inNamespace(String ns, List<String> command) {
        List<String> all = new ArrayList<>(List.of(which("ip"), "netns", "exec", ns));
        all.addAll(command);
        return all;
    }

    /** The root qdiscs of the router, as {@code tc} shows them (for a test's report). */
    String qdiscs() throws IOException {
        return require("tc", "-n", router, "qdisc", "show").trim();
    }

    /** The full path of {@code tool} (in the sbin directories too, which a non-login PATH may lack), or null. */
    private static String which(String tool) {
        String path = System.getenv("PATH");
        List<String> dirs = new ArrayList<>();
        if (path != null) {
            dirs.addAll(List.of(path.split(":")));
        }
        dirs.addAll(List.of("/usr/sbin", "/sbin", "/usr/bin", "/bin"));
        for (String d : dirs) {
            java.io.File f = new java.io.File(d, tool);
            if (f.canExecute()) {
                return f.getPath();
            }
        }
        return null;
    }

    /** Runs a command, returns its output, and throws with its output if it fails or hangs. */
    private String require(String... command) throws IOException {
        String[] resolved = command.clone();
        for (int i = 0; i < resolved.length; i++) {
            if (TOOLS.contains(resolved[i])) {
                resolved[i] = which(resolved[i]);
            }
        }
        Process p = new ProcessBuilder(resolved).redirectErrorStream(true).start();
        try {
            if (!p.waitFor(10, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException(String.join(" ", command) + " did not finish within 10 s");
            }
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted running " + String.join(" ", command), e);
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " failed (exit " + p.exitValue() + "): " + out.trim());
        }
        return out;
    }

    private synchronized void deleteAll() {
        for (String ns : created) {
            try {
                Process p = new ProcessBuilder(which("ip"), "netns", "del", ns).redirectErrorStream(true).start();
                p.getInputStream().readAllBytes();
                p.waitFor(10, TimeUnit.SECONDS);
            } catch (IOException e) {
                // nothing more can be done here; the namespace's name says it is this test's
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        created.clear();
    }

    /** True while namespace {@code ns} exists. */
    static boolean exists(String ns) {
        return new java.io.File("/run/netns/" + ns).exists();
    }

    /** Deletes the namespaces (and so the veths and rules in them). Idempotent. */
    @Override
    public void close() {
        deleteAll();
        try {
            Runtime.getRuntime().removeShutdownHook(cleanupOnExit);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or has run
        }
    }

    /** This machine cannot build the network; the message says why. */
    static final class Unavailable extends Exception {
        Unavailable(String message) {
            super(message);
        }
    }
}

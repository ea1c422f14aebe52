package dev.javelin.bench.load;

import dev.javelin.engine.loop.Clock;
import dev.javelin.engine.loop.StepLoop;
import dev.javelin.engine.protocol.Protocol;
import dev.javelin.engine.transport.TransportClient;
import dev.javelin.net.KryoNetClientGroup;
import dev.javelin.net.KryoNetTransport;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * The load tool's client process: {@code Clients --host H --tcp P --udp U --clients N}. Connects N
 * {@link LoadClient}s over KryoNet (spread over a few {@link KryoNetClientGroup}s, so a thousand clients take
 * a handful of threads), ticks them all at 60 Hz on one thread, prints {@code JOINED n=<n>} once every client
 * has its welcome, and on a line {@code STOP} (or the end of standard input) prints its totals as one
 * {@code CLIENTS ...} line and exits. With {@code --idle}, every client but the first only joins and keeps its
 * connection alive (decoding, acknowledging and sending nothing), so {@code snapshots=} counts the first's alone.
 */
public final class Clients {

    private static final long START_NANOS = System.nanoTime();

    private Clients() {
    }

    public static void main(String[] args) throws Exception {
        KryoNetTransport.limitKryoNetLog();
        // A thousand connections would print a thousand connect lines; keep warnings and errors.
        com.esotericsoftware.minlog.Log.set(com.esotericsoftware.minlog.Log.LEVEL_WARN);
        String host = "127.0.0.1";
        int tcp = 0;
        int udp = 0;
        int n = 0;
        boolean idle = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--host" -> host = args[++i];
                case "--tcp" -> tcp = Integer.parseInt(args[++i]);
                case "--udp" -> udp = Integer.parseInt(args[++i]);
                case "--clients" -> n = Integer.parseInt(args[++i]);
                case "--idle" -> idle = true;
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (!host.equals("127.0.0.1")) {
            throw new IllegalArgumentException("the load tool only talks to 127.0.0.1");
        }
        run(host, tcp, udp, n, idle);
    }

    private static void run(String host, int tcp, int udp, int n, boolean idle) throws Exception {
        KryoNetTransport net = new KryoNetTransport(Protocol.registry());
        int groupCount = Math.max(1, Math.min(4, (n + 499) / 500));
        List<KryoNetClientGroup> groups = new ArrayList<>();
        for (int g = 0; g < groupCount; g++) {
            groups.add(KryoNetClientGroup.start());
        }
        List<LoadClient> clients = new CopyOnWriteArrayList<>();
        StepLoop ticker = new StepLoop(Clock.system(), 1_000_000_000L / 60, 3, scheduled -> {
            long now = System.nanoTime();
            for (LoadClient c : clients) {
                c.tick(now);
            }
        });
        ticker.start("load-clients-tick");
        ExecutorService connectors = Executors.newFixedThreadPool(4);
        List<Future<LoadClient>> pending = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int index = i;
            KryoNetClientGroup group = groups.get(i % groupCount);
            pending.add(connectors.submit(() -> {
                TransportClient connection = net.connect(host, tcp, udp, Duration.ofSeconds(20), group);
                LoadClient c = new LoadClient(connection, 0x5eedL * 31 + index);
                if (idle && index > 0) {
                    c.idle(); // client 0 stays honest, to see what the idle ones cost it
                }
                c.join("load-" + index);
                clients.add(c);
                return c;
            }));
        }
        int failed = 0;
        for (Future<LoadClient> f : pending) {
            try {
                f.get(60, TimeUnit.SECONDS);
            } catch (Exception e) {
                failed++;
                if (failed <= 5) {
                    System.err.println("load client failed to connect: " + e.getCause());
                }
            }
        }
        connectors.shutdown();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (countJoined(clients) < clients.size() && System.nanoTime() < deadline) {
            Thread.sleep(20); // a progress poll of counters the tick thread updates; nothing to wait on
        }
        System.out.println("JOINED n=" + countJoined(clients) + " failed=" + failed);
        System.out.flush();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String line;
        while ((line = in.readLine()) != null && !line.trim().equals("STOP")) {
            if (line.trim().equals("MARK")) {
                report("MARK", clients, n, ticker);
            }
        }
        ticker.stop();
        report("CLIENTS", clients, n, ticker);

        for (LoadClient c : clients) {
            c.close();
        }
        for (KryoNetClientGroup g : groups) {
            g.close();
        }
    }

    private static int countJoined(List<LoadClient> clients) {
        int joined = 0;
        for (LoadClient c : clients) {
            if (c.joined()) {
                joined++;
            }
        }
        return joined;
    }

    private static void report(String tag, List<LoadClient> clients, int n, StepLoop ticker) {
        long snapshots = 0;
        long bytes = 0;
        long decodeErrors = 0;
        long desyncs = 0;
        long stale = 0;
        long gaps = 0;
        long inputs = 0;
        int disconnects = 0;
        String firstReason = null;
        for (LoadClient c : clients) {
            snapshots += c.snapshots;
            bytes += c.snapshotBytes;
            decodeErrors += c.decodeErrors;
            desyncs += c.desyncs;
            stale += c.stale;
            gaps += c.gaps;
            inputs += c.inputsSent;
            if (c.disconnected) {
                disconnects++;
                if (firstReason == null) {
                    firstReason = c.disconnectReason;
                }
            }
        }
        System.out.println(tag + " clients=" + n + " joined=" + countJoined(clients) + " snapshots=" + snapshots
                + " snapshotBytes=" + bytes + " decodeErrors=" + decodeErrors + " desyncs=" + desyncs
                + " stale=" + stale + " gaps=" + gaps + " inputsSent=" + inputs + " disconnects=" + disconnects
                + " droppedTicks=" + ticker.droppedSteps() + " cpuPct=" + Math.round(100.0 * ((com.sun.management
                        .OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                        .getProcessCpuTime() / Math.max(1, System.nanoTime() - START_NANOS))
                + (firstReason == null ? "" : " firstDisconnect=\"" + firstReason.replace('"', '\'') + "\""));
        System.out.flush();
    }
}

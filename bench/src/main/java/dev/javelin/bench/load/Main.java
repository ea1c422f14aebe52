package dev.javelin.bench.load;

import dev.javelin.engine.loop.Clock;
import dev.javelin.engine.loop.StepLoop;
import dev.javelin.engine.protocol.Protocol;
import dev.javelin.engine.server.InterestPolicy;
import dev.javelin.engine.server.ServerConfig;
import dev.javelin.engine.server.ServerEngine;
import dev.javelin.net.KryoNetTransport;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * The load tool: {@code bench/run.sh load --clients 100,500,1000 [--seconds 120] [--warmup 10] [--objects 500]
 * [--radius 250] [--size 4000] [--plot FILE] [--idle] [--lagcomp]}.
 *
 * <p>For each client count it starts a {@link ServerEngine} of {@link LoadGame} (60 steps/s, a snapshot every 3
 * steps, radius interest) on KryoNet bound to 127.0.0.1, and one separate JVM ({@link Clients}) with that many
 * load clients. Once every client has joined and a warm-up has passed, it measures for {@code --seconds}: the
 * duration of every server step (the tick), the server process's CPU time, the bytes allocated by every thread
 * of the server process (ThreadMXBean), the heap in use after a full GC at the start and the end, and the
 * snapshot bytes sent; also the CPU time of each tick (wall time minus the time the thread waited for a core, so
 * the two tell a slow tick from a starved one) and the client process's CPU. It prints one line per run:
 *
 * <pre>LOAD clients= tickP50Ms= tickP99Ms= tickMaxMs= serverCpuPct= kbpsPerClient= allocKBps= heapMB=start/end
 *     snapshotsLate= decodeErrors= (then desyncs= joined= disconnects= tickThreadAllocKBps= droppedSteps=
 *     tickCpuP50Ms= tickCpuP99Ms= clientProcessCpuPct=)</pre>
 *
 * With {@code --lagcomp} the ships are compensated ({@code LagCompensation}) and every 30th input fires a
 * compensated ray; a line {@code LAGCOMP_COST clients= historyAndQueriesPct=} gives the time history and queries
 * took as a percentage of the rest of the measured steps' time.
 *
 * <p>It also draws tick time against clients into a PNG ({@code bench/target/load/ticks.png} unless {@code --plot}).
 * serverCpuPct is a percentage of one core (the machine has two); kbpsPerClient counts snapshot payload (the
 * codec's bytes, not UDP/IP headers); a snapshot is late when the step that sent it started more than one step
 * period after it was due.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        KryoNetTransport.limitKryoNetLog();
        // A thousand connections would print a thousand connect lines; keep warnings and errors.
        com.esotericsoftware.minlog.Log.set(com.esotericsoftware.minlog.Log.LEVEL_WARN);
        List<Integer> counts = new ArrayList<>();
        double seconds = 120;
        double warmup = 10;
        int objects = 500;
        float radius = 250;
        float size = 4000;
        Path plot = Path.of("bench/target/load/ticks.png");
        boolean idle = false;
        boolean lagComp = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--clients" -> {
                    for (String c : args[++i].split(",")) {
                        counts.add(Integer.parseInt(c.trim()));
                    }
                }
                case "--seconds" -> seconds = Double.parseDouble(args[++i]);
                case "--warmup" -> warmup = Double.parseDouble(args[++i]);
                case "--objects" -> objects = Integer.parseInt(args[++i]);
                case "--radius" -> radius = Float.parseFloat(args[++i]);
                case "--size" -> size = Float.parseFloat(args[++i]);
                case "--plot" -> plot = Path.of(args[++i]);
                case "--idle" -> idle = true;
                case "--lagcomp" -> lagComp = true;
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + " (use --clients N[,N...] --seconds S --warmup S --objects N --radius R --size W --plot FILE)");
            }
        }
        if (counts.isEmpty()) {
            counts.add(100);
        }
        if (idle) {
            for (int n : counts) {
                System.out.println(idleRun(n, seconds, warmup, objects, radius, size));
                System.out.flush();
            }
            return;
        }
        List<RunResult> results = new ArrayList<>();
        for (int n : counts) {
            RunResult r = run(n, seconds, warmup, objects, radius, size, lagComp);
            results.add(r);
            System.out.println(r.line());
            System.out.flush();
        }
        TickPlot.write(results, plot);
        System.err.println("plot: " + plot.toAbsolutePath());
    }

    private static RunResult run(int clients, double seconds, double warmup, int objects, float radius, float size,
                                 boolean lagComp) throws Exception {
        LoadGame game = new LoadGame(objects, 42, size, lagComp);
        KryoNetTransport net = new KryoNetTransport(Protocol.registry());
        ServerMeter meter = new ServerMeter();
        try (ServerEngine server = ServerEngine.builder(game, net.bind("127.0.0.1", 0, 0))
                .config(ServerConfig.defaults().withUpdateRate(3))
                .interest(InterestPolicy.radius(radius, game.bounds()))
                .log(new ServerLog())
                .build()) {
            long period = game.config().stepPeriodNanos();
            StepLoop loop = new StepLoop(Clock.system(), period, 5, scheduled -> meter.step(server, scheduled, period));
            loop.start("javelin-server", Thread.MAX_PRIORITY);
            Process child = startClients(server, clients);
            try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                    StandardCharsets.UTF_8));
                 Writer in = new OutputStreamWriter(child.getOutputStream(), StandardCharsets.UTF_8)) {
                String joined = expect(out, "JOINED", child);
                System.err.println("load: " + joined);
                Thread.sleep((long) (warmup * 1000)); // the warm-up is a span of time, not a condition
                meter.begin(server.stats(), loop.droppedSteps());
                long lagBefore = game.lagNanos();
                long queriesBefore = game.queries();
                Thread.sleep((long) (seconds * 1000)); // the measured span itself
                meter.end(server.stats(), loop.droppedSteps());
                if (lagComp) {
                    // Both from this run: the steps' total time, and the part of it that history and queries took.
                    long lag = game.lagNanos() - lagBefore;
                    long ticks = meter.tickNanosSum();
                    System.out.printf("LAGCOMP_COST clients=%d historyAndQueriesPct=%.2f lagMsTotal=%.1f "
                            + "tickMsTotal=%.1f queries=%d (machine busy: figures are indicative)%n", clients,
                            100.0 * lag / Math.max(1, ticks - lag), lag / 1e6, ticks / 1e6,
                            game.queries() - queriesBefore);
                }
                in.write("STOP\n");
                in.flush();
                String totals = expect(out, "CLIENTS", child);
                System.err.println("load: " + totals);
                loop.stop();
                if (!child.waitFor(30, TimeUnit.SECONDS)) {
                    child.destroyForcibly();
                }
                return meter.result(clients, totals, server.stats());
            } finally {
                loop.stop();
                if (child.isAlive()) {
                    child.destroyForcibly();
                }
            }
        }
    }

    /**
     * {@code --idle}: N players join, of whom all but one then only keep their connections alive. Prints the
     * server's heap after GC before the joins and after them, the bytes each idle player costs, and the snapshots a
     * second the one honest player still gets. The server's idle timeout is lifted for the run.
     */
    private static String idleRun(int clients, double seconds, double warmup, int objects, float radius, float size)
            throws Exception {
        LoadGame game = new LoadGame(objects, 42, size);
        KryoNetTransport net = new KryoNetTransport(Protocol.registry());
        try (ServerEngine server = ServerEngine.builder(game, net.bind("127.0.0.1", 0, 0))
                .config(ServerConfig.defaults().withUpdateRate(3).withIdleTimeoutSeconds(3600))
                .interest(InterestPolicy.radius(radius, game.bounds()))
                .log(new ServerLog())
                .build()) {
            server.start();
            double before = ServerMeter.heapAfterGcMB();
            Process child = startClients(server, clients, "--idle");
            try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                    StandardCharsets.UTF_8));
                 Writer in = new OutputStreamWriter(child.getOutputStream(), StandardCharsets.UTF_8)) {
                String joined = expect(out, "JOINED", child);
                System.err.println("load: " + joined);
                Thread.sleep((long) (warmup * 1000)); // the warm-up is a span of time, not a condition
                double after = ServerMeter.heapAfterGcMB();
                in.write("MARK\n");
                in.flush();
                long snapshotsAtMark = field(expect(out, "MARK", child), "snapshots");
                long t0 = System.nanoTime();
                Thread.sleep((long) (seconds * 1000)); // the measured span itself
                in.write("STOP\n");
                in.flush();
                String totals = expect(out, "CLIENTS", child);
                double span = (System.nanoTime() - t0) / 1e9;
                System.err.println("load: " + totals);
                if (!child.waitFor(30, TimeUnit.SECONDS)) {
                    child.destroyForcibly();
                }
                int idlers = Math.max(1, clients - 1);
                return "IDLE clients=" + clients + " idle=" + (clients - 1) + " players=" + server.stats().playersJoined()
                        + " heapMB=" + fmt(before) + "/" + fmt(after) + " bytesPerIdlePlayer="
                        + Math.round((after - before) * 1024 * 1024 / idlers) + " honestSnapshotsPerSec="
                        + fmt((field(totals, "snapshots") - snapshotsAtMark) / span)
                        + " disconnects=" + field(totals, "disconnects");
            } finally {
                if (child.isAlive()) {
                    child.destroyForcibly();
                }
            }
        }
    }

    private static Process startClients(ServerEngine server, int clients, String... extra) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, "-Xmx3g", "-XX:+UseParallelGC",
                "-cp", System.getProperty("java.class.path"), Clients.class.getName(),
                "--host", "127.0.0.1", "--tcp", String.valueOf(server.transport().tcpPort()),
                "--udp", String.valueOf(server.transport().udpPort()), "--clients", String.valueOf(clients)));
        cmd.addAll(List.of(extra));
        return new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    }

    private static String expect(BufferedReader out, String tag, Process child) throws IOException {
        String line;
        while ((line = out.readLine()) != null) {
            if (line.startsWith(tag + " ")) {
                return line;
            }
            System.err.println("clients: " + line);
        }
        throw new IOException("the client process ended before printing " + tag + " (exit "
                + (child.isAlive() ? "still running" : child.exitValue()) + ")");
    }

    /** Server warnings to standard error, one line each (the server already limits their rate). */
    private static final class ServerLog implements java.util.function.Consumer<String> {
        @Override
        public void accept(String line) {
            System.err.println("[server] " + line);
        }
    }

    static String fmt(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }

    /** What one run measured. */
    record RunResult(int clients, double tickP50Ms, double tickP99Ms, double tickMaxMs, double cpuPct,
                     double kbpsPerClient, double allocKBps, double heapStartMB, double heapEndMB,
                     long snapshotsLate, long decodeErrors, long desyncs, long joined, long disconnects,
                     double tickAllocKBps, long droppedSteps, double tickCpuP50Ms, double tickCpuP99Ms,
                     long clientCpuPct) {
        String line() {
            return "LOAD clients=" + clients + " tickP50Ms=" + fmt(tickP50Ms) + " tickP99Ms=" + fmt(tickP99Ms)
                    + " tickMaxMs=" + fmt(tickMaxMs) + " serverCpuPct=" + fmt(cpuPct) + " kbpsPerClient="
                    + fmt(kbpsPerClient) + " allocKBps=" + fmt(allocKBps) + " heapMB=" + fmt(heapStartMB) + "/"
                    + fmt(heapEndMB) + " snapshotsLate=" + snapshotsLate + " decodeErrors=" + decodeErrors
                    + " desyncs=" + desyncs + " joined=" + joined + " disconnects=" + disconnects
                    + " tickThreadAllocKBps=" + fmt(tickAllocKBps) + " droppedSteps=" + droppedSteps
                    + " tickCpuP50Ms=" + fmt(tickCpuP50Ms) + " tickCpuP99Ms=" + fmt(tickCpuP99Ms)
                    + " clientProcessCpuPct=" + clientCpuPct;
        }
    }

    static long field(String line, String name) {
        for (String part : line.split(" ")) {
            if (part.startsWith(name + "=")) {
                return Long.parseLong(part.substring(name.length() + 1));
            }
        }
        throw new IllegalArgumentException("no " + name + " in: " + line);
    }
}

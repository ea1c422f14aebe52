package dev.javelin.bench.transport;

import dev.javelin.engine.transport.Channel;
import dev.javelin.engine.transport.DisconnectReason;
import dev.javelin.engine.transport.TransportClient;
import dev.javelin.engine.transport.TransportListener;
import dev.javelin.engine.transport.TransportServer;
import dev.javelin.net.KryoNetOptions;
import dev.javelin.net.KryoNetTransport;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * One benchmark run: a server and {@code connections} clients of {@link KryoNetTransport} in this process,
 * over 127.0.0.1.
 *
 * <p>A "sim" thread plays the server's simulation: every tick it polls the server and sends one unreliable
 * {@link BenchMessages.Probe} to every connection. In {@code rate} mode ticks come {@code tickHz} times a second
 * and a "bots" thread sends one input per client per tick (the game-like load); in {@code max} mode the sim
 * thread sends round after round as fast as it can and the clients send nothing. A "drain" thread polls every
 * client in turn and records each probe's latency from the send to the client's {@code poll} (same clock:
 * one process). Server CPU is the CPU time of the server's two network threads plus the sim thread.
 *
 * <p>Everything shares this machine's cores: at 1,000 connections the clients' 1,000 network threads compete
 * with the server, so the figures are a floor for the server alone.
 */
final class TransportLoad {

    private static final String HOST = "127.0.0.1";

    private final int connections;
    private final String mode;
    private final int tickHz;
    private final int payloadBytes;
    private final Duration warmup;
    private final Duration measure;

    private final LatencyHistogram latencies = new LatencyHistogram();
    private final AtomicLong sentInWindow = new AtomicLong();
    private final AtomicLong inputsInWindow = new AtomicLong();
    private volatile long windowStart = Long.MAX_VALUE;
    private volatile long windowEnd = Long.MAX_VALUE;
    private volatile boolean running = true;

    TransportLoad(int connections, String mode, int tickHz, int payloadBytes, Duration warmup, Duration measure) {
        this.connections = connections;
        this.mode = mode;
        this.tickHz = tickHz;
        this.payloadBytes = payloadBytes;
        this.warmup = warmup;
        this.measure = measure;
    }

    /** Runs and returns the result line. */
    String run() throws Exception {
        KryoNetOptions options = KryoNetOptions.defaults().withMaxReliableMessageBytes(4096)
                .withTcpWriteBufferBytes(16 * 1024).withLiveness(Duration.ofSeconds(1), Duration.ofSeconds(10),
                        Duration.ofMillis(500));
        KryoNetTransport transport = new KryoNetTransport(BenchMessages.registry(), options);
        List<TransportClient> clients = new ArrayList<>();
        try (TransportServer server = transport.bind(HOST, 0, 0)) {
            connectAll(transport, server, clients);
            awaitConnected(server);
            Thread sim = new Thread(() -> simulate(server, clients), "bench-sim");
            Thread drain = new Thread(() -> drain(clients), "bench-drain");
            Thread bots = new Thread(() -> bots(clients), "bench-bots");
            sim.start();
            drain.start();
            if (mode.equals("rate")) {
                bots.start();
            }
            long start = System.nanoTime();
            windowStart = start + warmup.toNanos();
            windowEnd = windowStart + measure.toNanos();
            park(windowStart);
            long cpuBefore = serverCpuNanos(sim);
            park(windowEnd);
            long cpuAfter = serverCpuNanos(sim);
            long wall = System.nanoTime() - windowStart;
            park(windowEnd + 300_000_000L); // let the last probes of the window arrive
            running = false;
            sim.join();
            drain.join();
            if (mode.equals("rate")) {
                bots.join();
            }
            return line(cpuAfter - cpuBefore, wall);
        } finally {
            for (TransportClient c : clients) {
                c.close();
            }
        }
    }

    private void connectAll(KryoNetTransport transport, TransportServer server, List<TransportClient> clients)
            throws IOException {
        for (int i = 0; i < connections; i++) {
            clients.add(transport.connect(HOST, server.tcpPort(), server.udpPort(), Duration.ofSeconds(10)));
        }
    }

    private void awaitConnected(TransportServer server) {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (server.connectionCount() < connections) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("only " + server.connectionCount() + " of " + connections
                        + " connections opened");
            }
            LockSupport.parkNanos(1_000_000L);
        }
    }

    private void simulate(TransportServer server, List<TransportClient> clients) {
        int[] ids = clients.stream().mapToInt(TransportClient::connectionId).toArray();
        BenchMessages.Probe probe = new BenchMessages.Probe(payloadBytes);
        TransportListener inputs = new CountingListener(inputsInWindow, this);
        long period = 1_000_000_000L / tickHz;
        long next = System.nanoTime();
        while (running) {
            server.poll(inputs);
            for (int id : ids) {
                long now = System.nanoTime();
                probe.sentNanos = now;
                server.send(id, probe, Channel.UNRELIABLE);
                if (now >= windowStart && now < windowEnd) {
                    sentInWindow.incrementAndGet();
                }
            }
            if (mode.equals("rate")) {
                next += period;
                park(next);
            }
        }
    }

    private void bots(List<TransportClient> clients) {
        BenchMessages.Input input = new BenchMessages.Input(1, new byte[16]);
        long period = 1_000_000_000L / tickHz;
        long next = System.nanoTime();
        while (running) {
            for (TransportClient c : clients) {
                c.send(input, Channel.UNRELIABLE);
            }
            next += period;
            park(next);
        }
    }

    private void drain(List<TransportClient> clients) {
        TransportListener listener = new TransportListener() {
            @Override
            public void connected(int connectionId) {
            }

            @Override
            public void message(int connectionId, Object message, Channel channel) {
                if (message instanceof BenchMessages.Probe p && p.sentNanos >= windowStart && p.sentNanos < windowEnd) {
                    latencies.record(System.nanoTime() - p.sentNanos);
                }
            }

            @Override
            public void disconnected(int connectionId, DisconnectReason reason) {
                System.err.println("client " + connectionId + " disconnected: " + reason);
            }
        };
        while (running) {
            int got = 0;
            for (TransportClient c : clients) {
                got += c.poll(listener);
            }
            if (got == 0) {
                LockSupport.parkNanos(20_000L);
            }
        }
    }

    boolean inWindow(long now) {
        return now >= windowStart && now < windowEnd;
    }

    private static void park(long until) {
        long wait;
        while ((wait = until - System.nanoTime()) > 0) {
            LockSupport.parkNanos(wait);
        }
    }

    private static long serverCpuNanos(Thread sim) {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long total = mx.getThreadCpuTime(sim.getId());
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().startsWith("javelin-net-server")) {
                total += mx.getThreadCpuTime(t.getId());
            }
        }
        return total;
    }

    private String line(long serverCpuNanos, long wallNanos) {
        double seconds = wallNanos / 1e9;
        long delivered = latencies.total();
        long sent = sentInWindow.get();
        double cpuPct = 100.0 * serverCpuNanos / wallNanos;
        return String.format(Locale.ROOT,
                "TRANSPORT connections=%d msgsPerSec=%.0f p50us=%d p99us=%d serverCpuPctPerConn=%.4f"
                        + " mode=%s payloadBytes=%d sentPerSec=%.0f lossPct=%.2f inputsPerSec=%.0f serverCpuPct=%.1f",
                connections, delivered / seconds, latencies.percentileMicros(0.50), latencies.percentileMicros(0.99),
                cpuPct / connections, mode.equals("rate") ? "rate" + tickHz + "hz" : "max", payloadBytes,
                sent / seconds, sent == 0 ? 0.0 : 100.0 * (sent - delivered) / sent,
                inputsInWindow.get() / seconds, cpuPct);
    }

    /** Counts the inputs the server receives inside the measurement window. */
    private static final class CountingListener implements TransportListener {
        private final AtomicLong counter;
        private final TransportLoad load;

        CountingListener(AtomicLong counter, TransportLoad load) {
            this.counter = counter;
            this.load = load;
        }

        @Override
        public void connected(int connectionId) {
        }

        @Override
        public void message(int connectionId, Object message, Channel channel) {
            if (load.inWindow(System.nanoTime())) {
                counter.incrementAndGet();
            }
        }

        @Override
        public void disconnected(int connectionId, DisconnectReason reason) {
            System.err.println("server lost connection " + connectionId + ": " + reason);
        }
    }
}

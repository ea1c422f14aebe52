package dev.javelin.sample;

import dev.javelin.engine.client.ClientEngine;
import dev.javelin.engine.loop.Clock;
import dev.javelin.engine.protocol.Protocol;
import dev.javelin.engine.server.ServerConfig;
import dev.javelin.engine.server.ServerEngine;
import dev.javelin.engine.sync.SyncSettings;
import dev.javelin.engine.transport.ConditionedTransport;
import dev.javelin.engine.transport.LocalTransport;
import dev.javelin.engine.transport.NetworkConditions;
import dev.javelin.engine.transport.Transport;
import dev.javelin.engine.transport.TransportServer;
import dev.javelin.engine.view.InputQueue;
import dev.javelin.engine.view.RenderStatePublisher;
import dev.javelin.metrics.PrometheusEndpoint;
import dev.javelin.metrics.ServerMetrics;
import dev.javelin.metrics.ServerStatsRecorder;
import dev.javelin.metrics.ServerStatusLog;
import dev.javelin.net.KryoNetTransport;
import dev.javelin.render.MacFirstThread;
import dev.javelin.render.RenderOptions;
import dev.javelin.sample.game.SpaceGame;
import io.micrometer.core.instrument.Tags;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The sample game's launcher:
 * {@code java -jar javelin-sample.jar [host|server|client|bots N] [--key=value ...]}; see
 * {@link LaunchConfig} for the settings and README.md for how to play.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        LaunchConfig config;
        try {
            config = LaunchConfig.parse(args);
        } catch (LaunchConfig.ConfigException e) {
            System.err.println("javelin: " + e.getMessage());
            System.exit(2);
            return;
        }
        Logging.configure(config.string("log"));
        boolean window = config.mode().equals("client") || config.mode().equals("host") && !config.flag("headless");
        if (window) {
            int relaunched = MacFirstThread.relaunchIfNeeded(Main.class, args);
            if (relaunched >= 0) {
                System.exit(relaunched);
                return;
            }
        }
        int exit = switch (config.mode()) {
            case "server" -> server(config);
            case "client" -> client(config);
            case "bots" -> Bots.run(config);
            default -> host(config);
        };
        System.exit(exit);
    }

    static SpaceGame newGame(LaunchConfig c) {
        return new SpaceGame(SpaceGame.config(c.longValue("seed")).withStepRate(c.integer("stepRate")));
    }

    static ServerConfig serverConfig(LaunchConfig c) {
        return ServerConfig.defaults().withUpdateRate(c.integer("updateRate")).withFullSyncRate(c.integer("fullSyncRate"));
    }

    static SyncSettings sync(LaunchConfig c) {
        return SyncSettings.of(c.string("sync")).withPredictLocal(c.flag("predictLocal"));
    }

    /** The client's transport with the configured conditioner in front, if any is set. */
    static Transport conditioned(Transport t, LaunchConfig c, long seed) {
        NetworkConditions n = NetworkConditions.NONE.withLatencyMillis(c.integer("latency"))
                .withJitterMillis(c.integer("jitter")).withLoss(c.decimal("loss"));
        return n.equals(NetworkConditions.NONE) ? t : new ConditionedTransport(t, n, n, seed, Clock.system());
    }

    private static int host(LaunchConfig c) throws Exception {
        LocalTransport local = new LocalTransport(Protocol.registry());
        TransportServer endpoint = local.bind("local", 0, 0);
        try (ServerEngine server = ServerEngine.builder(newGame(c), endpoint).config(serverConfig(c)).build()) {
            server.start();
            ClientEngine client = ClientEngine.connect(newGame(c), sync(c), Clock.system(), conditioned(local, c, 1),
                    "local", endpoint.tcpPort(), endpoint.udpPort(), c.string("name"), null, Duration.ofSeconds(5));
            return play(client, c);
        }
    }

    private static int client(LaunchConfig c) throws Exception {
        KryoNetTransport net = new KryoNetTransport(Protocol.registry());
        int port = c.connectPort();
        ClientEngine client = ClientEngine.connect(newGame(c), sync(c), Clock.system(), conditioned(net, c, 2),
                c.connectHost(), port, c.connectUdpPort(), c.string("name"), null, Duration.ofSeconds(10));
        return play(client, c);
    }

    /** Runs a client with a window (or headless) until the window closes or the duration ends. */
    private static int play(ClientEngine client, LaunchConfig c) throws Exception {
        try (client) {
            RenderStatePublisher publisher = new RenderStatePublisher(client.game().config().stepPeriodNanos(),
                    client.game().config().physics().bounds());
            InputQueue inputs = new InputQueue();
            client.useInputQueue(inputs);
            client.publishTo(publisher);
            client.start();
            double duration = c.decimal("duration");
            if (c.flag("headless")) {
                new CountDownLatch(1).await(duration > 0 ? (long) (duration * 1000) : Long.MAX_VALUE, TimeUnit.MILLISECONDS);
                return 0;
            }
            int fpsCap = c.integer("fpsCap");
            RenderOptions.Builder options = RenderOptions.builder().title("Javelin — space arena")
                    .size(c.integer("width"), c.integer("height")).vsync(c.flag("vsync"));
            if (fpsCap > 0) {
                options.fpsCap(fpsCap);
            }
            SpaceView view = new SpaceView(options.build(), client::playerId, c.integer("view"));
            Thread timer = null;
            if (duration > 0) {
                timer = new Thread(() -> {
                    try {
                        Thread.sleep((long) (duration * 1000));
                        String shot = c.string("screenshot");
                        if (!shot.isEmpty()) {
                            view.screenshot(Path.of(shot)).get(10, TimeUnit.SECONDS);
                        }
                    } catch (Exception e) {
                        System.err.println("javelin: screenshot failed: " + e.getMessage());
                    }
                    view.stop();
                }, "javelin-duration");
                timer.setDaemon(true);
                timer.start();
            }
            view.run(publisher, inputs);
            return 0;
        }
    }

    private static int server(LaunchConfig c) throws Exception {
        KryoNetTransport net = new KryoNetTransport(Protocol.registry());
        int port = c.integer("port");
        TransportServer endpoint = net.bind(c.string("host"), port, port == 0 ? 0 : port + 1);
        try (ServerEngine server = ServerEngine.builder(newGame(c), endpoint).config(serverConfig(c)).build();
             ServerStatsRecorder jfr = ServerStatsRecorder.start(server);
             AutoCloseable status = statusLog(server, c);
             AutoCloseable metrics = metrics(server, c)) {
            PlayerLog.attach(server);
            server.start();
            System.out.println("READY port=" + endpoint.tcpPort() + " udp=" + endpoint.udpPort());
            System.out.flush();
            double duration = c.decimal("duration");
            new CountDownLatch(1).await(duration > 0 ? (long) (duration * 1000) : Long.MAX_VALUE, TimeUnit.MILLISECONDS);
        }
        return 0;
    }

    /** The status line every {@code --status} seconds, or nothing for 0. */
    private static AutoCloseable statusLog(ServerEngine server, LaunchConfig c) {
        int seconds = c.integer("status");
        return seconds == 0 ? () -> { } : ServerStatusLog.start(server, Duration.ofSeconds(seconds));
    }

    /** The Prometheus endpoint on {@code --host}:{@code --metrics-port}, or nothing when no port is set. */
    private static AutoCloseable metrics(ServerEngine server, LaunchConfig c) throws java.io.IOException {
        if (c.string("metrics-port").isEmpty()) {
            return () -> { };
        }
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        new ServerMetrics(server, Tags.of("game", "space-arena")).bindTo(registry);
        PrometheusEndpoint endpoint = PrometheusEndpoint.start(c.string("host"), c.integer("metrics-port"), registry);
        org.slf4j.LoggerFactory.getLogger(Main.class).info("metrics at http://{}:{}/metrics", c.string("host"),
                endpoint.port());
        return endpoint;
    }
}

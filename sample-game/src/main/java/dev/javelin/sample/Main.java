package dev.javelin.sample;

import dev.javelin.engine.client.ClientEngine;
import dev.javelin.engine.loop.Clock;
import dev.javelin.agones.AgonesBridge;
import dev.javelin.engine.protocol.Protocol;
import dev.javelin.engine.server.FatalErrors;
import dev.javelin.engine.server.ServerConfig;
import dev.javelin.engine.replay.ReplayRecorder;
import dev.javelin.engine.server.ServerEngine;
import dev.javelin.engine.sync.SyncSettings;
import dev.javelin.engine.transport.ConditionedTransport;
import dev.javelin.engine.transport.LocalTransport;
import dev.javelin.engine.transport.NetworkConditions;
import dev.javelin.engine.transport.Transport;
import dev.javelin.engine.server.JoinApprover;
import dev.javelin.engine.server.JoinVerdict;
import dev.javelin.engine.transport.PairedServer;
import dev.javelin.engine.transport.TransportException;
import dev.javelin.engine.transport.TransportServer;
import dev.javelin.engine.view.InputQueue;
import dev.javelin.engine.view.RenderStatePublisher;
import dev.javelin.metrics.PrometheusEndpoint;
import dev.javelin.metrics.ServerMetrics;
import dev.javelin.metrics.ServerStatsRecorder;
import dev.javelin.metrics.ServerStatusLog;
import dev.javelin.net.KryoNetTransport;
import dev.javelin.render.Keys;
import dev.javelin.render.MacFirstThread;
import dev.javelin.render.RenderOptions;
import dev.javelin.sample.game.BotBrain;
import dev.javelin.sample.game.SpaceGame;
import io.micrometer.core.instrument.Tags;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import dev.javelin.sample.game.SpaceInputValidator;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;

/**
 * The sample game's launcher:
 * {@code java -jar javelin-sample.jar [host|server|client|bots N] [--key=value ...]}; see
 * {@link LaunchConfig} for the settings and README.md for how to play.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        if (LaunchConfig.wantsHelp(args)) {
            System.out.print(LaunchConfig.usage());
            System.out.flush();
            System.exit(0);
            return;
        }
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
        int exit;
        try {
            exit = switch (config.mode()) {
                case "server" -> server(config);
                case "client" -> client(config);
                case "bots" -> Bots.run(config);
                case "replay" -> Replays.play(config);
                default -> host(config);
            };
        } catch (LaunchConfig.ConfigException e) {
            System.err.println("javelin: " + e.getMessage());
            exit = 2;
        } catch (TransportException e) {
            // Unreachable, refused, timed out: the reason is the whole story, a stack trace would bury it.
            System.err.println("javelin: cannot join: " + LaunchFailure.describe(e));
            exit = 1;
        } catch (Exception e) {
            // A port in use, an unknown host, a refused or foreign server: one line for the user, no stack trace.
            System.err.println("javelin: " + LaunchFailure.describe(e));
            exit = 1;
        }
        System.exit(exit);
    }

    static SpaceGame newGame(LaunchConfig c) {
        return new SpaceGame(SpaceGame.config(c.longValue("seed")).withStepRate(c.integer("stepRate")),
                c.integer("roundPoints"));
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
        TransportServer endpoint = listening(local.bind("local", 0, 0), c);
        TransportServer mine = endpoint instanceof PairedServer paired ? paired.first() : endpoint;
        List<ClientEngine> opponents = new ArrayList<>();
        ServerEngine.Builder builder = ServerEngine.builder(() -> newGame(c), endpoint).config(serverConfig(c));
        String password = c.string("password");
        if (!password.isEmpty()) {
            builder.joinApprover(passwordCheck(password));
        }
        try (ServerEngine server = builder.build()) {
            server.start();
            for (int i = 1; i <= c.integer("opponents"); i++) {
                ClientEngine bot = ClientEngine.builder(() -> newGame(c)).sync(sync(c)).clock(Clock.system())
                        .server(local, "local", mine.tcpPort(), mine.udpPort()).credential(credential(c))
                        .name("bot " + i).timeout(Duration.ofSeconds(5)).connect();
                fly(bot, new BotBrain(1000 + i));
                bot.start();
                opponents.add(bot);
            }
            ClientEngine client = ClientEngine.builder(() -> newGame(c)).sync(sync(c)).clock(Clock.system())
                    .server(conditioned(local, c, 1), "local", mine.tcpPort(), mine.udpPort())
                    .credential(credential(c)).name(c.string("name")).timeout(Duration.ofSeconds(5)).connect();
            return play(client, c);
        } finally {
            opponents.forEach(ClientEngine::close);
        }
    }

    /**
     * The host's endpoint: {@code local} alone, or paired with KryoNet on {@code --host}/{@code --port} so that
     * friends can join ({@code LISTENING port=... udp=...} says where). A port that is taken is one line, and
     * the host plays on alone.
     */
    private static TransportServer listening(TransportServer local, LaunchConfig c) {
        int port = c.integer("port");
        try {
            KryoNetTransport.limitKryoNetLog();
            TransportServer remote = new KryoNetTransport(Protocol.registry())
                    .bind(c.string("host"), port, port == 0 ? 0 : port + 1);
            System.out.println("LISTENING port=" + remote.tcpPort() + " udp=" + remote.udpPort());
            System.out.flush();
            return new PairedServer(local, remote);
        } catch (IOException e) {
            System.err.println("javelin: friends cannot join: " + c.string("host") + ":" + port + " is not free ("
                    + e.getMessage() + "); playing locally");
            return local;
        }
    }

    /** The sample's join approval with {@code --password}: a wrong or missing one is refused with that reason. */
    static JoinApprover passwordCheck(String password) {
        return attempt -> password.equals(attempt.credential()) ? JoinVerdict.APPROVED
                : JoinVerdict.refuse(attempt.credential() == null ? "this server needs a password (--password=)"
                : "wrong password");
    }

    /** What a client presents: {@code --password}, else the lobby's {@code --ticket}, else nothing. */
    static String credential(LaunchConfig c) {
        if (!c.string("password").isEmpty()) {
            return c.string("password");
        }
        return c.string("ticket").isEmpty() ? null : c.string("ticket");
    }

    /** Lets {@code brain} decide {@code client}'s inputs after each of its steps. */
    static void fly(ClientEngine client, BotBrain brain) {
        SpaceGame game = (SpaceGame) client.game();
        client.addStepListener((c, due) -> {
            for (String action : brain.decide(game.shipOf(c.playerId()), game.world().objects(),
                    game.config().physics().bounds())) {
                c.queueInput(action, 0, 0);
            }
        });
    }

    private static int client(LaunchConfig c) throws Exception {
        KryoNetTransport net = new KryoNetTransport(Protocol.registry());
        int port = c.connectPort();
        String room = c.string("room").isEmpty() ? null : c.string("room");
        ClientEngine client = ClientEngine.builder(() -> newGame(c)).sync(sync(c)).clock(Clock.system())
                .server(conditioned(net, c, 2), c.connectHost(), port, c.connectUdpPort())
                .name(c.string("name")).room(room).credential(credential(c)).clientVersion(AgonesLaunch.VERSION)
                .timeout(Duration.ofSeconds(10)).reconnectFor(Duration.ofSeconds(10)).connect();
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
            if (c.flag("autopilot")) {
                fly(client, new BotBrain(c.longValue("seed")));
            }
            client.start();
            double duration = c.decimal("duration");
            if (c.flag("headless")) {
                long end = duration > 0 ? System.nanoTime() + (long) (duration * 1e9) : Long.MAX_VALUE;
                while (System.nanoTime() < end && !ended(client)) {
                    Thread.sleep(50);
                }
                return exitStatus(client);
            }
            int fpsCap = c.integer("fpsCap");
            RenderOptions.Builder options = RenderOptions.builder().title("Javelin — space arena")
                    .size(c.integer("width"), c.integer("height")).vsync(c.flag("vsync")).clearColor(SpaceView.SPACE)
                    .quitKey(Keys.ESCAPE).screenshotDir(c.screenshotDir())
                    .netGraphVisible(c.flag("netGraph"));
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
            Thread watch = new Thread(() -> {
                while (!ended(client)) {
                    LockSupport.parkNanos(50_000_000L);
                }
                view.stop();
            }, "javelin-watch");
            watch.setDaemon(true);
            watch.start();
            view.run(publisher, inputs);
            return exitStatus(client);
        }
    }

    /** True once the client stopped for a failure or its server went away. */
    private static boolean ended(ClientEngine client) {
        return client.failure() != null || client.disconnectReason() != null && !client.isReconnecting();
    }

    /** 0 for a game that ended normally; otherwise prints why and returns 1. */
    private static int exitStatus(ClientEngine client) {
        if (client.failure() != null) {
            System.err.println("javelin: " + client.failure().getMessage());
            return 1;
        }
        if (client.disconnectReason() != null) {
            System.err.println("javelin: " + (client.connectionStatus() != null ? client.connectionStatus()
                    : "disconnected: " + client.disconnectReason()));
            return 1;
        }
        return 0;
    }

    private static int server(LaunchConfig c) throws Exception {
        AgonesBridge agones = c.flag("agones") ? AgonesLaunch.bridge(c, System.getenv()) : null;
        KryoNetTransport net = new KryoNetTransport(Protocol.registry());
        int port = c.integer("port");
        TransportServer endpoint = net.bind(c.string("host"), port, port == 0 ? 0 : port + 1);
        // Out of memory or any error no thread caught: tell the clients, exit non-zero, let a supervisor restart us.
        FatalErrors.exitOnUncaught(line -> System.err.println("javelin: " + line), endpoint::close);
        CountDownLatch failed = new CountDownLatch(1);
        AtomicReference<SpaceGame> made = new AtomicReference<>();
        ServerEngine.Builder builder = ServerEngine.builder(() -> {
            SpaceGame game = newGame(c);
            made.set(game);
            return game;
        }, endpoint).config(serverConfig(c)).maxPlayers(c.integer("maxPlayers")).onFailure(f -> failed.countDown())
                // One of each action per player per step: more inputs never mean more speed.
                .validator(new SpaceInputValidator(() -> made.get().world().stepCount()));
        if (agones != null) {
            builder.joinApprover(agones.approver());
        } else if (!c.string("password").isEmpty()) {
            builder.joinApprover(passwordCheck(c.string("password")));
        }
        ReplayRecorder recorder = null;
        try (ServerEngine server = builder.build(); AgonesBridge bridge = agones;
             ServerStatsRecorder jfr = ServerStatsRecorder.start(server);
             AutoCloseable status = statusLog(server, c);
             AutoCloseable metrics = metrics(server, c)) {
            PlayerLog.attach(server);
            if (bridge != null) {
                bridge.attach(server);
            }
            recorder = Replays.record(server, c.string("record"));
            server.start();
            System.out.println("READY port=" + endpoint.tcpPort() + " udp=" + endpoint.udpPort());
            System.out.flush();
            if (bridge != null) {
                bridge.start();
            }
            double duration = c.decimal("duration");
            failed.await(duration > 0 ? (long) (duration * 1000) : Long.MAX_VALUE, TimeUnit.MILLISECONDS);
            if (server.failure() != null) {
                // The report with its stack trace went to the server log; this is the one line for the operator.
                System.err.println("javelin: " + server.failure().getMessage());
                return 1;
            }
        } finally {
            if (recorder != null) {
                // The server is closed: its step thread has ended, so the recorder can be finished here.
                recorder.close();
            }
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

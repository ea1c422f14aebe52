package dev.javelin.sample;

import dev.javelin.engine.client.ClientEngine;
import dev.javelin.engine.loop.Clock;
import dev.javelin.agones.AgonesBridge;
import dev.javelin.engine.protocol.Protocol;
import dev.javelin.engine.server.ServerConfig;
import dev.javelin.engine.replay.ReplayRecorder;
import dev.javelin.engine.server.ServerEngine;
import dev.javelin.engine.sync.SyncSettings;
import dev.javelin.engine.transport.ConditionedTransport;
import dev.javelin.engine.transport.LocalTransport;
import dev.javelin.engine.transport.NetworkConditions;
import dev.javelin.engine.transport.Transport;
import dev.javelin.engine.transport.TransportServer;
import dev.javelin.engine.view.InputQueue;
import dev.javelin.engine.view.RenderStatePublisher;
import dev.javelin.net.KryoNetTransport;
import dev.javelin.render.Keys;
import dev.javelin.render.RenderOptions;
import dev.javelin.sample.game.BotBrain;
import dev.javelin.sample.game.SpaceGame;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
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
        TransportServer endpoint = local.bind("local", 0, 0);
        List<ClientEngine> opponents = new ArrayList<>();
        try (ServerEngine server = ServerEngine.builder(() -> newGame(c), endpoint).config(serverConfig(c)).build()) {
            server.start();
            for (int i = 1; i <= c.integer("opponents"); i++) {
                ClientEngine bot = ClientEngine.builder(() -> newGame(c)).sync(sync(c)).clock(Clock.system())
                        .server(local, "local", endpoint.tcpPort(), endpoint.udpPort())
                        .name("bot " + i).timeout(Duration.ofSeconds(5)).connect();
                fly(bot, new BotBrain(1000 + i));
                bot.start();
                opponents.add(bot);
            }
            ClientEngine client = ClientEngine.builder(() -> newGame(c)).sync(sync(c)).clock(Clock.system())
                    .server(conditioned(local, c, 1), "local", endpoint.tcpPort(), endpoint.udpPort())
                    .name(c.string("name")).timeout(Duration.ofSeconds(5)).connect();
            return play(client, c);
        } finally {
            opponents.forEach(ClientEngine::close);
        }
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
        String ticket = c.string("ticket").isEmpty() ? null : c.string("ticket");
        ClientEngine client = ClientEngine.builder(() -> newGame(c)).sync(sync(c)).clock(Clock.system())
                .server(conditioned(net, c, 2), c.connectHost(), port, c.connectUdpPort())
                .name(c.string("name")).room(room).credential(ticket).clientVersion(AgonesLaunch.VERSION)
                .timeout(Duration.ofSeconds(10)).connect();
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
        return client.failure() != null || client.disconnectReason() != null;
    }

    /** 0 for a game that ended normally; otherwise prints why and returns 1. */
    private static int exitStatus(ClientEngine client) {
        if (client.failure() != null) {
            System.err.println("javelin: " + client.failure().getMessage());
            return 1;
        }
        if (client.disconnectReason() != null) {
            System.err.println("javelin: disconnected: " + client.disconnectReason());
            return 1;
        }
        return 0;
    }

    private static int server(LaunchConfig c) throws Exception {
        AgonesBridge agones = c.flag("agones") ? AgonesLaunch.bridge(c, System.getenv()) : null;
        // A server on a public port meets scanners; keep KryoNet from writing a stack trace for each of them.
        KryoNetTransport.limitKryoNetLog();
        KryoNetTransport net = new KryoNetTransport(Protocol.registry());
        int port = c.integer("port");
        TransportServer endpoint = net.bind(c.string("host"), port, port == 0 ? 0 : port + 1);
        CountDownLatch failed = new CountDownLatch(1);
        ServerEngine.Builder builder = ServerEngine.builder(() -> newGame(c), endpoint).config(serverConfig(c))
                .maxPlayers(c.integer("maxPlayers")).onFailure(f -> failed.countDown());
        if (agones != null) {
            builder.joinApprover(agones.approver());
        }
        ReplayRecorder recorder = null;
        try (ServerEngine server = builder.build(); AgonesBridge bridge = agones) {
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
}

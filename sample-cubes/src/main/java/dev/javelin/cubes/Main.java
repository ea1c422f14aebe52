package dev.javelin.cubes;

import dev.javelin.cubes.game.CubeBot;
import dev.javelin.cubes.game.CubesGame;
import dev.javelin.cubes.view.CubesWindow;
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
import dev.javelin.net.KryoNetTransport;
import dev.javelin.sample.LaunchConfig;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The cube sample's launcher: {@code java -jar javelin-cubes.jar [host|server|client|bots N] [--key=value
 * ...]}, with the settings of the space sample's {@link LaunchConfig} ({@code --sync}, {@code --updateRate},
 * {@code --connect}, {@code --duration}, ...). {@code host} runs a server and a client in one process and {@code client}
 * joins a server, both in a 3D window ({@link CubesWindow}; {@code --headless=true} prints status lines
 * instead); {@code server} prints {@code READY port= udp=} once
 * listening; {@code bots N} drives N cubes through the pile and ends with a {@code BOTS} line.
 *
 * <p>Threads: the main thread runs the mode; engines run on their own threads.
 */
public final class Main {

    private Main() {
    }

    /**
     * The cube sample's own defaults, placed before the user's options (which win): forced full snapshots only
     * every 1000 snapshots. 901 cubes do not fit one snapshot's budget, and a full snapshot that does not fit
     * leaves the client without the objects it could not carry until the following snapshots bring them back
     * (an engine limit, see docs/3D.md), so the cubes would blink out every 20 snapshots with the default.
     */
    static final String[] DEFAULTS = {"--fullSyncRate=1000"};

    public static void main(String[] args) throws Exception {
        LaunchConfig config;
        try {
            config = parse(args);
        } catch (LaunchConfig.ConfigException e) {
            System.err.println("javelin-cubes: " + e.getMessage());
            System.exit(2);
            return;
        }
        int exit = switch (config.mode()) {
            case "server" -> server(config);
            case "client" -> client(config);
            case "bots" -> bots(config);
            default -> host(config);
        };
        System.exit(exit);
    }

    /** Parses a command line with the cube sample's {@link #DEFAULTS} first. */
    static LaunchConfig parse(String[] args) {
        String[] all = new String[DEFAULTS.length + args.length];
        System.arraycopy(DEFAULTS, 0, all, 0, DEFAULTS.length);
        System.arraycopy(args, 0, all, DEFAULTS.length, args.length);
        return LaunchConfig.parse(all);
    }

    static CubesGame newGame(LaunchConfig c) {
        return new CubesGame(CubesGame.config(c.longValue("seed"), c.integer("stepRate")));
    }

    /** A server's game: the scene built, as only the authority does. */
    static CubesGame newServerGame(LaunchConfig c) {
        CubesGame game = newGame(c);
        game.populate();
        return game;
    }

    static ServerConfig serverConfig(LaunchConfig c) {
        return ServerConfig.defaults().withUpdateRate(c.integer("updateRate")).withFullSyncRate(c.integer("fullSyncRate"));
    }

    static SyncSettings sync(LaunchConfig c) {
        return SyncSettings.of(c.string("sync")).withPredictLocal(c.flag("predictLocal"));
    }

    static Transport conditioned(Transport t, LaunchConfig c, long seed) {
        NetworkConditions n = NetworkConditions.NONE.withLatencyMillis(c.integer("latency"))
                .withJitterMillis(c.integer("jitter")).withLoss(c.decimal("loss"));
        return n.equals(NetworkConditions.NONE) ? t : new ConditionedTransport(t, n, n, seed, Clock.system());
    }

    private static int host(LaunchConfig c) throws Exception {
        LocalTransport local = new LocalTransport(Protocol.registry());
        TransportServer endpoint = local.bind("local", 0, 0);
        try (ServerEngine server = ServerEngine.builder(newServerGame(c), endpoint).config(serverConfig(c)).build()) {
            server.start();
            try (ClientEngine client = ClientEngine.builder(newGame(c)).sync(sync(c)).clock(Clock.system())
                .server(conditioned(local, c, 1), "local", endpoint.tcpPort(), endpoint.udpPort()).name(c.string("name")).timeout(Duration.ofSeconds(5)).connect()) {
                view(c).run(client, c.decimal("duration"));
            }
        }
        return 0;
    }

    private static int client(LaunchConfig c) throws Exception {
        KryoNetTransport net = new KryoNetTransport(Protocol.registry());
        try (ClientEngine client = ClientEngine.builder(newGame(c)).sync(sync(c)).clock(Clock.system())
                .server(conditioned(net, c, 2), c.connectHost(), c.connectPort(), c.connectUdpPort()).name(c.string("name")).timeout(Duration.ofSeconds(10)).connect()) {
            view(c).run(client, c.decimal("duration"));
        }
        return 0;
    }

    /** The view for this run: the 3D window ({@link CubesWindow}), or with {@code --headless=true} status lines. */
    static CubesView view(LaunchConfig c) {
        return c.flag("headless") ? new HeadlessView() : new CubesWindow(c);
    }

    private static int server(LaunchConfig c) throws Exception {
        KryoNetTransport.limitKryoNetLog();
        KryoNetTransport net = new KryoNetTransport(Protocol.registry());
        int port = c.integer("port");
        TransportServer endpoint = net.bind(c.string("host"), port, port == 0 ? 0 : port + 1);
        try (ServerEngine server = ServerEngine.builder(newServerGame(c), endpoint).config(serverConfig(c)).build()) {
            server.start();
            System.out.println("READY port=" + endpoint.tcpPort() + " udp=" + endpoint.udpPort());
            System.out.flush();
            double duration = c.decimal("duration");
            new CountDownLatch(1).await(duration > 0 ? (long) (duration * 1000) : Long.MAX_VALUE, TimeUnit.MILLISECONDS);
        }
        return 0;
    }

    /**
     * {@code bots N}: N headless clients, each driving its cube through the pile. Ends with {@code BOTS
     * connected= disconnects= decodeErrors= desyncs=} and exits 0 only if every bot stayed connected and none
     * desynced.
     */
    private static int bots(LaunchConfig c) throws Exception {
        KryoNetTransport net = new KryoNetTransport(Protocol.registry());
        List<ClientEngine> bots = new ArrayList<>();
        int connected = 0;
        try {
            for (int i = 0; i < c.bots(); i++) {
                bots.add(startBot(net, c, i));
                connected++;
            }
            double duration = c.decimal("duration");
            Thread.sleep(duration > 0 ? (long) (duration * 1000) : 30_000);
        } catch (Exception e) {
            System.err.println("javelin-cubes: bot failed to connect: " + e.getMessage());
        } finally {
            int disconnects = 0;
            long decodeErrors = 0;
            long desyncs = 0;
            for (ClientEngine b : bots) {
                disconnects += b.disconnectReason() != null ? 1 : 0;
                decodeErrors += b.stats().decodeErrors();
                desyncs += b.stats().desyncs();
                b.close();
            }
            System.out.println("BOTS connected=" + connected + " disconnects=" + disconnects + " decodeErrors="
                    + decodeErrors + " desyncs=" + desyncs);
            if (connected == c.bots() && disconnects == 0 && desyncs == 0) {
                return 0;
            }
        }
        return 1;
    }

    static ClientEngine startBot(Transport net, LaunchConfig c, int i) throws Exception {
        CubesGame game = newGame(c);
        ClientEngine bot = ClientEngine.builder(game).sync(sync(c)).clock(Clock.system())
                .server(conditioned(net, c, 100 + i), c.connectHost(), c.connectPort(), c.connectUdpPort()).name("bot " + (i + 1)).timeout(Duration.ofSeconds(10)).connect();
        CubeBot brain = new CubeBot(1000 + i);
        bot.addStepListener((client, due) -> {
            for (String action : brain.decide(game.cubeOf(client.playerId()), game.grid())) {
                client.queueInput(action, 0, 0);
            }
        });
        bot.start();
        return bot;
    }
}

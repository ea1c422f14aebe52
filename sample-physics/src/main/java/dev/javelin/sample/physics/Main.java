package dev.javelin.sample.physics;

import dev.javelin.engine.client.ClientEngine;
import dev.javelin.engine.loop.Clock;
import dev.javelin.engine.protocol.Protocol;
import dev.javelin.engine.server.ServerConfig;
import dev.javelin.engine.server.ServerEngine;
import dev.javelin.engine.sync.SyncSettings;
import dev.javelin.engine.transport.TransportServer;
import dev.javelin.engine.view.InputQueue;
import dev.javelin.engine.view.RenderStatePublisher;
import dev.javelin.render.RenderOptions;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import dev.javelin.net.KryoNetTransport;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The push sample's launcher, headless:
 * <pre>
 * server [--port=N] [--physics=simple|dyn4j] [--duration=SECONDS]
 * bots N --connect=HOST:PORT [--physics=...] [--sync=extrapolate|interpolate|frameSync] [--duration=SECONDS]
 * host [--bots=N] [--physics=...] [--sync=...] [--duration=SECONDS]   (server and bots in one process, 127.0.0.1)
 * play [--bots=N] [--physics=...] [--sync=...] [--duration=SECONDS] [--screenshot=PNG] [--width=W] [--height=H]
 * </pre>
 * {@code play} is {@code host} plus a window (the engine's {@code GlRenderer}) for one more player at the
 * keyboard; with {@code --duration} it closes by itself, after saving {@code --screenshot} if given.
 * Server and clients must run the same {@code --physics}. Errors in the arguments print one line and exit 2.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = new HashMap<>();
        List<String> words = new ArrayList<>();
        for (String a : args) {
            if (a.startsWith("--") && a.contains("=")) {
                opts.put(a.substring(2, a.indexOf('=')), a.substring(a.indexOf('=') + 1));
            } else {
                words.add(a);
            }
        }
        try {
            String mode = words.isEmpty() ? "host" : words.get(0);
            PushGame.Physics physics = PushGame.Physics.parse(opts.getOrDefault("physics", "dyn4j"));
            double duration = Double.parseDouble(opts.getOrDefault("duration", "20"));
            SyncSettings sync = SyncSettings.of(opts.getOrDefault("sync", "extrapolate"));
            int exit = switch (mode) {
                case "server" -> server(physics, Integer.parseInt(opts.getOrDefault("port", "4770")), duration);
                case "bots" -> {
                    String[] hp = opts.getOrDefault("connect", "127.0.0.1:4770").split(":");
                    int n = Integer.parseInt(words.size() > 1 ? words.get(1) : "2");
                    yield bots(physics, sync, hp[0], Integer.parseInt(hp[1]), n, duration);
                }
                case "host" -> host(physics, sync, Integer.parseInt(opts.getOrDefault("bots", "2")), duration);
                case "play" -> play(physics, sync, Integer.parseInt(opts.getOrDefault("bots", "2")),
                        opts.containsKey("duration") ? duration : 0, opts.getOrDefault("screenshot", ""),
                        Integer.parseInt(opts.getOrDefault("width", "1280")),
                        Integer.parseInt(opts.getOrDefault("height", "720")));
                default -> throw new IllegalArgumentException("mode must be server, bots N, host or play, was '" + mode
                        + "'");
            };
            System.exit(exit);
        } catch (IllegalArgumentException e) {
            System.err.println("javelin-physics: " + e.getMessage());
            System.exit(2);
        }
    }

    static ServerEngine startServer(PushGame.Physics physics, KryoNetTransport net, String host, int port)
            throws java.io.IOException {
        PushGame game = new PushGame(physics);
        game.buildHall();
        TransportServer endpoint = net.bind(host, port, port == 0 ? 0 : port + 1);
        ServerEngine server = ServerEngine.builder(game, endpoint).config(ServerConfig.defaults())
                .validator(PushGame.validator()).build();
        server.start();
        return server;
    }

    /** A bot client: a {@link PushBot} queues its moves from the client's own step thread. */
    static ClientEngine startBot(PushGame.Physics physics, SyncSettings sync, KryoNetTransport net, String host,
                                 int tcp, int udp, int index) throws java.io.IOException {
        PushGame game = new PushGame(physics);
        ClientEngine c = ClientEngine.builder(game).sync(sync).clock(Clock.system())
                .server(net, host, tcp, udp).name("bot " + index).timeout(Duration.ofSeconds(10)).connect();
        PushBot bot = new PushBot(index);
        c.addStepListener((client, due) -> {
            float[] move = bot.decide(client.game().world().stepCount());
            if (move != null) {
                client.queueInput("move", move[0], move[1]);
            }
        });
        c.start();
        return c;
    }

    private static int server(PushGame.Physics physics, int port, double duration) throws Exception {
        KryoNetTransport.limitKryoNetLog();
        KryoNetTransport net = new KryoNetTransport(Protocol.registry());
        try (ServerEngine server = startServer(physics, net, "127.0.0.1", port)) {
            System.out.println("READY port=" + server.transport().tcpPort() + " udp=" + server.transport().udpPort()
                    + " physics=" + physics.name().toLowerCase());
            Thread.sleep((long) (duration * 1000));
        }
        return 0;
    }

    private static int bots(PushGame.Physics physics, SyncSettings sync, String host, int port, int n, double duration)
            throws Exception {
        KryoNetTransport net = new KryoNetTransport(Protocol.registry());
        List<ClientEngine> bots = new ArrayList<>();
        try {
            for (int i = 1; i <= n; i++) {
                bots.add(startBot(physics, sync, net, host, port, port + 1, i));
            }
            Thread.sleep((long) (duration * 1000));
            return report(bots);
        } finally {
            bots.forEach(ClientEngine::close);
        }
    }

    private static int host(PushGame.Physics physics, SyncSettings sync, int n, double duration) throws Exception {
        KryoNetTransport net = new KryoNetTransport(Protocol.registry());
        List<ClientEngine> bots = new ArrayList<>();
        try (ServerEngine server = startServer(physics, net, "127.0.0.1", 0)) {
            for (int i = 1; i <= n; i++) {
                bots.add(startBot(physics, sync, net, "127.0.0.1", server.transport().tcpPort(),
                        server.transport().udpPort(), i));
            }
            Thread.sleep((long) (duration * 1000));
            return report(bots);
        } finally {
            bots.forEach(ClientEngine::close);
        }
    }

    private static int play(PushGame.Physics physics, SyncSettings sync, int n, double duration, String screenshot,
                            int width, int height) throws Exception {
        KryoNetTransport net = new KryoNetTransport(Protocol.registry());
        List<ClientEngine> bots = new ArrayList<>();
        try (ServerEngine server = startServer(physics, net, "127.0.0.1", 0)) {
            for (int i = 1; i <= n; i++) {
                bots.add(startBot(physics, sync, net, "127.0.0.1", server.transport().tcpPort(),
                        server.transport().udpPort(), i));
            }
            try (ClientEngine me = ClientEngine.builder(() -> new PushGame(physics)).sync(sync).clock(Clock.system())
                .server(net, "127.0.0.1", server.transport().tcpPort(), server.transport().udpPort()).name("you").timeout(Duration.ofSeconds(10)).connect()) {
                RenderStatePublisher publisher = new RenderStatePublisher(me.game().config().stepPeriodNanos(),
                        me.game().config().physics().bounds());
                InputQueue inputs = new InputQueue();
                me.useInputQueue(inputs);
                me.publishTo(publisher);
                me.start();
                PushView view = new PushView(RenderOptions.builder().title("Javelin — push (" + physics.name()
                        .toLowerCase() + ")").size(width, height).vsync(false).fpsCap(60).build(), me::playerId);
                if (duration > 0) {
                    Thread timer = new Thread(() -> {
                        try {
                            Thread.sleep((long) (duration * 1000));
                            if (!screenshot.isEmpty()) {
                                view.screenshot(Path.of(screenshot)).get(10, TimeUnit.SECONDS);
                            }
                        } catch (Exception e) {
                            System.err.println("javelin-physics: screenshot failed: " + e.getMessage());
                        }
                        view.stop();
                    }, "javelin-duration");
                    timer.setDaemon(true);
                    timer.start();
                }
                view.run(publisher, inputs);
            }
            return report(bots);
        } finally {
            bots.forEach(ClientEngine::close);
        }
    }

    private static int report(List<ClientEngine> bots) {
        long desyncs = 0;
        long decodeErrors = 0;
        int disconnects = 0;
        for (ClientEngine b : bots) {
            desyncs += b.stats().desyncs();
            decodeErrors += b.stats().decodeErrors();
            disconnects += b.disconnectReason() == null ? 0 : 1;
        }
        System.out.println("PHYSICS BOTS connected=" + bots.size() + " disconnects=" + disconnects + " decodeErrors="
                + decodeErrors + " desyncs=" + desyncs);
        return disconnects == 0 && desyncs == 0 ? 0 : 1;
    }
}

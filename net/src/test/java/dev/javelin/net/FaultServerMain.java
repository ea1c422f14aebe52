package dev.javelin.net;

import dev.javelin.engine.world.DynamicObject;
import dev.javelin.engine.world.GameObject;
import dev.javelin.engine.protocol.Protocol;
import dev.javelin.engine.server.ServerConfig;
import dev.javelin.engine.server.ServerEngine;
import dev.javelin.engine.testgame.ArenaGame;
import dev.javelin.engine.transport.TransportServer;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.LongAdder;

/**
 * The server side of {@code NetworkFaultsTest}, run in its own JVM inside the server's network namespace:
 * {@code FaultServerMain <address>}. An {@link ArenaGame} server over KryoNet, driven by commands on standard input,
 * answering with lines on standard output:
 * <ul>
 *   <li>at start: {@code READY <tcpPort> <udpPort>}</li>
 *   <li>{@code drones N}: adds N drifting drones; {@code freeze}: stops every object</li>
 *   <li>{@code report}: {@code APPLIED <player>=<inputs applied> ...} and {@code WORLD <id>:<owner>:<x>:<y>,...}</li>
 *   <li>{@code quit} or end of input: closes and exits</li>
 * </ul>
 * The transport's liveness timeout is 10 s, longer than the test's 5 s blackout.
 */
final class FaultServerMain {

    static final Duration LIVENESS_TIMEOUT = Duration.ofSeconds(10);

    private FaultServerMain() {
    }

    public static void main(String[] args) throws Exception {
        KryoNetTransport.limitKryoNetLog();
        KryoNetOptions options = KryoNetOptions.defaults().withLiveness(Duration.ofSeconds(1), LIVENESS_TIMEOUT,
                Duration.ofMillis(500));
        KryoNetTransport net = new KryoNetTransport(Protocol.registry(), options);
        ArenaGame game = new ArenaGame();
        WorldWatch world = WorldWatch.ofServer(game);
        Map<Integer, LongAdder> applied = new ConcurrentHashMap<>();
        ConcurrentLinkedQueue<Runnable> onServer = new ConcurrentLinkedQueue<>();
        game.events().preStep.subscribe((step, reenact) -> {
            for (Runnable r; (r = onServer.poll()) != null; ) {
                r.run();
            }
        });
        TransportServer endpoint = net.bind(args[0], 0, 0);
        try (ServerEngine server = ServerEngine.builder(game, endpoint).log(System.err::println)
                .config(ServerConfig.defaults().withUpdateRate(3))
                .validator((player, input) -> {
                    applied.computeIfAbsent(player.id(), id -> new LongAdder()).increment();
                    return true;
                }).build()) {
            server.start();
            System.out.println("READY " + endpoint.tcpPort() + " " + endpoint.udpPort());
            System.out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            Random random = new Random(11);
            for (String line; (line = in.readLine()) != null && !line.equals("quit"); ) {
                String[] w = line.trim().split(" ");
                switch (w[0]) {
                    case "drones" -> {
                        int n = Integer.parseInt(w[1]);
                        onServer.add(() -> {
                            for (int i = 0; i < n; i++) {
                                game.addDrone(0, random.nextFloat() * ArenaGame.SIZE, random.nextFloat() * ArenaGame.SIZE,
                                        random.nextFloat() * 20 - 10, random.nextFloat() * 20 - 10);
                            }
                        });
                    }
                    case "freeze" -> onServer.add(() -> {
                        for (GameObject o : game.world().objects()) {
                            if (o instanceof DynamicObject d) {
                                d.velocity.zero();
                            }
                        }
                    });
                    case "report" -> {
                        StringBuilder a = new StringBuilder("APPLIED");
                        new TreeMap<>(applied).forEach((id, n) -> a.append(' ').append(id).append('=').append(n.sum()));
                        System.out.println(a);
                        System.out.println(FaultClientMain.worldLine("WORLD", world));
                        System.out.flush();
                    }
                    default -> System.err.println("unknown command: " + line);
                }
            }
        }
        System.exit(0);
    }
}

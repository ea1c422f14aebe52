package dev.javelin.net;

import dev.javelin.engine.client.ClientEngine;
import dev.javelin.engine.loop.Clock;
import dev.javelin.engine.protocol.Protocol;
import dev.javelin.engine.sync.SyncSettings;
import dev.javelin.engine.testgame.ArenaGame;
import dev.javelin.engine.transport.ConditionedTransport;
import dev.javelin.engine.transport.NetworkConditions;
import dev.javelin.engine.transport.Transport;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Random;

/**
 * The client side of {@code NetworkFaultsTest}, run in its own JVM inside the client's network namespace:
 * {@code FaultClientMain <address> <tcpPort> <udpPort>}. Two clients of {@link ArenaGame} (0: extrapolate, 1:
 * interpolate) over KryoNet behind a {@link ConditionedTransport} adding 30 ms of latency and 10 ms of jitter
 * (the kernel here has no netem). Commands on standard input, lines on standard output:
 * <ul>
 *   <li>at start: {@code JOINED <player0> <player1>}; then every 100 ms, per client,
 *       {@code STAT <client> <snapshots> <unacked inputs> <connected: 1 or 0>}</li>
 *   <li>{@code inputs N periodMs}: each client sends N random moves, one every periodMs, then prints
 *       {@code SENT <count so far of client 0> <of client 1>}</li>
 *   <li>{@code stop}: each client sends a move to stand still, then {@code SENT ...}</li>
 *   <li>{@code report}: {@code WORLD<client> <id>:<owner>:<x>:<y>,...} for each client</li>
 *   <li>{@code quit} or end of input: closes and exits</li>
 * </ul>
 */
final class FaultClientMain {

    private FaultClientMain() {
    }

    public static void main(String[] args) throws Exception {
        KryoNetTransport.limitKryoNetLog();
        KryoNetOptions options = KryoNetOptions.defaults().withLiveness(Duration.ofSeconds(1),
                FaultServerMain.LIVENESS_TIMEOUT, Duration.ofMillis(500));
        KryoNetTransport net = new KryoNetTransport(Protocol.registry(), options);
        NetworkConditions lag = NetworkConditions.NONE.withLatencyMillis(30).withJitterMillis(10);
        Transport conditioned = new ConditionedTransport(net, lag, lag, 5, Clock.system());
        String host = args[0];
        int tcp = Integer.parseInt(args[1]);
        int udp = Integer.parseInt(args[2]);
        List<ClientEngine> clients = List.of(
                ClientEngine.builder(ArenaGame::new).sync(SyncSettings.of("extrapolate")).clock(Clock.system())
                .server(conditioned, host, tcp, udp).name("ann").timeout(Duration.ofSeconds(20)).connect(),
                ClientEngine.builder(ArenaGame::new).sync(SyncSettings.of("interpolate")).clock(Clock.system())
                .server(conditioned, host, tcp, udp).name("bob").timeout(Duration.ofSeconds(20)).connect());
        List<WorldWatch> worlds = clients.stream().map(WorldWatch::of).toList();
        clients.forEach(ClientEngine::start);
        int[] sent = new int[clients.size()];
        System.out.println("JOINED " + clients.get(0).playerId() + " " + clients.get(1).playerId());
        System.out.flush();
        Thread status = new Thread(() -> {
            while (true) {
                StringBuilder b = new StringBuilder();
                for (int i = 0; i < clients.size(); i++) {
                    ClientEngine c = clients.get(i);
                    b.append("STAT ").append(i).append(' ').append(c.stats().snapshotsIn()).append(' ')
                            .append(c.unackedInputs()).append(' ').append(c.disconnectReason() == null ? 1 : 0)
                            .append('\n');
                }
                System.out.print(b);
                System.out.flush();
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "status");
        status.setDaemon(true);
        status.start();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        Random random = new Random(13);
        for (String line; (line = in.readLine()) != null && !line.equals("quit"); ) {
            String[] w = line.trim().split(" ");
            switch (w[0]) {
                case "inputs" -> {
                    int n = Integer.parseInt(w[1]);
                    long period = Long.parseLong(w[2]);
                    for (int k = 0; k < n; k++) {
                        for (int i = 0; i < clients.size(); i++) {
                            clients.get(i).queueInput("move", random.nextFloat() * 2 - 1, random.nextFloat() * 2 - 1);
                            sent[i]++;
                        }
                        Thread.sleep(period);
                    }
                    System.out.println("SENT " + sent[0] + " " + sent[1]);
                }
                case "stop" -> {
                    for (int i = 0; i < clients.size(); i++) {
                        clients.get(i).queueInput("move", 0, 0);
                        sent[i]++;
                    }
                    System.out.println("SENT " + sent[0] + " " + sent[1]);
                }
                case "report" -> {
                    for (int i = 0; i < clients.size(); i++) {
                        System.out.println(worldLine("WORLD" + i, worlds.get(i)));
                    }
                }
                default -> System.err.println("unknown command: " + line);
            }
            System.out.flush();
        }
        clients.forEach(ClientEngine::close);
        System.exit(0);
    }

    /** {@code prefix} and the objects as {@code id:owner:x:y}, comma-separated. */
    static String worldLine(String prefix, WorldWatch world) {
        StringBuilder b = new StringBuilder(prefix).append(' ');
        for (WorldWatch.Seen s : world.objects().values()) {
            b.append(s.id()).append(':').append(s.owner()).append(':').append(s.x()).append(':').append(s.y())
                    .append(',');
        }
        return b.toString();
    }
}

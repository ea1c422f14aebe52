package dev.javelin.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.javelin.engine.client.ClientEngine;
import dev.javelin.engine.loop.Clock;
import dev.javelin.engine.protocol.JoinRequest;
import dev.javelin.engine.protocol.Protocol;
import dev.javelin.engine.protocol.Welcome;
import dev.javelin.engine.server.ServerConfig;
import dev.javelin.engine.server.ServerEngine;
import dev.javelin.engine.sync.SyncSettings;
import dev.javelin.engine.testgame.ArenaGame;
import dev.javelin.engine.transport.TransportServer;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Two honest clients play over real KryoNet sockets on 127.0.0.1 while every kind of attacker hits the server at
 * once: a flood of random and almost-right datagrams, a thousand junk TCP connections (HTTP and TLS hellos,
 * oversized and lying length fields, unregistered class ids, game messages before the handshake, random bytes),
 * connections that never speak or are half-open, and handshaked peers speaking the protocol by hand that send
 * inputs for other players' objects, inputs stamped far in the future and the past, malformed inputs, input
 * floods over UDP and TCP, messages of the wrong type, an unregistered class id and a lying length on an open
 * connection, that never join, or that join and vanish.
 *
 * <p>Counts default to the numbers; {@code -Djavelin.hostile.datagrams=N} and
 * {@code -Djavelin.hostile.connections=N} change them.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class HostilePeersTest {

    private static final int DATAGRAMS = Integer.getInteger("javelin.hostile.datagrams", 100_000);
    private static final int JUNK_CONNECTIONS = Integer.getInteger("javelin.hostile.connections", 1_000);
    private static final int SILENT = 100;
    private static final int HALF_OPEN = 100;
    private static final int MALLORY_DATAGRAMS = 20_000;
    private static final int MALLORY_TCP_MESSAGES = 2_000;
    /** Longest gap between two snapshots an honest client may see (they come every 50 ms). */
    private static final long STALL_LIMIT_MILLIS = Long.getLong("javelin.hostile.stallMillis", 1_000);
    private static final Duration HANDSHAKE_TIMEOUT = Duration.ofSeconds(1);
    private static final Duration WAIT = Duration.ofSeconds(10);

    /** An honest player: its client, what it sent, and the longest wait between two of its snapshots. */
    private static final class Honest {
        final ClientEngine client;
        final WorldWatch world;
        final AtomicInteger sent = new AtomicInteger();
        volatile long lastSnapshotNanos;
        volatile long seenSnapshots;
        final AtomicLong maxGapNanos = new AtomicLong();

        Honest(ClientEngine client) {
            this.client = client;
            this.world = WorldWatch.of(client);
            client.addStepListener((c, due) -> {
                long n = c.stats().snapshotsIn();
                if (n != seenSnapshots) {
                    long now = System.nanoTime();
                    if (seenSnapshots > 0) {
                        maxGapNanos.accumulateAndGet(now - lastSnapshotNanos, Math::max);
                    }
                    seenSnapshots = n;
                    lastSnapshotNanos = now;
                }
            });
        }
    }

    private static void await(BooleanSupplier condition, Duration limit, String what) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + limit.toMillis() + " ms: " + what);
            }
            Thread.sleep(5);
        }
    }

    @Test
    void twoHonestClientsPlayOnWhileEveryKindOfAttackerHitsTheServerAtOnce() throws Exception {
        KryoNetTransport.limitKryoNetLog(); // loads the transport, whose first use routes minlog: not again later
        KryoNetLog kryoLog = KryoNetLog.install();
        // The lines are counted whatever SLF4J prints (this module's tests print none): let minlog make them.
        com.esotericsoftware.minlog.Log.set(com.esotericsoftware.minlog.Log.LEVEL_INFO);
        try {
            attack(kryoLog);
        } finally {
            KryoNetLog.install();
        }
    }

    private void attack(KryoNetLog kryoLog) throws Exception {
        long kryoLinesBefore = kryoLog.written();
        long testStart = System.nanoTime();
        KryoNetOptions serverOptions = KryoNetOptions.defaults().withHandshakeTimeout(HANDSHAKE_TIMEOUT)
                .withLiveness(Duration.ofSeconds(1), Duration.ofSeconds(3), Duration.ofMillis(500));
        KryoNetTransport serverNet = new KryoNetTransport(Protocol.registry(), serverOptions);
        KryoNetTransport clientNet = new KryoNetTransport(Protocol.registry());
        ArenaGame serverGame = new ArenaGame();
        WorldWatch serverWorld = WorldWatch.ofServer(serverGame);
        Map<Integer, LongAdder> accepted = new ConcurrentHashMap<>();
        List<Long> serverLog = Collections.synchronizedList(new ArrayList<>());
        TransportServer endpoint = serverNet.bind("127.0.0.1", 0, 0);
        KryoNetServer kryoServer = (KryoNetServer) endpoint;
        ServerConfig config = ServerConfig.defaults().withUpdateRate(3).withJoinTimeoutSeconds(1)
                .withReconnectGraceSeconds(1);
        ServerEngine server = ServerEngine.builder(serverGame, endpoint).config(config)
                .log(line -> serverLog.add(System.nanoTime()))
                .validator((player, input) -> {
                    boolean ok = serverGame.validator().accept(player, input);
                    if (ok) {
                        accepted.computeIfAbsent(player.id(), id -> new LongAdder()).increment();
                    }
                    return ok;
                }).build();
        server.start();
        int tcp = endpoint.tcpPort();
        int udp = endpoint.udpPort();
        List<Honest> honest = new ArrayList<>();
        List<RawPeer> peers = new ArrayList<>();
        ExecutorService attackers = Executors.newFixedThreadPool(6, r -> {
            Thread t = new Thread(r, "attacker");
            t.setDaemon(true);
            return t;
        });
        try {
            honest.add(new Honest(ClientEngine.builder(ArenaGame::new).sync(SyncSettings.of("extrapolate")).clock(Clock.system())
                .server(clientNet, "127.0.0.1", tcp, udp).name("ann").timeout(WAIT).connect()));
            honest.add(new Honest(ClientEngine.builder(ArenaGame::new).sync(SyncSettings.of("interpolate")).clock(Clock.system())
                .server(clientNet, "127.0.0.1", tcp, udp).name("bob").timeout(WAIT).connect()));
            honest.forEach(h -> h.client.start());
            await(() -> honest.stream().allMatch(h -> h.seenSnapshots > 5), WAIT, "honest clients receive snapshots");

            RawPeer mallory = joined(peers, tcp, udp, "mallory");
            RawPeer ghost = joined(peers, tcp, udp, "ghost");
            RawPeer mute = peer(peers, tcp, udp); // completes the transport handshake, never joins
            RawPeer classForger = joined(peers, tcp, udp, "forger");
            RawPeer lengthLiar = joined(peers, tcp, udp, "liar");
            int[] honestAvatars = new int[honest.size()];
            for (int i = 0; i < honest.size(); i++) {
                int id = honest.get(i).client.playerId();
                await(() -> serverWorld.firstOwnedBy(id) != 0, WAIT, "avatar of player " + id);
                honestAvatars[i] = serverWorld.firstOwnedBy(id);
            }
            int malloryStep = mallory.received(Welcome.class).serverStep();

            long heapBefore = ResourceWatch.usedHeapAfterGc();
            int threadsBefore = ResourceWatch.threads();
            long strayBefore = kryoServer.strayDatagrams();
            long refusedBefore = kryoServer.refusedConnections();

            // Honest play: each client sends a move every 100 ms for the whole attack and a second after.
            AtomicBoolean playing = new AtomicBoolean(true);
            Thread player = new Thread(() -> {
                Random r = new Random(3);
                while (playing.get()) {
                    for (Honest h : honest) {
                        h.client.queueInput("move", r.nextFloat() * 2 - 1, r.nextFloat() * 2 - 1);
                        h.sent.incrementAndGet();
                    }
                    try {
                        Thread.sleep(100);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "honest-player");
            player.start();

            // Watch the process while it is under attack: threads (all, and the server's own) and heap.
            ResourceWatch watch = ResourceWatch.start();

            long attackStart = System.nanoTime();
            List<Future<?>> attacks = new ArrayList<>();
            attacks.add(attackers.submit(() -> {
                HostileTraffic.udpFlood(udp, DATAGRAMS / 2, 1, mallory);
                return null;
            }));
            attacks.add(attackers.submit(() -> {
                HostileTraffic.udpFlood(udp, DATAGRAMS - DATAGRAMS / 2, 2, null);
                return null;
            }));
            attacks.add(attackers.submit(() -> HostileTraffic.junkConnections(tcp, 0, JUNK_CONNECTIONS / 2, 3)));
            attacks.add(attackers.submit(() -> HostileTraffic.junkConnections(tcp, JUNK_CONNECTIONS / 2,
                    JUNK_CONNECTIONS - JUNK_CONNECTIONS / 2, 4)));
            Future<int[]> held = attackers.submit(() -> {
                try (HostileTraffic.Held silent = HostileTraffic.Held.silent(tcp, SILENT);
                     HostileTraffic.Held halfOpen = HostileTraffic.Held.halfOpen(tcp, HALF_OPEN)) {
                    long limit = HANDSHAKE_TIMEOUT.toMillis() + 5_000;
                    return new int[] {silent.closedByServerWithin(limit), halfOpen.closedByServerWithin(limit)};
                }
            });
            attacks.add(attackers.submit(() -> {
                HostileTraffic.cheat(mallory, malloryStep, honestAvatars, MALLORY_DATAGRAMS, MALLORY_TCP_MESSAGES);
                return null;
            }));
            classForger.sendRawTcp(HostileTraffic.unregisteredClassId());
            lengthLiar.sendRawTcp(HostileTraffic.withLength(0x7fff_ffff, new Random(5), 32));
            // ghost and mute simply say nothing from now on.

            for (Future<?> f : attacks) {
                f.get(60, TimeUnit.SECONDS);
            }
            int[] closedHeld = held.get(60, TimeUnit.SECONDS);
            long attackMillis = (System.nanoTime() - attackStart) / 1_000_000;

            // The attackers that finished the handshake were each dealt with.
            await(classForger::closedByServer, WAIT, "a connection naming an unregistered class is closed");
            await(lengthLiar::closedByServer, WAIT, "a connection with a 2 GB length field is closed");
            await(mute::closedByServer, WAIT, "a connection that never joins is closed after the join timeout");
            await(() -> server.stats().playersLeft() >= 3, WAIT,
                    "the ghost (timed out) and the two closed forgers leave after the grace");
            // Honest play goes on after the attack: another second's worth of snapshots (20 at the default rate).
            long[] seenBefore = honest.stream().mapToLong(h -> h.seenSnapshots).toArray();
            await(() -> {
                for (int i = 0; i < honest.size(); i++) {
                    if (honest.get(i).seenSnapshots < seenBefore[i] + 20) {
                        return false;
                    }
                }
                return true;
            }, WAIT, "honest clients receive snapshots after the attack");
            playing.set(false);
            player.join();
            for (Honest h : honest) {
                h.client.queueInput("move", 0, 0);
                h.sent.incrementAndGet();
            }
            await(() -> honest.stream().allMatch(h -> h.client.unackedInputs() == 0), WAIT, "honest inputs acknowledged");
            watch.close();
            peers.forEach(RawPeer::close);
            await(() -> server.stats().playersLeft() == 4, WAIT, "mallory leaves after the grace");
            await(() -> kryoServer.connectionsHeld() == honest.size(), WAIT,
                    "the server holds only the honest connections: " + kryoServer.connectionsHeld());
            long heapAfter = ResourceWatch.usedHeapAfterGc();
            long elapsedMillis = (System.nanoTime() - testStart) / 1_000_000;

            String report = String.format("attack %d ms (test %d ms): %d datagrams (%d seen as strays), %d junk "
                            + "connections (%d refused), %d+%d held sockets closed by the server; rejected inputs %d, "
                            + "over rate %d, bad messages %d; threads %d -> max %d (server's %d); heap %d KiB -> %d KiB"
                            + " after GC (max %d KiB); log lines: server %d, net %d, KryoNet %d; max snapshot gap %s ms",
                    attackMillis, elapsedMillis, DATAGRAMS, kryoServer.strayDatagrams() - strayBefore,
                    JUNK_CONNECTIONS, kryoServer.refusedConnections() - refusedBefore, closedHeld[0], closedHeld[1],
                    server.stats().inputsRejected(), server.stats().inputsOverRate(), server.stats().badMessages(),
                    threadsBefore, watch.maxThreads(), watch.maxServerThreads(), heapBefore / 1024, heapAfter / 1024,
                    watch.maxHeap() / 1024, serverLog.size(), kryoServer.strayLog.written(), kryoLog.written() - kryoLinesBefore,
                    honest.stream().map(h -> String.valueOf(h.maxGapNanos.get() / 1_000_000)).toList());
            System.out.println("HostilePeersTest: " + report);

            // Honest clients: no crash, no desync, no stall, nothing lost.
            for (Honest h : honest) {
                ClientEngine c = h.client;
                assertNull(c.disconnectReason(), "honest client " + c.playerId() + " stayed connected");
                assertEquals(0, c.stats().desyncs() + c.stats().decodeErrors(), "no desync, " + report);
                assertTrue(h.maxGapNanos.get() < STALL_LIMIT_MILLIS * 1_000_000L, "no stall: " + report);
                assertEquals(h.sent.get(), accepted.get(c.playerId()).sum(), "every honest input applied once");
            }
            // The server: bounded threads and heap, every kind of rejection counted, logging rate-limited.
            assertEquals(SILENT, closedHeld[0], "silent connections dropped at the handshake timeout");
            assertEquals(HALF_OPEN, closedHeld[1], "half-open connections dropped");
            assertEquals(3, watch.maxServerThreads(), "the server's threads stay two for the net and one for the game");
            assertTrue(watch.maxThreads() <= threadsBefore + 6 + 2 + 10, "thread count bounded: " + report);
            assertTrue(heapAfter - heapBefore < 32L << 20, "heap bounded: " + report);
            assertTrue(kryoServer.refusedConnections() - refusedBefore >= JUNK_CONNECTIONS * 9L / 10 + SILENT
                    + HALF_OPEN, "junk connections refused and counted: " + report);
            assertTrue(kryoServer.strayDatagrams() - strayBefore >= DATAGRAMS / 10, "strays counted: " + report);
            assertTrue(server.stats().inputsRejected() > 1000, report);
            assertTrue(server.stats().inputsOverRate() > 10_000, report);
            assertTrue(server.stats().badMessages() >= 3, report);
            long seconds = elapsedMillis / 1000 + 2;
            assertTrue(serverLog.size() <= seconds, "server rejections logged at most once a second: " + report);
            long strayLines = kryoServer.strayLog.written();
            long kryoLines = kryoLog.written() - kryoLinesBefore;
            assertTrue(strayLines > 0 && strayLines <= 11 * seconds, "net strays logged at most ~10 a second: " + report);
            assertTrue(kryoLines > 0 && kryoLines <= 11 * seconds, "KryoNet's log limited to ~10 lines a second: " + report);

            // Once the attack is over and the honest players stand still, every client shows the server's world.
            for (Honest h : honest) {
                await(() -> serverWorld.differencesFrom(h.world, 0.05f).isEmpty(), WAIT, "client "
                        + h.client.playerId() + " converges: " + serverWorld.differencesFrom(h.world, 0.05f));
            }
        } finally {
            honest.forEach(h -> h.client.close());
            attackers.shutdownNow();
            peers.forEach(RawPeer::close);
            server.close();
        }
    }

    private static RawPeer peer(List<RawPeer> peers, int tcp, int udp) throws IOException {
        RawPeer p = RawPeer.handshake(HostileTraffic.forgedRegistry(), Protocol.registry().fingerprint(), tcp, udp, WAIT);
        peers.add(p);
        return p;
    }

    private static RawPeer joined(List<RawPeer> peers, int tcp, int udp, String name) throws Exception {
        RawPeer p = peer(peers, tcp, udp);
        p.sendReliable(new JoinRequest(name, null, 0));
        await(() -> p.received(Welcome.class) != null, WAIT, name + " welcomed");
        return p;
    }
}

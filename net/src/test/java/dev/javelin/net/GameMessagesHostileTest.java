package dev.javelin.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.javelin.engine.client.ClientEngine;
import dev.javelin.engine.loop.Clock;
import dev.javelin.engine.protocol.JoinRequest;
import dev.javelin.engine.protocol.Protocol;
import dev.javelin.engine.protocol.Welcome;
import dev.javelin.engine.server.ServerEngine;
import dev.javelin.engine.sync.SyncSettings;
import dev.javelin.engine.testgame.ArenaGame;
import dev.javelin.engine.transport.Channel;
import dev.javelin.engine.transport.MessageRegistry;
import dev.javelin.engine.transport.TransportServer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A client that finished the handshake and joined sends 10,000 junk game messages, half over TCP and half
 * over UDP, while two honest players chat and play: messages of types the server declared no handler for
 * (a type that only the server sends, a type nobody handles, an engine message a client must not send) and
 * declared messages far over their size bound. None reaches the game, each that arrives is counted, the
 * server keeps stepping, and the honest players' messages still arrive exactly once.
 */
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class GameMessagesHostileTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final int JUNK = 10_000;
    private static final int HONEST_EACH = 50;

    record Chat(int sequence, String text) {
    }

    record Notice(int sequence, String text) {
    }

    /** Registered with the transport, but the server declares no handler for it. */
    record Unhandled(int a, long b, String c) {
    }

    static MessageRegistry registry() {
        return Protocol.builder().register(Protocol.FIRST_GAME_ID, Chat.class)
                .register(Protocol.FIRST_GAME_ID + 1, Notice.class)
                .register(Protocol.FIRST_GAME_ID + 2, Unhandled.class).build();
    }

    @Test
    void tenThousandJunkMessagesChangeNothingForHonestPlayers() throws Exception {
        MessageRegistry registry = registry();
        KryoNetTransport net = new KryoNetTransport(registry);
        List<String> handled = Collections.synchronizedList(new ArrayList<>());
        ServerEngine[] self = new ServerEngine[1];
        TransportServer endpoint = net.bind("127.0.0.1", 0, 0);
        try (ServerEngine server = ServerEngine.builder(ArenaGame::new, endpoint).log(l -> { }).messageRate(200)
                .onMessage(Chat.class, 64, (from, chat) -> {
                    handled.add(from.name() + ":" + chat.sequence() + ":" + chat.text());
                    self[0].send(from.id(), new Notice(chat.sequence(), "ok"), Channel.RELIABLE);
                }).build()) {
            self[0] = server;
            server.start();
            try (ClientEngine ann = join(net, endpoint, "ann"); ClientEngine bob = join(net, endpoint, "bob");
                 RawPeer mallory = RawPeer.handshake(registry, endpoint.tcpPort(), endpoint.udpPort(), WAIT)) {
                List<Integer> annNotices = Collections.synchronizedList(new ArrayList<>());
                List<Integer> bobNotices = Collections.synchronizedList(new ArrayList<>());
                ann.onMessage(Notice.class, n -> annNotices.add(n.sequence()));
                bob.onMessage(Notice.class, n -> bobNotices.add(n.sequence()));
                ann.start();
                bob.start();
                mallory.sendReliable(new JoinRequest("mallory", null, 0));
                await(() -> mallory.received(Welcome.class) != null, "mallory welcomed");
                long snapshotsBefore = ann.stats().snapshotsIn();
                long stepsBefore = server.stats().steps();

                String big = "x".repeat(500);
                Object[] junk = {new Unhandled(1, 2, "?"), new Chat(7, big), new Notice(1, "forged"),
                    new Welcome(1, 2, 3, 4, 5, 6, 7)};
                Thread attacker = new Thread(() -> {
                    try {
                        for (int i = 0; i < JUNK / 2; i++) {
                            mallory.sendReliable(junk[i % junk.length]);
                            mallory.sendDatagram(junk[i % junk.length]);
                        }
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }, "mallory");
                attacker.start();
                for (int i = 0; i < HONEST_EACH; i++) {
                    assertTrue(ann.send(new Chat(i, "hi"), Channel.RELIABLE));
                    assertTrue(bob.send(new Chat(i, "yo"), Channel.RELIABLE));
                    ann.queueInput("move", 1, 0);
                }
                attacker.join(WAIT.toMillis());

                await(() -> server.stats().messagesRefused() >= JUNK / 2, "every junk TCP message refused: "
                        + server.stats().messagesRefused());
                await(() -> annNotices.size() >= HONEST_EACH && bobNotices.size() >= HONEST_EACH,
                        "honest answers: ann " + annNotices.size() + ", bob " + bobNotices.size());
                long steps = server.stats().steps();
                await(() -> server.stats().steps() > steps + 10, "ten more server steps");

                List<Integer> expected = IntStream.range(0, HONEST_EACH).boxed().toList();
                assertEquals(expected, List.copyOf(annNotices), "ann's answers exactly once, in order");
                assertEquals(expected, List.copyOf(bobNotices), "bob's answers exactly once, in order");
                assertEquals(2L * HONEST_EACH, server.stats().messagesReceived(), "only honest messages handled");
                assertEquals(2 * HONEST_EACH, handled.size());
                assertTrue(handled.stream().allMatch(h -> h.startsWith("ann:") && h.endsWith(":hi")
                        || h.startsWith("bob:") && h.endsWith(":yo")), "no junk reached the game: " + handled);
                assertTrue(server.stats().messagesRefused() <= JUNK, "refusals counted once each");
                assertNull(server.failure(), "the server kept running");
                assertNull(ann.disconnectReason());
                assertNull(bob.disconnectReason());
                assertTrue(ann.stats().snapshotsIn() > snapshotsBefore, "ann kept receiving snapshots");
                assertTrue(server.stats().steps() > stepsBefore + 10, "the server kept stepping");
                assertEquals(0, ann.stats().desyncs() + ann.stats().decodeErrors());
                System.out.println("GameMessagesHostileTest: " + server.stats().messagesRefused() + " of " + JUNK
                        + " junk messages arrived and were refused; " + server.stats().messagesReceived() + " handled");
            }
        }
    }

    private static ClientEngine join(KryoNetTransport net, TransportServer endpoint, String name) throws Exception {
        return ClientEngine.builder(ArenaGame::new).sync(SyncSettings.of("extrapolate")).clock(Clock.system())
                .server(net, "127.0.0.1", endpoint.tcpPort(), endpoint.udpPort()).name(name).timeout(WAIT).connect();
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(5);
        }
    }
}

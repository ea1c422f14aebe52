package dev.javelin.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.javelin.engine.client.ClientEngine;
import dev.javelin.engine.loop.Clock;
import dev.javelin.engine.protocol.Protocol;
import dev.javelin.engine.server.ServerEngine;
import dev.javelin.engine.sync.SyncSettings;
import dev.javelin.engine.testgame.ArenaGame;
import dev.javelin.engine.transport.Channel;
import dev.javelin.engine.transport.ConditionedTransport;
import dev.javelin.engine.transport.MessageRegistry;
import dev.javelin.engine.transport.NetworkConditions;
import dev.javelin.engine.transport.Transport;
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
 * Game messages both ways over real KryoNet sockets on 127.0.0.1, through a {@link ConditionedTransport} that
 * loses 20 % of what arrives on the unreliable channel in both directions: on the reliable channel a
 * client's messages reach the server's handler exactly once and in order, and the server's answers to one
 * player reach that player (and no one else) exactly once and in order; handlers run on the simulation threads.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class GameMessagesOverKryoNetTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final int COUNT = 200;

    /** A game message from a client. */
    record Chat(int sequence, String text) {
    }

    /** A game message from the server to one player. */
    record Notice(int sequence, String text) {
    }

    static MessageRegistry registry() {
        return Protocol.builder().register(Protocol.FIRST_GAME_ID, Chat.class)
                .register(Protocol.FIRST_GAME_ID + 1, Notice.class).build();
    }

    @Test
    void reliableMessagesArriveExactlyOnceBothWaysAtTwentyPercentLoss() throws Exception {
        NetworkConditions lossy = NetworkConditions.NONE.withLoss(0.2);
        Transport net = new ConditionedTransport(new KryoNetTransport(registry()), lossy, 15, Clock.system());
        List<Integer> reliableAtServer = Collections.synchronizedList(new ArrayList<>());
        List<Integer> unreliableAtServer = Collections.synchronizedList(new ArrayList<>());
        List<String> handlerThreads = Collections.synchronizedList(new ArrayList<>());
        ServerEngine[] self = new ServerEngine[1];
        TransportServer endpoint = net.bind("127.0.0.1", 0, 0);
        try (ServerEngine server = ServerEngine.builder(ArenaGame::new, endpoint).log(l -> { }).messageRate(10_000)
                .onMessage(Chat.class, 64, (from, chat) -> {
                    handlerThreads.add(Thread.currentThread().getName());
                    if (chat.text().equals("reliable")) {
                        reliableAtServer.add(chat.sequence());
                        self[0].send(from.id(), new Notice(chat.sequence(), "to " + from.name()), Channel.RELIABLE);
                    } else {
                        unreliableAtServer.add(chat.sequence());
                    }
                }).build()) {
            self[0] = server;
            server.start();
            try (ClientEngine ann = join(net, endpoint, "ann"); ClientEngine bob = join(net, endpoint, "bob")) {
                List<Integer> annNotices = Collections.synchronizedList(new ArrayList<>());
                List<Integer> bobNotices = Collections.synchronizedList(new ArrayList<>());
                ann.onMessage(Notice.class, n -> {
                    handlerThreads.add(Thread.currentThread().getName());
                    assertEquals("to ann", n.text());
                    annNotices.add(n.sequence());
                });
                bob.onMessage(Notice.class, n -> bobNotices.add(n.sequence()));
                ann.start();
                bob.start();

                for (int i = 0; i < COUNT; i++) {
                    assertTrue(ann.send(new Chat(i, "unreliable"), Channel.UNRELIABLE));
                }
                for (int i = 0; i < COUNT; i++) {
                    assertTrue(ann.send(new Chat(i, "reliable"), Channel.RELIABLE));
                }
                List<Integer> expected = IntStream.range(0, COUNT).boxed().toList();
                await(() -> reliableAtServer.size() >= COUNT && annNotices.size() >= COUNT, "all reliable messages: "
                        + reliableAtServer.size() + " at the server, " + annNotices.size() + " back at ann");
                // Anything still in flight would arrive within a few steps; a duplicate would show up here.
                int serverSteps = (int) server.stats().steps();
                await(() -> server.stats().steps() > serverSteps + 10, "ten more server steps");
                assertEquals(expected, List.copyOf(reliableAtServer), "client -> server: exactly once, in order");
                assertEquals(expected, List.copyOf(annNotices), "server -> ann: exactly once, in order");
                assertEquals(List.of(), List.copyOf(bobNotices), "a message to one player reaches no one else");
                assertEquals(COUNT + unreliableAtServer.size(), server.stats().messagesReceived());
                assertEquals(0, server.stats().messagesRefused());
                assertTrue(unreliableAtServer.size() < COUNT, "the unreliable channel does lose 20 %: "
                        + unreliableAtServer.size() + " of " + COUNT + " arrived");
                assertEquals(unreliableAtServer.stream().distinct().count(), unreliableAtServer.size(),
                        "no unreliable message handled twice");
                assertTrue(handlerThreads.stream().allMatch(t -> t.equals("javelin-server") || t.equals("javelin-client")),
                        "handlers run on the simulation threads: " + handlerThreads.stream().distinct().toList());
            }
        }
    }

    @Test
    void aMessageOfAnUnregisteredClassIsRefusedAtTheSender() throws Exception {
        Transport net = new KryoNetTransport(registry());
        TransportServer endpoint = net.bind("127.0.0.1", 0, 0);
        try (ServerEngine server = ServerEngine.builder(ArenaGame::new, endpoint).log(l -> { }).build()) {
            server.start();
            try (ClientEngine ann = join(net, endpoint, "ann")) {
                record Stray(int x) {
                }
                IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                        () -> ann.send(new Stray(1), Channel.RELIABLE));
                assertTrue(e.getMessage().contains("not registered"), e.getMessage());
            }
        }
    }

    private static ClientEngine join(Transport net, TransportServer endpoint, String name) throws Exception {
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

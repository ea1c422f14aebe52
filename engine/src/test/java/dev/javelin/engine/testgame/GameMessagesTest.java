package dev.javelin.engine.testgame;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.javelin.engine.client.ClientEngine;
import dev.javelin.engine.loop.ManualClock;
import dev.javelin.engine.protocol.JoinRequest;
import dev.javelin.engine.protocol.Protocol;
import dev.javelin.engine.server.MessageHandler;
import dev.javelin.engine.server.ServerEngine;
import dev.javelin.engine.sync.SyncSettings;
import dev.javelin.engine.transport.Channel;
import dev.javelin.engine.transport.LocalTransport;
import dev.javelin.engine.transport.TransportServer;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

/** Game messages over the in-memory transport on a manual clock: bounds, rate, rooms, failures. */
class GameMessagesTest {

    record Chat(int sequence, String text) {
    }

    record Notice(String text) {
    }

    private final ManualClock clock = new ManualClock(1_000_000_000L);
    private final LocalTransport local = new LocalTransport(Protocol.builder()
            .register(Protocol.FIRST_GAME_ID, Chat.class).register(Protocol.FIRST_GAME_ID + 1, Notice.class).build(),
            clock, 64 * 1024);
    private final List<ClientEngine> clients = new ArrayList<>();
    private ServerEngine server;

    private ServerEngine serve(int perSecond, MessageHandler<Chat> handler) throws IOException {
        TransportServer endpoint = local.bind("127.0.0.1", 0, 0);
        server = ServerEngine.builder(ArenaGame::new, endpoint).clock(clock).log(l -> { }).messageRate(perSecond)
                .onMessage(Chat.class, 40, handler).build();
        return server;
    }

    private ClientEngine join(String name, String room) throws IOException {
        ClientEngine c = ClientEngine.builder(ArenaGame::new).sync(SyncSettings.of("extrapolate")).clock(clock)
                .server(local, "127.0.0.1", server.transport().tcpPort(), server.transport().udpPort())
                .name(name).room(room).timeout(Duration.ofSeconds(1)).join();
        clients.add(c);
        runUntil(c::isJoined, "joined " + name);
        return c;
    }

    private void run(long millis) {
        for (long i = 0; i < millis; i++) {
            clock.advanceMillis(1);
            server.loop().runDue();
            clients.forEach(c -> c.loop().runDue());
        }
    }

    private void runUntil(BooleanSupplier condition, String what) {
        for (int t = 0; t < 3000; t++) {
            if (condition.getAsBoolean()) {
                return;
            }
            run(1);
        }
        throw new AssertionError("not reached within 3 s of game time: " + what);
    }

    @Test
    void aMessageOverItsSizeBoundOrOverTheRateIsRefusedAndCounted() throws IOException {
        List<Integer> handled = new ArrayList<>();
        serve(10, (from, chat) -> handled.add(chat.sequence()));
        ClientEngine ann = join("ann", null);
        // 4 + 4 + 2 * 16 = 40 bytes: exactly the bound; one more character is over it.
        ann.send(new Chat(1, "x".repeat(16)), Channel.RELIABLE);
        ann.send(new Chat(2, "x".repeat(17)), Channel.RELIABLE);
        runUntil(() -> server.stats().messagesReceived() + server.stats().messagesRefused() == 2, "two judged");
        assertEquals(List.of(1), handled);
        assertEquals(1, server.stats().messagesRefused());

        for (int i = 0; i < 30; i++) {
            ann.send(new Chat(100 + i, "burst"), Channel.RELIABLE);
        }
        runUntil(() -> server.stats().messagesReceived() + server.stats().messagesRefused() == 32, "burst judged");
        assertTrue(handled.size() <= 11, "at most the bucket's 10 of the burst: " + handled);
        assertTrue(server.stats().messagesRefused() >= 20, "the rest refused: " + server.stats().messagesRefused());
        run(1000);
        ann.send(new Chat(999, "later"), Channel.RELIABLE);
        runUntil(() -> handled.contains(999), "a message after the bucket refilled");
    }

    @Test
    void theServerReachesOnePlayerARoomOrEveryone() throws IOException {
        serve(20, (from, chat) -> { });
        ClientEngine ann = join("ann", "red");
        ClientEngine bob = join("bob", "red");
        ClientEngine cat = join("cat", "blue");
        List<List<String>> got = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (int i = 0; i < 3; i++) {
            List<String> mine = got.get(i);
            clients.get(i).onMessage(Notice.class, n -> mine.add(n.text()));
        }
        assertTrue(server.send(ann.playerId(), new Notice("one"), Channel.RELIABLE));
        assertEquals(2, server.sendToRoom(server.room("red"), new Notice("red"), Channel.RELIABLE));
        assertEquals(3, server.sendToAll(new Notice("all"), Channel.RELIABLE));
        runUntil(() -> got.get(2).size() == 1 && got.get(0).size() == 3, "notices delivered");
        run(200);
        assertEquals(List.of("one", "red", "all"), got.get(0));
        assertEquals(List.of("red", "all"), got.get(1));
        assertEquals(List.of("all"), got.get(2));
        assertEquals(0, bob.stats().unexpectedMessages() + cat.stats().unexpectedMessages());
    }

    @Test
    void aHandlerThatThrowsStopsTheServerWithTheHandlerNamed() throws IOException {
        serve(20, (from, chat) -> {
            throw new IllegalStateException("bad chat");
        });
        ClientEngine ann = join("ann", null);
        ann.send(new Chat(1, "boom"), Channel.RELIABLE);
        runUntil(() -> server.failure() != null, "the server stops");
        assertTrue(server.failure().getMessage().contains("handler of Chat"), server.failure().getMessage());
        runUntil(() -> ann.disconnectReason() != null, "the client is told");
        assertNotNull(ann.disconnectReason().detail());
    }

    @Test
    void engineMessagesCannotBeDeclaredAsGameMessages() throws IOException {
        TransportServer endpoint = local.bind("127.0.0.1", 0, 0);
        ServerEngine.Builder b = ServerEngine.builder(ArenaGame::new, endpoint);
        assertThrows(IllegalArgumentException.class, () -> b.onMessage(JoinRequest.class, 100, (p, m) -> { }));
        assertThrows(IllegalArgumentException.class, () -> b.onMessage(Chat.class, 0, (p, m) -> { }));
        b.onMessage(Chat.class, 10, (p, m) -> { });
        assertThrows(IllegalArgumentException.class, () -> b.onMessage(Chat.class, 10, (p, m) -> { }));
        endpoint.close();
    }
}

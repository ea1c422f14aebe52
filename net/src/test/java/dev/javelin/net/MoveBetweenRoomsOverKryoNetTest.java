package dev.javelin.net;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.javelin.engine.client.ClientEngine;
import dev.javelin.engine.loop.Clock;
import dev.javelin.engine.protocol.Protocol;
import dev.javelin.engine.server.ServerEngine;
import dev.javelin.engine.sync.SyncSettings;
import dev.javelin.engine.testgame.ArenaGame;
import dev.javelin.engine.transport.Channel;
import dev.javelin.engine.transport.MessageRegistry;
import dev.javelin.engine.transport.TransportServer;
import dev.javelin.engine.world.GameObject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A player moved to another room at runtime (here at its own request, a game message) sees only the new
 * room's objects and players, over KryoNet on 127.0.0.1; the game moves the player's avatar with it.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class MoveBetweenRoomsOverKryoNetTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    /** A client asks to change rooms. */
    record MoveMe(String room) {
    }

    @Test
    void aMovedPlayerSeesOnlyTheNewRoomsObjects() throws Exception {
        MessageRegistry registry = Protocol.builder().register(Protocol.FIRST_GAME_ID, MoveMe.class).build();
        KryoNetTransport net = new KryoNetTransport(registry);
        TransportServer endpoint = net.bind("127.0.0.1", 0, 0);
        ServerEngine[] self = new ServerEngine[1];
        try (ServerEngine server = ServerEngine.builder(ArenaGame::new, endpoint).log(l -> { })
                .onMessage(MoveMe.class, 100, (from, m) -> {
                    int room = self[0].moveToRoom(from.id(), m.room());
                    for (GameObject o : self[0].game().world().objects()) {
                        if (o.ownerId() == from.id()) {
                            o.setRoomId(room); // this game takes the avatar along
                        }
                    }
                }).build()) {
            self[0] = server;
            server.start();
            try (ClientEngine ann = join(net, endpoint, "ann", "red");
                 ClientEngine bob = join(net, endpoint, "bob", "blue");
                 ClientEngine cat = join(net, endpoint, "cat", "red")) {
                ann.start();
                bob.start();
                cat.start();
                int a = ann.playerId();
                int b = bob.playerId();
                int c = cat.playerId();
                await(() -> owners(ann).equals(Set.of(a, c)), "ann sees the red room: " + owners(ann));
                await(() -> owners(bob).equals(Set.of(b)), "bob sees the blue room: " + owners(bob));

                ann.send(new MoveMe("blue"), Channel.RELIABLE);
                await(() -> owners(ann).equals(Set.of(a, b)), "ann sees only the blue room: " + owners(ann));
                await(() -> owners(bob).equals(Set.of(a, b)), "bob sees ann arrive: " + owners(bob));
                await(() -> owners(cat).equals(Set.of(c)), "cat sees ann's avatar go: " + owners(cat));
                await(() -> ann.game().player(b) != null && ann.game().player(c) == null,
                        "ann's players: bob, not cat");
                await(() -> cat.game().player(a) == null, "cat sees ann leave");
                await(() -> bob.game().player(a) != null, "bob sees ann join");
                assertEquals("ann", bob.game().player(a).name());
            }
        }
    }

    /** The owners of the objects in a client's world (a copy taken on the test thread; it only reads ids). */
    private static Set<Integer> owners(ClientEngine client) {
        Set<Integer> owners = new TreeSet<>();
        for (GameObject o : new ArrayList<>(client.game().world().objects())) {
            owners.add(o.ownerId());
        }
        return owners;
    }

    private static ClientEngine join(KryoNetTransport net, TransportServer endpoint, String name, String room)
            throws Exception {
        return ClientEngine.builder(ArenaGame::new).sync(SyncSettings.of("interpolate")).clock(Clock.system())
                .server(net, "127.0.0.1", endpoint.tcpPort(), 0).name(name).room(room).timeout(WAIT).connect();
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (true) {
            try {
                if (condition.getAsBoolean()) {
                    return;
                }
            } catch (RuntimeException e) {
                // the world changed under the copy; look again
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(5);
        }
    }
}

package dev.javelin.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.javelin.engine.client.ClientEngine;
import dev.javelin.engine.loop.Clock;
import dev.javelin.engine.protocol.Protocol;
import dev.javelin.engine.server.ServerConfig;
import dev.javelin.engine.server.ServerEngine;
import dev.javelin.engine.sync.SyncSettings;
import dev.javelin.engine.testgame.ArenaGame;
import dev.javelin.engine.transport.TransportServer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A room whose last player left is disposed after its grace, over KryoNet on 127.0.0.1: the game is told, the
 * room's name is forgotten (joining it again makes a new room), and a room with a player in it stays.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class RoomDisposalOverKryoNetTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @Test
    void aRoomEmptiedIsDisposedAfterItsGrace() throws Exception {
        KryoNetTransport net = new KryoNetTransport(Protocol.registry());
        TransportServer endpoint = net.bind("127.0.0.1", 0, 0);
        List<String> disposed = new CopyOnWriteArrayList<>();
        List<Long> disposedAt = new CopyOnWriteArrayList<>();
        try (ServerEngine server = ServerEngine.builder(ArenaGame::new, endpoint).log(l -> { })
                .config(ServerConfig.defaults().withReconnectGraceSeconds(0))
                .disposeEmptyRooms(0.5, (name, id) -> {
                    disposed.add(name + "#" + id);
                    disposedAt.add(System.nanoTime());
                }).build()) {
            server.start();
            try (ClientEngine bob = join(net, endpoint, "bob", "blue")) {
                int redId;
                long leftAt;
                try (ClientEngine ann = join(net, endpoint, "ann", "red")) {
                    ann.start();
                    redId = server.player(ann.playerId()).roomId();
                    leftAt = System.nanoTime();
                }
                await(() -> !disposed.isEmpty(), "red disposed");
                assertEquals(List.of("red#" + redId), disposed);
                long afterMillis = (disposedAt.get(0) - leftAt) / 1_000_000;
                assertTrue(afterMillis >= 450, "not before its grace: " + afterMillis + " ms");
                bob.start();
                long steps = server.stats().steps();
                await(() -> server.stats().steps() > steps + 60, "another second");
                assertEquals(1, disposed.size(), "blue, with bob in it, stays: " + disposed);
                try (ClientEngine cat = join(net, endpoint, "cat", "red")) {
                    int newRed = server.player(cat.playerId()).roomId();
                    assertTrue(newRed != redId, "a new red room: " + newRed + " after " + redId);
                }
            }
            await(() -> disposed.size() == 3, "every room emptied is disposed: " + disposed);
        }
    }

    private static ClientEngine join(KryoNetTransport net, TransportServer endpoint, String name, String room)
            throws Exception {
        return ClientEngine.builder(ArenaGame::new).sync(SyncSettings.of("extrapolate")).clock(Clock.system())
                .server(net, "127.0.0.1", endpoint.tcpPort(), 0).name(name).room(room).timeout(WAIT).connect();
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

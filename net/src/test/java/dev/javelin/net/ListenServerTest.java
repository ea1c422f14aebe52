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
import dev.javelin.engine.transport.Channel;
import dev.javelin.engine.transport.LocalTransport;
import dev.javelin.engine.transport.MessageRegistry;
import dev.javelin.engine.transport.PairedServer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A listen server: one {@link ServerEngine} serves its host's player over the in-memory transport and a remote
 * player over KryoNet on 127.0.0.1 at once; each sees the other, both get snapshots and game messages.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class ListenServerTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    record Hello(String text) {
    }

    @Test
    void aRemoteClientJoinsAHost() throws Exception {
        MessageRegistry registry = Protocol.builder().register(Protocol.FIRST_GAME_ID, Hello.class).build();
        LocalTransport local = new LocalTransport(registry);
        KryoNetTransport net = new KryoNetTransport(registry);
        PairedServer endpoint = new PairedServer(local.bind("local", 0, 0), net.bind("127.0.0.1", 0, 0));
        List<String> heard = new CopyOnWriteArrayList<>();
        try (ServerEngine server = ServerEngine.builder(ArenaGame::new, endpoint).log(l -> { })
                .config(ServerConfig.defaults().withReconnectGraceSeconds(0))
                .onMessage(Hello.class, 100, (from, m) -> heard.add(from.name() + ": " + m.text())).build()) {
            server.start();
            try (ClientEngine host = ClientEngine.builder(ArenaGame::new).sync(SyncSettings.of("extrapolate"))
                    .clock(Clock.system()).server(local, "local", endpoint.first().tcpPort(), endpoint.first().udpPort())
                    .name("host").timeout(WAIT).connect();
                 ClientEngine remote = ClientEngine.builder(ArenaGame::new).sync(SyncSettings.of("interpolate"))
                    .clock(Clock.system()).server(net, "127.0.0.1", endpoint.tcpPort(), 0).name("friend")
                    .timeout(WAIT).connect()) {
                List<String> remoteHeard = new CopyOnWriteArrayList<>();
                remote.onMessage(Hello.class, m -> remoteHeard.add(m.text()));
                host.start();
                remote.start();
                await(() -> host.stats().snapshotsIn() > 3 && remote.stats().snapshotsIn() > 3, "snapshots to both");
                await(() -> host.game().player(remote.playerId()) != null, "the host sees the friend");
                assertEquals("friend", host.game().player(remote.playerId()).name());
                assertEquals(2, server.stats().playersJoined());
                host.send(new Hello("hi from the couch"), Channel.RELIABLE);
                remote.send(new Hello("hi from afar"), Channel.RELIABLE);
                assertEquals(2, server.sendToAll(new Hello("welcome"), Channel.RELIABLE));
                await(() -> heard.size() == 2 && remoteHeard.size() == 1, "messages: " + heard + " " + remoteHeard);
                assertTrue(heard.containsAll(List.of("host: hi from the couch", "friend: hi from afar")), heard.toString());
                assertEquals(List.of("welcome"), remoteHeard);
                int friend = remote.playerId();
                remote.close();
                await(() -> host.game().player(friend) == null, "the host sees the friend leave");
                assertEquals(1, endpoint.connectionCount());
            }
        }
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

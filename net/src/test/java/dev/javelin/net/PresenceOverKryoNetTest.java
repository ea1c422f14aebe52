package dev.javelin.net;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.javelin.engine.client.ClientEngine;
import dev.javelin.engine.loop.Clock;
import dev.javelin.engine.protocol.Protocol;
import dev.javelin.engine.server.ServerConfig;
import dev.javelin.engine.server.ServerEngine;
import dev.javelin.engine.sync.SyncSettings;
import dev.javelin.engine.testgame.ArenaGame;
import dev.javelin.engine.transport.TransportServer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Every networked client's game sees {@code playerJoined} and {@code playerDisconnected} for every player of its
 * room, with their names, over real KryoNet sockets: the players already there when it joins, those who join
 * after, and those who leave.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class PresenceOverKryoNetTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @Test
    void everyClientSeesWhoJoinsAndLeavesByName() throws Exception {
        KryoNetTransport net = new KryoNetTransport(Protocol.registry());
        TransportServer endpoint = net.bind("127.0.0.1", 0, 0);
        try (ServerEngine server = ServerEngine.builder(ArenaGame::new, endpoint).log(l -> { })
                .config(ServerConfig.defaults().withReconnectGraceSeconds(0)).build()) {
            server.start();
            try (ClientEngine ann = join(net, endpoint, "ann")) {
                List<String> annSaw = Collections.synchronizedList(new ArrayList<>());
                ann.game().events().playerJoined.subscribe(id -> annSaw.add("+" + ann.game().player(id).name()));
                ann.game().events().playerDisconnected.subscribe(id -> annSaw.add("-" + ann.game().player(id).name()));
                ann.start();
                ClientEngine bob = join(net, endpoint, "bob");
                bob.start();
                await(() -> annSaw.contains("+bob"), "ann sees bob join: " + annSaw);
                // Bob learns of ann (there before him) in the same poll as his welcome: read his game's players.
                await(() -> bob.game().player(ann.playerId()) != null && bob.game().player(bob.playerId()) != null,
                        "bob sees ann and himself");
                assertEquals("ann", bob.game().player(ann.playerId()).name());
                assertEquals("bob", bob.game().player(bob.playerId()).name());
                bob.close();
                await(() -> annSaw.contains("-bob"), "ann sees bob leave: " + annSaw);
                assertEquals(List.of("+bob", "-bob"), List.copyOf(annSaw).subList(annSaw.indexOf("+bob"),
                        annSaw.size()));
            }
        }
    }

    private static ClientEngine join(KryoNetTransport net, TransportServer endpoint, String name) throws Exception {
        return ClientEngine.builder(ArenaGame::new).sync(SyncSettings.of("extrapolate")).clock(Clock.system())
                .server(net, "127.0.0.1", endpoint.tcpPort(), 0).name(name).timeout(WAIT).connect();
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

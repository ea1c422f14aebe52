package dev.javelin.sample.physics;

import dev.javelin.engine.client.ClientEngine;
import dev.javelin.engine.loop.ManualClock;
import dev.javelin.engine.protocol.Protocol;
import dev.javelin.engine.server.ServerConfig;
import dev.javelin.engine.server.ServerEngine;
import dev.javelin.engine.sync.SyncSettings;
import dev.javelin.engine.transport.ConditionedTransport;
import dev.javelin.engine.transport.LocalTransport;
import dev.javelin.engine.transport.NetworkConditions;
import dev.javelin.engine.transport.Transport;
import dev.javelin.engine.transport.TransportServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * A push-game server and its clients in one thread on a manual clock, over the in-memory transport with a
 * network conditioner per client: a minute of play in a few seconds, the same every run.
 */
final class PushSession implements AutoCloseable {

    final ManualClock clock = new ManualClock(1_000_000_000L);
    final LocalTransport local = new LocalTransport(Protocol.registry(), clock, 64 * 1024);
    final PushGame serverGame;
    final ServerEngine server;
    final List<ClientEngine> clients = new ArrayList<>();
    private final TransportServer endpoint;
    private final PushGame.Physics physics;

    PushSession(PushGame.Physics physics) {
        this.physics = physics;
        serverGame = new PushGame(physics);
        serverGame.buildHall();
        try {
            endpoint = local.bind("127.0.0.1", 0, 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server = ServerEngine.builder(serverGame, endpoint).config(ServerConfig.defaults()).clock(clock)
                .validator(PushGame.validator()).log(line -> { }).build();
    }

    ClientEngine join(SyncSettings sync, NetworkConditions conditions, long seed) {
        Transport t = conditions == null ? local : new ConditionedTransport(local, conditions, conditions, seed, clock);
        try {
            ClientEngine c = ClientEngine.builder(() -> new PushGame(physics)).sync(sync).clock(clock)
                .server(t, "127.0.0.1", endpoint.tcpPort(), endpoint.udpPort()).name("p" + (clients.size() + 1)).timeout(Duration.ofSeconds(1)).join();
            clients.add(c);
            return c;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void run(long millis) {
        for (long i = 0; i < millis; i++) {
            clock.advanceMillis(1);
            server.loop().runDue();
            for (ClientEngine c : clients) {
                c.loop().runDue();
            }
        }
    }

    void runUntil(BooleanSupplier condition, long limitMillis, String what) {
        for (long t = 0; t < limitMillis; t++) {
            if (condition.getAsBoolean()) {
                return;
            }
            run(1);
        }
        throw new AssertionError("not reached within " + limitMillis + " ms of game time: " + what);
    }

    @Override
    public void close() {
        clients.forEach(ClientEngine::close);
        server.close();
    }
}

package dev.javelin.engine.testgame;

import dev.javelin.engine.client.ClientEngine;
import dev.javelin.engine.loop.ManualClock;
import dev.javelin.engine.protocol.Protocol;
import dev.javelin.engine.server.InterestPolicy;
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
import java.util.function.UnaryOperator;

/**
 * A server and clients of {@link ArenaGame} in one thread, on one manual clock, over the in-memory
 * transport (each client optionally behind its own network conditioner): time is simulated, so a
 * minute of play takes well under a second and every run is the same.
 */
public final class Session implements AutoCloseable {

    public final ManualClock clock = new ManualClock(1_000_000_000L);
    public final LocalTransport local = new LocalTransport(Protocol.registry(), clock, 64 * 1024);
    public final ArenaGame serverGame = new ArenaGame();
    public final ServerEngine server;
    public final List<ClientEngine> clients = new ArrayList<>();
    private final TransportServer endpoint;

    public Session(ServerConfig config) {
        this(config, InterestPolicy.everything());
    }

    /** A session whose server filters each player's objects with {@code interest}. */
    public Session(ServerConfig config, InterestPolicy interest) {
        this(config, b -> b.interest(interest));
    }

    /** A session whose server builder is adjusted by {@code customize} (a validator, a log) before it is built. */
    public Session(ServerConfig config, UnaryOperator<ServerEngine.Builder> customize) {
        try {
            endpoint = local.bind("127.0.0.1", 0, 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server = customize.apply(ServerEngine.builder(serverGame, endpoint).config(config).clock(clock)
                .log(line -> { })).build();
    }

    /** Joins a client with {@code sync}, through a conditioner if {@code conditions} is not null. */
    public ClientEngine join(SyncSettings sync, String room, NetworkConditions conditions, long seed) {
        return join(sync, room, conditions, seed, 0L);
    }

    /** Joins a client presenting {@code resumeToken} (0 for none); see {@link ClientEngine#join}. */
    public ClientEngine join(SyncSettings sync, String room, NetworkConditions conditions, long seed, long resumeToken) {
        return join(sync, room, conditions, seed, resumeToken, ArenaGame::new);
    }

    /** Joins a client whose game {@code game} makes. */
    public ClientEngine join(SyncSettings sync, String room, NetworkConditions conditions, long seed, long resumeToken,
                             java.util.function.Supplier<? extends ArenaGame> game) {
        Transport t = conditions == null ? local : new ConditionedTransport(local, conditions, conditions, seed, clock);
        try {
            ClientEngine c = ClientEngine.builder(game).sync(sync).clock(clock)
                .server(t, "127.0.0.1", endpoint.tcpPort(), endpoint.udpPort())
                .name("p" + (clients.size() + 1)).room(room).resumeToken(resumeToken).timeout(Duration.ofSeconds(1)).join();
            clients.add(c);
            return c;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Advances time by {@code millis}, one millisecond at a time, running every due step. */
    public void run(long millis) {
        for (long i = 0; i < millis; i++) {
            clock.advanceMillis(1);
            server.loop().runDue();
            for (ClientEngine c : clients) {
                c.loop().runDue();
            }
        }
    }

    /** Runs until {@code condition} holds, failing after {@code limitMillis} of simulated time. */
    public void runUntil(BooleanSupplier condition, long limitMillis, String what) {
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

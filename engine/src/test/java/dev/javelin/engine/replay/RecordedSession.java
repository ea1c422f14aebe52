package dev.javelin.engine.replay;

import dev.javelin.engine.client.ClientEngine;
import dev.javelin.engine.loop.ManualClock;
import dev.javelin.engine.protocol.Protocol;
import dev.javelin.engine.server.ServerConfig;
import dev.javelin.engine.server.ServerEngine;
import dev.javelin.engine.sync.SyncSettings;
import dev.javelin.engine.testgame.ArenaGame;
import dev.javelin.engine.transport.LocalTransport;
import dev.javelin.engine.transport.TransportServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A recorded session: an {@link ArenaGame} server with four drones and {@code bots} frame-sync clients, each a bot
 * that changes course (a "move" of −1, −0.5, 0, 0.5 or 1 per axis) now and then and sometimes shoots, for
 * {@code seconds} of game time on a manual clock. The server is recorded to memory; the step times are measured.
 */
final class RecordedSession {

    /** The arena with its drones made by the game itself, so a replay's fresh game starts the same. */
    static final class DroneArena extends ArenaGame {
        @Override
        protected void onServerStart() {
            addDrone(0, 10, 10, 3, 1);
            addDrone(0, 50, 150, -2, 4);
            addDrone(0, 120, 60, 1, -5);
            addDrone(0, 180, 190, -4, -1);
        }
    }

    /** Step times are measured after this much game time, once class loading and the JIT are done. */
    static final int WARMUP_SECONDS = 20;

    final byte[] file;
    final int steps;
    final long bytes;
    final long recorderNanos;
    final long serverNanos;
    final int measuredSteps;

    private RecordedSession(byte[] file, int steps, long bytes, long recorderNanos, long serverNanos,
                            int measuredSteps) {
        this.measuredSteps = measuredSteps;
        this.file = file;
        this.steps = steps;
        this.bytes = bytes;
        this.recorderNanos = recorderNanos;
        this.serverNanos = serverNanos;
    }

    static RecordedSession record(int bots, int seconds, long seed) throws IOException {
        ManualClock clock = new ManualClock(1_000_000_000L);
        LocalTransport local = new LocalTransport(Protocol.registry(), clock, 64 * 1024);
        TransportServer endpoint = local.bind("127.0.0.1", 0, 0);
        DroneArena game = new DroneArena();
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        List<ClientEngine> clients = new ArrayList<>();
        try (ServerEngine server = ServerEngine.builder(game, endpoint).config(ServerConfig.defaults()).clock(clock)
                .log(line -> { }).build()) {
            ReplayRecorder recorder = ReplayRecorder.attach(game, sink, 60);
            server.addInputListener(recorder::inputApplied);
            for (int i = 0; i < bots; i++) {
                clients.add(ClientEngine.builder(ArenaGame::new).sync(SyncSettings.of("frameSync")).clock(clock)
                        .server(local, "127.0.0.1", endpoint.tcpPort(), endpoint.udpPort()).name("bot" + i)
                        .timeout(Duration.ofSeconds(1)).join());
            }
            SplittableRandom random = new SplittableRandom(seed);
            long serverNanos = 0;
            long recorderBefore = 0;
            int stepsBefore = 0;
            for (long ms = 0; ms < seconds * 1000L; ms++) {
                if (ms == WARMUP_SECONDS * 1000L) {
                    serverNanos = 0;
                    recorderBefore = recorder.recorderNanos();
                    stepsBefore = recorder.steps();
                }
                clock.advanceMillis(1);
                long t0 = System.nanoTime();
                server.loop().runDue();
                serverNanos += System.nanoTime() - t0;
                for (ClientEngine c : clients) {
                    c.loop().runDue();
                    if (ms % 17 == 0 && c.isJoined()) {
                        if (random.nextInt(40) == 0) {
                            c.sendInput("move", (random.nextInt(5) - 2) * 0.5f, (random.nextInt(5) - 2) * 0.5f);
                        } else if (random.nextInt(150) == 0) {
                            c.sendInput("shoot", 1, 0);
                        }
                    }
                }
            }
            recorder.close();
            if (server.failure() != null) {
                throw new IllegalStateException("the server failed", server.failure());
            }
            return new RecordedSession(sink.toByteArray(), recorder.steps(), recorder.bytesWritten(),
                    recorder.recorderNanos() - recorderBefore, serverNanos, recorder.steps() - stepsBefore);
        } finally {
            clients.forEach(ClientEngine::close);
        }
    }
}

package dev.javelin.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.javelin.engine.client.ClientEngine;
import dev.javelin.engine.loop.ManualClock;
import dev.javelin.engine.protocol.Protocol;
import dev.javelin.engine.replay.ReplayRecorder;
import dev.javelin.engine.server.ServerEngine;
import dev.javelin.engine.sync.SyncSettings;
import dev.javelin.engine.transport.LocalTransport;
import dev.javelin.engine.transport.TransportServer;
import dev.javelin.sample.game.BotBrain;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code server --record=FILE} then {@code replay FILE --headless=true}: three bots, 20 s on a manual clock. */
class ReplaysTest {

    @Test
    void aRecordedSampleSessionReplaysEqualAtEveryStep(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("session.jvr");
        LaunchConfig serverConfig = LaunchConfig.parse(new String[] {"server", "--record=" + file});
        ManualClock clock = new ManualClock(1_000_000_000L);
        LocalTransport local = new LocalTransport(Protocol.registry(), clock, 64 * 1024);
        TransportServer endpoint = local.bind("local", 0, 0);
        List<ClientEngine> bots = new ArrayList<>();
        ReplayRecorder recorder;
        try (ServerEngine server = ServerEngine.builder(() -> Main.newGame(serverConfig), endpoint)
                .config(Main.serverConfig(serverConfig)).clock(clock).log(l -> { }).build()) {
            recorder = Replays.record(server, serverConfig.string("record"));
            for (int i = 0; i < 3; i++) {
                ClientEngine bot = ClientEngine.builder(() -> Main.newGame(serverConfig))
                        .sync(SyncSettings.of("extrapolate")).clock(clock)
                        .server(local, "local", endpoint.tcpPort(), endpoint.udpPort())
                        .name("bot" + i).timeout(Duration.ofSeconds(1)).join();
                Main.fly(bot, new BotBrain(20 + i));
                bots.add(bot);
            }
            for (int ms = 0; ms < 20_000; ms++) {
                clock.advanceMillis(1);
                server.loop().runDue();
                bots.forEach(b -> b.loop().runDue());
            }
        } finally {
            bots.forEach(ClientEngine::close);
        }
        recorder.close();
        assertTrue(Files.size(file) > 100);
        System.out.println("REPLAY sample bots=3 seconds=20 bytesPerSecond=" + Files.size(file) / 20);

        PrintStream out = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true));
        int exit;
        try {
            exit = Replays.play(LaunchConfig.parse(new String[] {"replay", file.toString(), "--headless=true"}));
        } finally {
            System.setOut(out);
        }
        String line = captured.toString();
        System.out.print(line);
        assertEquals(0, exit, line);
        assertTrue(line.matches("(?s)REPLAY steps=1200 seconds=20\\.0 players=3 inputs=\\d+ complete=true result=ok\\s*"),
                line);
    }
}

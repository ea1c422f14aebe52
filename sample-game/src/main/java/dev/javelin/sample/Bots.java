package dev.javelin.sample;

import dev.javelin.engine.client.ClientEngine;
import dev.javelin.engine.loop.Clock;
import dev.javelin.engine.protocol.Protocol;
import dev.javelin.net.KryoNetTransport;
import dev.javelin.sample.game.BotBrain;
import dev.javelin.sample.game.SpaceGame;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code bots N}: N headless clients with a simple pilot each, against {@code --connect=host:port}.
 * Ends with {@code BOTS connected=<n> disconnects=<n> decodeErrors=<n> desyncs=<n>} and exits 0 only if
 * every bot stayed connected and none desynced.
 */
final class Bots {

    private Bots() {
    }

    static int run(LaunchConfig c) throws Exception {
        KryoNetTransport net = new KryoNetTransport(Protocol.registry());
        int port = c.connectPort();
        List<ClientEngine> bots = new ArrayList<>();
        int connected = 0;
        try {
            for (int i = 0; i < c.bots(); i++) {
                SpaceGame game = Main.newGame(c);
                ClientEngine bot = ClientEngine.builder(game).sync(Main.sync(c)).clock(Clock.system())
                        .server(Main.conditioned(net, c, 100 + i), c.connectHost(), port, c.connectUdpPort())
                        .credential(Main.credential(c)).name("bot " + (i + 1)).timeout(Duration.ofSeconds(10)).connect();
                Main.fly(bot, new BotBrain(1000 + i));
                bot.start();
                bots.add(bot);
                connected++;
            }
            double duration = c.decimal("duration");
            Thread.sleep(duration > 0 ? (long) (duration * 1000) : 30_000);
        } catch (Exception e) {
            System.err.println("javelin: bot failed to connect: " + e.getMessage());
        } finally {
            int disconnects = 0;
            long decodeErrors = 0;
            long desyncs = 0;
            for (ClientEngine b : bots) {
                if (b.disconnectReason() != null) {
                    disconnects++;
                }
                decodeErrors += b.stats().decodeErrors();
                desyncs += b.stats().desyncs();
                b.close();
            }
            System.out.println("BOTS connected=" + connected + " disconnects=" + disconnects + " decodeErrors="
                    + decodeErrors + " desyncs=" + desyncs);
            if (connected == c.bots() && disconnects == 0 && desyncs == 0) {
                return 0;
            }
        }
        return 1;
    }
}

package dev.javelin.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.javelin.engine.client.ClientEngine;
import dev.javelin.engine.loop.Clock;
import dev.javelin.engine.protocol.Protocol;
import dev.javelin.engine.server.JoinVerdict;
import dev.javelin.engine.server.ServerEngine;
import dev.javelin.engine.sync.SyncSettings;
import dev.javelin.engine.testgame.ArenaGame;
import dev.javelin.engine.transport.TransportException;
import dev.javelin.engine.transport.TransportServer;
import dev.javelin.engine.world.PlayerInfo;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Names with a newline, an ANSI escape and a NUL cross real KryoNet sockets: the server's log gets no forged line
 * and no control character, other players see the name defanged, and a refusal that quotes the name reaches the
 * refused client defanged too.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class JunkNamesOverKryoNetTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final String FORGER = "m\n[javelin-server] FAKE\u001b";
    private static final String REFUSED = "x\r\n[javelin] ok\u0000\u001b[2J";

    @Test
    void controlCharactersInNamesNeverReachALogOrAScreen() throws Exception {
        KryoNetTransport net = new KryoNetTransport(Protocol.registry());
        List<String> log = new CopyOnWriteArrayList<>();
        TransportServer endpoint = net.bind("127.0.0.1", 0, 0);
        try (ServerEngine server = ServerEngine.builder(new ArenaGame(), endpoint).log(log::add)
                .joinApprover(a -> a.playerName().startsWith("x")
                        ? JoinVerdict.refuse("no entry for '" + a.playerName() + "'") : JoinVerdict.APPROVED)
                .build()) {
            server.start();
            try (ClientEngine ann = join(net, endpoint, "ann"); ClientEngine forger = join(net, endpoint, FORGER)) {
                ann.start();
                forger.start();
                int forgerId = forger.playerId();
                long deadline = System.nanoTime() + WAIT.toNanos();
                while (ann.game().player(forgerId) == null && System.nanoTime() < deadline) {
                    TimeUnit.MILLISECONDS.sleep(5); // polling the client's world, updated by its own thread
                }
                PlayerInfo seen = ann.game().player(forgerId);
                assertTrue(seen != null, "ann never saw the forger join");
                assertEquals("m?[javelin-server] FAKE?", seen.name());
                TransportException refused = assertThrows(TransportException.class, () -> join(net, endpoint, REFUSED));
                assertEquals("no entry for 'x??[javelin] ok??[2J'", refused.reason().detail());
            }
        }
        assertFalse(log.isEmpty(), "the refusal was not logged");
        for (String line : log) {
            assertTrue(line.chars().noneMatch(c -> c < 0x20 || c == 0x7f), "a raw control character: " + line);
        }
        assertTrue(log.stream().anyMatch(l -> l.contains("x??[javelin] ok??[2J")), log.toString());
    }

    private static ClientEngine join(KryoNetTransport net, TransportServer endpoint, String name) throws Exception {
        return ClientEngine.builder(ArenaGame::new).sync(SyncSettings.of("extrapolate")).clock(Clock.system())
                .server(net, "127.0.0.1", endpoint.tcpPort(), endpoint.udpPort()).name(name).timeout(WAIT).connect();
    }
}

package dev.javelin.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.javelin.engine.client.ClientEngine;
import dev.javelin.engine.loop.Clock;
import dev.javelin.engine.protocol.JoinRequest;
import dev.javelin.engine.protocol.Protocol;
import dev.javelin.engine.server.JoinAttempt;
import dev.javelin.engine.server.JoinVerdict;
import dev.javelin.engine.server.ServerEngine;
import dev.javelin.engine.sync.SyncSettings;
import dev.javelin.engine.testgame.ArenaGame;
import dev.javelin.engine.transport.DisconnectReason;
import dev.javelin.engine.transport.TransportException;
import dev.javelin.engine.transport.TransportServer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The join request's credential and client version cross real KryoNet sockets on 127.0.0.1 through the real
 * serializers, and a refusal's reason comes back to the client as the detail of its {@link TransportException}.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class JoinApprovalOverKryoNetTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @Test
    void theCredentialArrivesIntactAndARefusalReasonReachesTheClient() throws Exception {
        KryoNetTransport net = new KryoNetTransport(Protocol.registry());
        List<JoinAttempt> seen = new CopyOnWriteArrayList<>();
        String ticket = "v1.eyJnYW1lU2VydmVyIjoiYSJ9.Zm9vYmFy-_" + "é".repeat(3);
        TransportServer endpoint = net.bind("127.0.0.1", 0, 0);
        try (ServerEngine server = ServerEngine.builder(new ArenaGame(), endpoint).log(l -> { }).maxPlayers(2)
                .joinApprover(a -> {
                    seen.add(a);
                    return ticket.equals(a.credential()) ? JoinVerdict.APPROVED : JoinVerdict.refuse("ticket rejected");
                }).build()) {
            server.start();
            try (ClientEngine ann = join(net, endpoint, new JoinRequest("ann", "arena", 0, ticket, "0.1.0"))) {
                assertTrue(ann.playerId() > 0);
                TransportException refused = assertThrows(TransportException.class,
                        () -> join(net, endpoint, new JoinRequest("eve", "arena", 0, "forged", "0.1.0")));
                assertEquals(DisconnectReason.Cause.KICKED, refused.reason().cause());
                assertEquals("ticket rejected", refused.reason().detail());
            }
            assertEquals(List.of(new JoinAttempt("ann", "arena", ticket, "0.1.0", 0),
                    new JoinAttempt("eve", "arena", "forged", "0.1.0", 1)), seen);
            assertEquals(1, server.stats().joinsRefused());
        }
    }

    private static ClientEngine join(KryoNetTransport net, TransportServer endpoint, JoinRequest request)
            throws Exception {
        return ClientEngine.builder(ArenaGame::new).sync(SyncSettings.of("extrapolate")).clock(Clock.system())
                .server(net, "127.0.0.1", endpoint.tcpPort(), endpoint.udpPort()).name(request.playerName())
                .room(request.room()).credential(request.credential()).clientVersion(request.clientVersion())
                .timeout(WAIT).connect();
    }
}

package dev.javelin.engine.testgame;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.javelin.engine.protocol.JoinRequest;
import dev.javelin.engine.protocol.Welcome;
import dev.javelin.engine.server.JoinAttempt;
import dev.javelin.engine.server.JoinVerdict;
import dev.javelin.engine.server.ServerConfig;
import dev.javelin.engine.transport.Channel;
import dev.javelin.engine.transport.DisconnectReason;
import dev.javelin.engine.transport.TransportClient;
import dev.javelin.engine.transport.TransportListener;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The server's join approval and player cap, seen by raw clients over the in-memory transport. */
class JoinApprovalTest {

    /** A raw client that records its welcome or the reason it was sent away. */
    private static final class Probe implements TransportListener {
        final TransportClient link;
        Welcome welcome;
        DisconnectReason goodbye;

        Probe(Session s, JoinRequest join) throws IOException {
            link = s.local.connect("127.0.0.1", s.server.transport().tcpPort(), s.server.transport().udpPort(),
                    Duration.ofSeconds(1));
            link.send(join, Channel.RELIABLE);
        }

        boolean answered() {
            link.poll(this);
            return welcome != null || goodbye != null;
        }

        @Override
        public void connected(int connectionId) {
        }

        @Override
        public void message(int connectionId, Object message, Channel channel) {
            if (message instanceof Welcome w) {
                welcome = w;
            }
        }

        @Override
        public void disconnected(int connectionId, DisconnectReason reason) {
            goodbye = reason;
        }
    }

    @Test
    void theApproverSeesTheRequestAndItsRefusalReachesTheClient() throws IOException {
        List<JoinAttempt> seen = new ArrayList<>();
        try (Session s = new Session(ServerConfig.defaults(), b -> b.joinApprover(a -> {
            seen.add(a);
            return "open sesame".equals(a.credential()) ? JoinVerdict.APPROVED : JoinVerdict.refuse("wrong password");
        }))) {
            Probe ann = new Probe(s, new JoinRequest("ann", "blue", 0, "open sesame", "1.2.3"));
            s.runUntil(ann::answered, 2000, "ann answered");
            Probe eve = new Probe(s, new JoinRequest("eve", null, 0, "guess", null));
            s.runUntil(eve::answered, 2000, "eve answered");

            assertNotNull(ann.welcome, "the right credential is approved");
            assertNull(eve.welcome);
            assertEquals("wrong password", eve.goodbye.detail());
            assertEquals(List.of(new JoinAttempt("ann", "blue", "open sesame", "1.2.3", 0),
                    new JoinAttempt("eve", null, "guess", null, 1)), seen);
            assertEquals(1, s.server.stats().playersJoined());
            assertEquals(1, s.server.stats().joinsRefused());
        }
    }

    @Test
    void aFullServerRefusesWithItsCountAndAResumeStillGetsIn() throws IOException {
        ServerConfig config = ServerConfig.defaults().withReconnectGraceSeconds(5);
        try (Session s = new Session(config, b -> b.maxPlayers(1))) {
            Probe ann = new Probe(s, new JoinRequest("ann", null, 0));
            s.runUntil(ann::answered, 2000, "ann answered");
            Probe bob = new Probe(s, new JoinRequest("bob", null, 0));
            s.runUntil(bob::answered, 2000, "bob answered");
            assertNotNull(ann.welcome);
            assertEquals("server full (1/1 players)", bob.goodbye.detail());

            ann.link.close();
            s.run(100);
            Probe back = new Probe(s, new JoinRequest("ann", null, ann.welcome.resumeToken()));
            s.runUntil(back::answered, 2000, "ann back");
            assertNotNull(back.welcome, "the player's own slot is kept for its resume");
            assertEquals(ann.welcome.playerId(), back.welcome.playerId());
            assertEquals(1, s.server.stats().joinsRefused());
        }
    }

    @Test
    void anOverlongCredentialOrAThrowingApproverIsRefusedNotFatal() throws IOException {
        try (Session s = new Session(ServerConfig.defaults(), b -> b.joinApprover(a -> {
            throw new IllegalStateException("bug in the game");
        }))) {
            Probe big = new Probe(s, new JoinRequest("big", null, 0, "x".repeat(JoinRequest.MAX_CREDENTIAL_LENGTH + 1), null));
            s.runUntil(big::answered, 2000, "big answered");
            Probe any = new Probe(s, new JoinRequest("any", null, 0));
            s.runUntil(any::answered, 2000, "any answered");
            assertEquals("credential must be at most 512 characters", big.goodbye.detail());
            assertEquals("join could not be checked", any.goodbye.detail());
            assertEquals(2, s.server.stats().joinsRefused());
        }
    }
}

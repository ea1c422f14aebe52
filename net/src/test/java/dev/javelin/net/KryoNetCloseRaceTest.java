package dev.javelin.net;

import dev.javelin.engine.transport.Channel;
import dev.javelin.engine.transport.TestMessages;
import dev.javelin.engine.transport.TestMessages.Chat;
import dev.javelin.engine.transport.TransportClient;
import dev.javelin.engine.transport.TransportServer;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Closing a client while its update thread answers pings must never hang. KryoNet's {@code Client.close()}
 * from a foreign thread can deadlock with the update thread when a send there fails on the socket just closed;
 * {@link SafeClient} hands such closes to the update thread. Pings every millisecond make the race likely.
 */
class KryoNetCloseRaceTest {

    @Test
    void closingWhilePingsFlyNeverHangs() {
        KryoNetOptions busy = KryoNetOptions.defaults()
                .withLiveness(Duration.ofMillis(1), Duration.ofSeconds(2), Duration.ofMillis(1));
        KryoNetTransport transport = new KryoNetTransport(TestMessages.registry(), busy);
        assertTimeoutPreemptively(Duration.ofSeconds(15), () -> {
            try (TransportServer server = transport.bind("127.0.0.1", 0, 0)) {
                for (int i = 0; i < 60; i++) {
                    TransportClient client = transport.connect("127.0.0.1", server.tcpPort(), server.udpPort(),
                            Duration.ofSeconds(5));
                    client.send(new Chat("x", i), Channel.UNRELIABLE);
                    server.sendToAll(new Chat("y", i), Channel.UNRELIABLE);
                    if (i % 2 == 0) {
                        server.disconnect(client.connectionId(), "race");
                    }
                    client.close();
                }
            }
        });
    }
}

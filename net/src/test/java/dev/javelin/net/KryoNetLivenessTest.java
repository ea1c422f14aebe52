package dev.javelin.net;

import dev.javelin.engine.transport.Channel;
import dev.javelin.engine.transport.DisconnectReason.Cause;
import dev.javelin.engine.transport.Recorder;
import dev.javelin.engine.transport.TestMessages;
import dev.javelin.engine.transport.TestMessages.Chat;
import dev.javelin.engine.transport.TransportClient;
import dev.javelin.engine.transport.TransportServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Keep-alive, timeout, round trip and server clock over real sockets, with short periods so tests stay quick. */
class KryoNetLivenessTest {

    private static final Duration WAIT = Duration.ofSeconds(5);
    private static final long TIMEOUT_MILLIS = 400;
    private static final KryoNetOptions OPTIONS = KryoNetOptions.defaults()
            .withLiveness(Duration.ofMillis(100), Duration.ofMillis(TIMEOUT_MILLIS), Duration.ofMillis(50));

    private final KryoNetTransport transport = new KryoNetTransport(TestMessages.registry(), OPTIONS);
    private TransportServer server;
    private TransportClient client;
    private final Recorder serverEvents = new Recorder();
    private final Recorder clientEvents = new Recorder();

    @BeforeEach
    void connect() throws IOException {
        server = transport.bind("127.0.0.1", 0, 0);
        client = transport.connect("127.0.0.1", server.tcpPort(), server.udpPort(), WAIT);
        serverEvents.pollUntil(server::poll, r -> r.count("connected") == 1, WAIT, "connected");
    }

    @AfterEach
    void close() {
        client.close();
        server.close();
    }

    @Test
    void aHungClientIsTimedOutByTheServer() {
        long frozeAt = System.nanoTime();
        ((KryoNetClient) client).freezeForTest();
        serverEvents.pollUntil(server::poll, r -> r.count("disconnected") == 1, WAIT, "timeout at the server");
        long afterMillis = (System.nanoTime() - frozeAt) / 1_000_000;
        assertEquals(Cause.TIMED_OUT, serverEvents.disconnectReason().cause());
        assertTrue(afterMillis >= TIMEOUT_MILLIS - 150 && afterMillis < TIMEOUT_MILLIS + 1_500,
                "timed out after " + afterMillis + " ms");
        assertEquals(0, server.connectionCount());
    }

    @Test
    void aHungServerIsTimedOutByTheClient() {
        ((KryoNetServer) server).freezeForTest();
        clientEvents.pollUntil(client::poll, r -> r.count("disconnected") == 1, WAIT, "timeout at the client");
        assertEquals(Cause.TIMED_OUT, clientEvents.disconnectReason().cause());
        assertTrue(clientEvents.disconnectReason().detail().contains("nothing heard"));
    }

    @Test
    void anIdleConnectionStaysUpAndMeasuresRoundTripAndClock() {
        // Three timeouts of silence from the game: keep-alives and pings must carry the connection.
        long until = System.nanoTime() + 3 * TIMEOUT_MILLIS * 1_000_000;
        Recorder.await(() -> System.nanoTime() - until > 0, WAIT, "three timeouts to pass");
        server.poll(serverEvents);
        client.poll(clientEvents);
        assertEquals(0, serverEvents.count("disconnected"), serverEvents.events().toString());
        assertEquals(0, clientEvents.count("disconnected"), clientEvents.events().toString());
        assertTrue(client.isConnected());
        long clientRtt = client.rttNanos();
        long serverRtt = server.rttNanos(client.connectionId());
        assertTrue(clientRtt > 0 && clientRtt < 100_000_000L, "client RTT " + clientRtt + " ns");
        assertTrue(serverRtt > 0 && serverRtt < 100_000_000L, "server RTT " + serverRtt + " ns");
        long error = Math.abs(client.serverTimeNanos() - System.nanoTime());
        assertTrue(error < 5_000_000L, "same-machine clock estimate off by " + error + " ns");
        assertTrue(client.send(new Chat("still here", 0), Channel.RELIABLE));
    }

    @Test
    void theDefaultsDetectADeadPeerWithinTenSeconds() {
        KryoNetOptions d = KryoNetOptions.defaults();
        assertTrue(d.timeout().plus(d.pingInterval()).compareTo(Duration.ofSeconds(10)) < 0);
        assertTrue(d.keepAlive().compareTo(d.timeout()) < 0);
    }
}

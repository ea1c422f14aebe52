package dev.javelin.net;

import dev.javelin.engine.transport.Channel;
import dev.javelin.engine.transport.DisconnectReason.Cause;
import dev.javelin.engine.transport.Recorder;
import dev.javelin.engine.transport.TestMessages;
import dev.javelin.engine.transport.TestMessages.Chat;
import dev.javelin.engine.transport.TransportClient;
import dev.javelin.engine.transport.TransportServer;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code close()} leaves no thread behind, quickly, and frees the ports. */
class KryoNetShutdownTest {

    private static final Duration WAIT = Duration.ofSeconds(5);

    /** Threads that a transport could have started: ours, and KryoNet's own ("Server", "Client"). */
    private static Set<Thread> transportThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith("javelin-net") || t.getName().equals("Server")
                        || t.getName().equals("Client"))
                .filter(Thread::isAlive)
                .collect(Collectors.toSet());
    }

    @Test
    void closingServerAndClientsLeavesNoThreadRunning() throws IOException {
        assertEquals(Set.of(), transportThreads(), "no transport threads before the test");
        KryoNetTransport transport = new KryoNetTransport(TestMessages.registry());
        TransportServer server = transport.bind("127.0.0.1", 0, 0);
        List<TransportClient> clients = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            clients.add(transport.connect("127.0.0.1", server.tcpPort(), server.udpPort(), WAIT));
        }
        Recorder events = new Recorder();
        for (TransportClient c : clients) {
            c.send(new Chat("hi", c.connectionId()), Channel.RELIABLE);
            c.send(new Chat("hi", c.connectionId()), Channel.UNRELIABLE);
        }
        events.pollUntil(server::poll, r -> r.messages().size() == 6, WAIT, "six messages");
        assertEquals(2 + 3, transportThreads().size(), "two server threads and one per client: " + transportThreads());

        long start = System.nanoTime();
        server.close();
        long serverCloseMillis = (System.nanoTime() - start) / 1_000_000;
        for (TransportClient c : clients) {
            c.close();
        }
        assertEquals(Set.of(), transportThreads(), "close() returned with threads still alive");
        assertTrue(serverCloseMillis < 1_000, "server close took " + serverCloseMillis + " ms");
    }

    @Test
    void aClientThreadEndsByItselfWhenTheServerGoesAway() throws IOException {
        KryoNetTransport transport = new KryoNetTransport(TestMessages.registry());
        TransportServer server = transport.bind("127.0.0.1", 0, 0);
        TransportClient client = transport.connect("127.0.0.1", server.tcpPort(), server.udpPort(), WAIT);
        server.close();
        Recorder.await(() -> transportThreads().isEmpty(), WAIT, "the client's thread to end on its own");
        client.close();
        client.close();
    }

    /**
     * A server shutting down says goodbye on TCP and closes its UDP port; clients must report the shutdown, not
     * a lost connection, however the goodbye, the FIN and the ICMP port-unreachable for their next ping
     * interleave. Repeated, because each of three past bugs showed in a few percent of rounds.
     */
    @Test
    void everyClientReportsTheShutdownNotALostConnection() throws IOException {
        KryoNetOptions pingy = KryoNetOptions.defaults()
                .withLiveness(Duration.ofMillis(100), Duration.ofSeconds(5), Duration.ofMillis(1));
        KryoNetTransport transport = new KryoNetTransport(TestMessages.registry(), pingy);
        for (int round = 0; round < 100; round++) {
            TransportServer server = transport.bind("127.0.0.1", 0, 0);
            TransportClient a = transport.connect("127.0.0.1", server.tcpPort(), server.udpPort(), WAIT);
            TransportClient b = transport.connect("127.0.0.1", server.tcpPort(), server.udpPort(), WAIT);
            new Recorder().pollUntil(server::poll, r -> r.count("connected") == 2, WAIT, "both connected");
            server.close();
            Recorder ra = new Recorder().pollUntil(a::poll, r -> r.count("disconnected") == 1, WAIT, "a");
            Recorder rb = new Recorder().pollUntil(b::poll, r -> r.count("disconnected") == 1, WAIT, "b");
            a.close();
            b.close();
            assertEquals(Cause.SERVER_SHUTDOWN, ra.disconnectReason().cause(), "round " + round + ": " + ra.disconnectReason());
            assertEquals(Cause.SERVER_SHUTDOWN, rb.disconnectReason().cause(), "round " + round + ": " + rb.disconnectReason());
        }
    }

    @Test
    void theSamePortsCanBeBoundAgainAfterClose() throws IOException {
        KryoNetTransport transport = new KryoNetTransport(TestMessages.registry());
        TransportServer first = transport.bind("127.0.0.1", 0, 0);
        int tcp = first.tcpPort();
        int udp = first.udpPort();
        first.close();
        try (TransportServer second = transport.bind("127.0.0.1", tcp, udp);
             TransportClient client = transport.connect("127.0.0.1", tcp, udp, WAIT)) {
            assertEquals(tcp, second.tcpPort());
            assertEquals(udp, second.udpPort());
            assertTrue(client.isConnected());
        }
    }
}

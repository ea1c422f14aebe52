package dev.javelin.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.javelin.engine.transport.Channel;
import dev.javelin.engine.transport.MessageRegistry;
import dev.javelin.engine.transport.Recorder;
import dev.javelin.engine.transport.TestMessages;
import dev.javelin.engine.transport.TestMessages.Chat;
import dev.javelin.engine.transport.Transport;
import dev.javelin.engine.transport.TransportClient;
import dev.javelin.engine.transport.TransportContract;
import dev.javelin.engine.transport.TransportServer;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Clients driven by a {@link KryoNetClientGroup} keep the whole transport contract (every test of
 * {@link TransportContract} runs with its clients in one group), and a group runs many clients on one thread.
 */
class KryoNetClientGroupTest extends TransportContract {

    private static KryoNetClientGroup group;

    @BeforeAll
    static void startGroup() throws IOException {
        group = KryoNetClientGroup.start();
    }

    @AfterAll
    static void closeGroup() {
        group.close();
    }

    @Override
    protected Transport newTransport(MessageRegistry registry) {
        KryoNetTransport kryoNet = new KryoNetTransport(registry);
        return new Transport() {
            @Override
            public TransportServer bind(String host, int tcpPort, int udpPort) throws IOException {
                return kryoNet.bind(host, tcpPort, udpPort);
            }

            @Override
            public TransportClient connect(String host, int tcpPort, int udpPort, Duration timeout) throws IOException {
                return kryoNet.connect(host, tcpPort, udpPort, timeout, group);
            }

            @Override
            public MessageRegistry registry() {
                return kryoNet.registry();
            }

            @Override
            public int maxReliableMessageBytes() {
                return kryoNet.maxReliableMessageBytes();
            }
        };
    }

    @Test
    void twoHundredClientsShareOneThreadAndAllHearTheServer() throws Exception {
        int n = 200;
        long threadsBefore = clientThreads();
        List<TransportClient> many = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            many.add(connect());
        }
        assertEquals(threadsBefore, clientThreads(), "group clients must not start threads of their own");
        Recorder serverEvents = new Recorder();
        serverEvents.pollUntil(server::poll, r -> r.count("connected") == n, WAIT, "server");
        for (int i = 0; i < n; i++) {
            assertTrue(many.get(i).send(new Chat("hello", i), i % 2 == 0 ? Channel.RELIABLE : Channel.UNRELIABLE));
        }
        serverEvents.pollUntil(server::poll, r -> r.messages().size() >= n * 9 / 10
                && r.messages(Chat.class, Channel.RELIABLE).size() == n / 2, WAIT, "server messages");
        assertEquals(n, server.sendToAll(new Chat("welcome", 0), Channel.RELIABLE));
        for (int i = 0; i < n; i++) {
            Recorder r = new Recorder();
            r.pollUntil(many.get(i)::poll, x -> x.messages(Chat.class, Channel.RELIABLE).size() == 1, WAIT, "client " + i);
        }
        assertTrue(group.size() >= n);
        for (TransportClient c : many) {
            c.close();
        }
        clients.removeAll(many);
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (group.size() > clients.size() && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertEquals(clients.size(), group.size(), "closed clients leave the group");
    }

    private static long clientThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals("javelin-net-client")).count();
    }
}

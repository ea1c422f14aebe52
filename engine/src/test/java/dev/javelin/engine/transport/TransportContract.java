package dev.javelin.engine.transport;

import dev.javelin.engine.transport.DisconnectReason.Cause;
import dev.javelin.engine.transport.TestMessages.Chat;
import dev.javelin.engine.transport.TestMessages.Holder;
import dev.javelin.engine.transport.TestMessages.Mixed;
import dev.javelin.engine.transport.TestMessages.Plain;
import dev.javelin.engine.transport.TestMessages.Snapshot;
import dev.javelin.engine.transport.TestMessages.Unregistered;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The behaviour every {@link Transport} shares, run against each implementation by a subclass (in this module
 * for {@link LocalTransport} and {@link ConditionedTransport}, in net for KryoNet over 127.0.0.1).
 */
public abstract class TransportContract {

    /** Upper bound for any wait in these tests; a passing test waits far less. */
    protected static final Duration WAIT = Duration.ofSeconds(5);

    protected Transport transport;
    protected TransportServer server;
    protected final List<TransportClient> clients = new ArrayList<>();

    /** A fresh transport over {@code registry}. */
    protected abstract Transport newTransport(MessageRegistry registry);

    @BeforeEach
    void openServer() throws Exception {
        transport = newTransport(TestMessages.registry());
        server = transport.bind("127.0.0.1", 0, 0);
    }

    @AfterEach
    void closeAll() {
        for (TransportClient c : clients) {
            c.close();
        }
        server.close();
    }

    protected TransportClient connect() throws Exception {
        TransportClient c = transport.connect("127.0.0.1", server.tcpPort(), server.udpPort(), WAIT);
        clients.add(c);
        return c;
    }

    /** Connects a client and waits until both sides have polled their connected event. */
    protected TransportClient connectAndAwait(Recorder serverEvents, Recorder clientEvents) throws Exception {
        TransportClient c = connect();
        int id = c.connectionId();
        serverEvents.pollUntil(server::poll, r -> r.events().stream()
                .anyMatch(e -> e.kind().equals("connected") && e.connectionId() == id), WAIT, "server sees connect");
        clientEvents.pollUntil(c::poll, r -> r.count("connected") == 1, WAIT, "client sees connect");
        return c;
    }

    @Test
    void serverReportsBoundPorts() {
        assertTrue(server.tcpPort() > 0, "tcp port " + server.tcpPort());
        assertTrue(server.udpPort() > 0, "udp port " + server.udpPort());
    }

    @Test
    void connectGivesBothSidesTheSameConnectionId() throws Exception {
        Recorder s = new Recorder();
        Recorder c = new Recorder();
        TransportClient client = connectAndAwait(s, c);
        assertTrue(client.connectionId() > 0);
        assertEquals(client.connectionId(), s.firstConnectedId());
        assertEquals(client.connectionId(), c.firstConnectedId());
        assertTrue(client.isConnected());
        assertEquals(1, server.connectionCount());
    }

    @Test
    void listenersRunOnlyOnThePollingThread() throws Exception {
        Recorder s = new Recorder();
        TransportClient client = connectAndAwait(s, new Recorder());
        client.send(new Chat("hello", 1), Channel.RELIABLE);
        client.disconnect("done");
        List<String> threads = java.util.Collections.synchronizedList(new ArrayList<>());
        Recorder simEvents = new Recorder();
        Thread sim = new Thread(() -> simEvents.pollUntil(listener -> server.poll(new TransportListener() {
            @Override
            public void connected(int connectionId) {
                threads.add(Thread.currentThread().getName());
            }

            @Override
            public void message(int connectionId, Object message, Channel channel) {
                threads.add(Thread.currentThread().getName());
                listener.message(connectionId, message, channel);
            }

            @Override
            public void disconnected(int connectionId, DisconnectReason reason) {
                threads.add(Thread.currentThread().getName());
                listener.disconnected(connectionId, reason);
            }
        }), r -> r.count("disconnected") == 1, WAIT, "message and disconnect"), "sim");
        sim.start();
        sim.join(WAIT.toMillis() * 2);
        assertEquals(List.of("sim", "sim"), threads);
        assertEquals(1, simEvents.count("message"));
    }

    @Test
    void reliableMessagesArriveInOrderBothWays() throws Exception {
        Recorder s = new Recorder();
        Recorder c = new Recorder();
        TransportClient client = connectAndAwait(s, c);
        int n = 500;
        for (int i = 0; i < n; i++) {
            assertTrue(client.send(new Chat("c" + i, i), Channel.RELIABLE));
            assertTrue(server.send(client.connectionId(), new Chat("s" + i, i), Channel.RELIABLE));
        }
        s.pollUntil(server::poll, r -> r.messages().size() == n, WAIT, n + " messages at the server");
        c.pollUntil(client::poll, r -> r.messages().size() == n, WAIT, n + " messages at the client");
        for (int i = 0; i < n; i++) {
            assertEquals(new Chat("c" + i, i), s.messages().get(i));
            assertEquals(new Chat("s" + i, i), c.messages().get(i));
        }
        assertTrue(s.events().stream().filter(e -> e.kind().equals("message"))
                .allMatch(e -> e.channel() == Channel.RELIABLE && e.connectionId() == client.connectionId()));
    }

    @Test
    void unreliableMessagesArriveBothWays() throws Exception {
        Recorder s = new Recorder();
        Recorder c = new Recorder();
        TransportClient client = connectAndAwait(s, c);
        int n = 20;
        for (int i = 0; i < n; i++) {
            byte[] payload = new byte[Transport.MAX_UNRELIABLE_PAYLOAD_BYTES];
            payload[i] = (byte) i;
            assertTrue(client.send(new Snapshot(i, payload), Channel.UNRELIABLE));
            assertTrue(server.send(client.connectionId(), new Snapshot(-i, payload), Channel.UNRELIABLE));
        }
        s.pollUntil(server::poll, r -> r.messages(Snapshot.class, Channel.UNRELIABLE).size() == n, WAIT,
                "snapshots at the server");
        c.pollUntil(client::poll, r -> r.messages(Snapshot.class, Channel.UNRELIABLE).size() == n, WAIT,
                "snapshots at the client");
        for (Snapshot snap : s.messages(Snapshot.class, Channel.UNRELIABLE)) {
            assertEquals(Transport.MAX_UNRELIABLE_PAYLOAD_BYTES, snap.payload().length);
            assertEquals((byte) snap.step(), snap.payload()[snap.step()]);
        }
    }

    @Test
    void recordsEnumsListsArraysAndPlainClassesRoundTrip() throws Exception {
        Recorder s = new Recorder();
        Recorder c = new Recorder();
        TransportClient client = connectAndAwait(s, c);
        Mixed mixed = TestMessages.mixed(7);
        Plain plain = new Plain(42, "forty-two", new int[] {4, 2});
        client.send(mixed, Channel.RELIABLE);
        client.send(plain, Channel.RELIABLE);
        client.send(new Holder(TestMessages.Color.BLUE), Channel.UNRELIABLE);
        client.send(new Chat(null, -1), Channel.RELIABLE);
        s.pollUntil(server::poll, r -> r.messages().size() == 4, WAIT, "four messages");
        List<Object> got = s.messages();
        assertTrue(got.contains(mixed), "mixed record round trip: " + got);
        assertTrue(got.contains(plain), "plain class round trip: " + got);
        assertTrue(got.contains(new Holder(TestMessages.Color.BLUE)));
        assertTrue(got.contains(new Chat(null, -1)));
    }

    @Test
    void senderMayReuseTheMessageAfterSend() throws Exception {
        Recorder s = new Recorder();
        Recorder c = new Recorder();
        TransportClient client = connectAndAwait(s, c);
        byte[] reused = new byte[16];
        for (int i = 0; i < 3; i++) {
            java.util.Arrays.fill(reused, (byte) i);
            server.send(client.connectionId(), new Snapshot(i, reused), Channel.RELIABLE);
        }
        java.util.Arrays.fill(reused, (byte) 99);
        c.pollUntil(client::poll, r -> r.messages().size() == 3, WAIT, "three snapshots");
        for (int i = 0; i < 3; i++) {
            Snapshot snap = (Snapshot) c.messages().get(i);
            assertEquals(i, snap.step());
            for (byte b : snap.payload()) {
                assertEquals((byte) i, b, "payload of snapshot " + i + " changed after send");
            }
        }
    }

    @Test
    void unregisteredClassIsRefusedClearlyAndTheConnectionStays() throws Exception {
        Recorder s = new Recorder();
        Recorder c = new Recorder();
        TransportClient client = connectAndAwait(s, c);
        IllegalArgumentException top = assertThrows(IllegalArgumentException.class,
                () -> client.send(new Unregistered(1), Channel.RELIABLE));
        assertTrue(top.getMessage().contains(Unregistered.class.getName()), top.getMessage());
        IllegalArgumentException nested = assertThrows(IllegalArgumentException.class,
                () -> server.send(client.connectionId(), new Holder(new Unregistered(2)), Channel.UNRELIABLE));
        assertTrue(nested.getMessage().contains("Unregistered"), nested.getMessage());
        assertThrows(IllegalArgumentException.class, () -> client.send(null, Channel.RELIABLE));
        assertTrue(client.send(new Chat("still here", 0), Channel.RELIABLE));
        assertTrue(server.send(client.connectionId(), new Chat("me too", 0), Channel.RELIABLE));
        s.pollUntil(server::poll, r -> r.messages().size() == 1, WAIT, "message after refusal");
        c.pollUntil(client::poll, r -> r.messages().size() == 1, WAIT, "message after refusal");
        assertEquals(new Chat("still here", 0), s.messages().get(0));
        assertTrue(client.isConnected());
    }

    @Test
    void tooLargeMessagesAreRefusedClearlyAndTheConnectionStays() throws Exception {
        Recorder s = new Recorder();
        Recorder c = new Recorder();
        TransportClient client = connectAndAwait(s, c);
        byte[] big = new byte[Transport.MAX_UNRELIABLE_MESSAGE_BYTES + 1];
        IllegalArgumentException udp = assertThrows(IllegalArgumentException.class,
                () -> server.send(client.connectionId(), new Snapshot(1, big), Channel.UNRELIABLE));
        assertTrue(udp.getMessage().contains("UNRELIABLE"), udp.getMessage());
        byte[] huge = new byte[transport.maxReliableMessageBytes() + 1];
        IllegalArgumentException tcp = assertThrows(IllegalArgumentException.class,
                () -> client.send(new Snapshot(2, huge), Channel.RELIABLE));
        assertTrue(tcp.getMessage().contains("RELIABLE"), tcp.getMessage());
        // The same payload that is too large for a datagram goes reliably.
        assertTrue(server.send(client.connectionId(), new Snapshot(3, big), Channel.RELIABLE));
        assertTrue(client.send(new Chat("after", 1), Channel.RELIABLE));
        c.pollUntil(client::poll, r -> r.messages().size() == 1, WAIT, "large reliable message");
        s.pollUntil(server::poll, r -> r.messages().size() == 1, WAIT, "message after refusal");
        assertEquals(big.length, ((Snapshot) c.messages().get(0)).payload().length);
    }

    @Test
    void clientDisconnectIsSeenByTheServerWithItsReason() throws Exception {
        Recorder s = new Recorder();
        Recorder c = new Recorder();
        TransportClient client = connectAndAwait(s, c);
        client.send(new Chat("last words", 0), Channel.RELIABLE);
        client.disconnect("going home");
        assertFalse(client.send(new Chat("too late", 0), Channel.RELIABLE));
        s.pollUntil(server::poll, r -> r.count("disconnected") == 1, WAIT, "server sees disconnect");
        assertEquals(new Chat("last words", 0), s.messages().get(0), "messages before the goodbye arrive first");
        assertEquals(Cause.CLOSED_BY_PEER, s.disconnectReason().cause());
        assertEquals("going home", s.disconnectReason().detail());
        c.pollUntil(client::poll, r -> r.count("disconnected") == 1, WAIT, "client sees its own disconnect");
        assertEquals(Cause.CLOSED_LOCALLY, c.disconnectReason().cause());
        assertFalse(client.isConnected());
        Recorder.await(() -> server.connectionCount() == 0, WAIT, "server forgets the connection");
    }

    @Test
    void serverKickIsSeenByTheClientWithItsReason() throws Exception {
        Recorder s = new Recorder();
        Recorder c = new Recorder();
        TransportClient client = connectAndAwait(s, c);
        server.send(client.connectionId(), new Chat("bye", 0), Channel.RELIABLE);
        server.disconnect(client.connectionId(), "cheating");
        assertFalse(server.send(client.connectionId(), new Chat("too late", 0), Channel.RELIABLE));
        assertEquals(-1, server.rttNanos(client.connectionId()));
        c.pollUntil(client::poll, r -> r.count("disconnected") == 1, WAIT, "client sees kick");
        assertEquals(new Chat("bye", 0), c.messages().get(0));
        assertEquals(Cause.KICKED, c.disconnectReason().cause());
        assertEquals("cheating", c.disconnectReason().detail());
        s.pollUntil(server::poll, r -> r.count("disconnected") == 1, WAIT, "server sees its own kick");
        assertEquals(Cause.CLOSED_LOCALLY, s.disconnectReason().cause());
        Recorder.await(() -> !client.isConnected(), WAIT, "client closed");
    }

    @Test
    void serverCloseIsSeenByEveryClientAsShutdown() throws Exception {
        Recorder s = new Recorder();
        Recorder c1 = new Recorder();
        Recorder c2 = new Recorder();
        TransportClient a = connectAndAwait(s, c1);
        TransportClient b = connectAndAwait(s, c2);
        server.close();
        c1.pollUntil(a::poll, r -> r.count("disconnected") == 1, WAIT, "first client sees shutdown");
        c2.pollUntil(b::poll, r -> r.count("disconnected") == 1, WAIT, "second client sees shutdown");
        assertEquals(Cause.SERVER_SHUTDOWN, c1.disconnectReason().cause());
        assertEquals(Cause.SERVER_SHUTDOWN, c2.disconnectReason().cause());
    }

    @Test
    void aClientCanReconnectAndGetsANewConnectionId() throws Exception {
        Recorder s = new Recorder();
        TransportClient first = connectAndAwait(s, new Recorder());
        int firstId = first.connectionId();
        first.close();
        s.pollUntil(server::poll, r -> r.count("disconnected") == 1, WAIT, "first connection ends");
        Recorder c2 = new Recorder();
        TransportClient second = connectAndAwait(s, c2);
        assertNotEquals(firstId, second.connectionId());
        second.send(new Chat("again", 2), Channel.RELIABLE);
        s.pollUntil(server::poll, r -> r.messages().size() == 1, WAIT, "message on the new connection");
        assertEquals(second.connectionId(), s.events().get(s.events().size() - 1).connectionId());
    }

    @Test
    void sendToManyAndToAllReachExactlyThoseClients() throws Exception {
        Recorder s = new Recorder();
        Recorder[] rec = {new Recorder(), new Recorder(), new Recorder()};
        TransportClient[] cl = new TransportClient[3];
        for (int i = 0; i < 3; i++) {
            cl[i] = connectAndAwait(s, rec[i]);
        }
        int[] some = {cl[0].connectionId(), cl[2].connectionId(), 99_999, -5};
        assertEquals(2, server.send(some, some.length, new Chat("some", 0), Channel.RELIABLE));
        assertEquals(3, server.sendToAll(new Chat("all", 0), Channel.RELIABLE));
        assertThrows(IllegalArgumentException.class, () -> server.send(some, 5, new Chat("x", 0), Channel.RELIABLE));
        rec[0].pollUntil(cl[0]::poll, r -> r.messages().size() == 2, WAIT, "client 0");
        rec[1].pollUntil(cl[1]::poll, r -> r.messages().size() == 1, WAIT, "client 1");
        rec[2].pollUntil(cl[2]::poll, r -> r.messages().size() == 2, WAIT, "client 2");
        assertEquals(List.of(new Chat("some", 0), new Chat("all", 0)), rec[0].messages());
        assertEquals(List.of(new Chat("all", 0)), rec[1].messages());
        assertFalse(server.send(99_999, new Chat("nobody", 0), Channel.UNRELIABLE));
    }

    @Test
    void connectingWhereNoServerListensFails() throws Exception {
        int port = server.tcpPort();
        int udp = server.udpPort();
        server.close();
        TransportException e = assertThrows(TransportException.class,
                () -> transport.connect("127.0.0.1", port, udp, Duration.ofSeconds(2)));
        assertTrue(e.reason().cause() == Cause.UNREACHABLE || e.reason().cause() == Cause.TIMED_OUT,
                e.reason().toString());
        server = transport.bind("127.0.0.1", 0, 0);
    }

    @Test
    void roundTripAndServerClockAreReported() throws Exception {
        Recorder s = new Recorder();
        Recorder c = new Recorder();
        TransportClient client = connectAndAwait(s, c);
        assertTrue(client.rttNanos() >= 0);
        assertTrue(server.rttNanos(client.connectionId()) >= 0);
        assertEquals(-1, server.rttNanos(123_456));
        long before = serverClockNanos();
        long estimate = client.serverTimeNanos();
        long after = serverClockNanos();
        long slack = Duration.ofMillis(50).toNanos();
        assertTrue(estimate >= before - slack && estimate <= after + slack,
                "server time estimate " + estimate + " not within [" + before + ", " + after + "] +- 50 ms");
    }

    /** The clock the server side of {@link #newTransport} reads; System.nanoTime unless overridden. */
    protected long serverClockNanos() {
        return System.nanoTime();
    }

    @Test
    void pollFromInsideAListenerIsRefused() throws Exception {
        Recorder s = new Recorder();
        TransportClient client = connectAndAwait(s, new Recorder());
        client.send(new Chat("x", 0), Channel.RELIABLE);
        IllegalStateException[] caught = new IllegalStateException[1];
        TransportListener reentrant = new TransportListener() {
            @Override
            public void connected(int connectionId) {
            }

            @Override
            public void message(int connectionId, Object message, Channel channel) {
                try {
                    server.poll(this);
                } catch (IllegalStateException e) {
                    caught[0] = e;
                }
            }

            @Override
            public void disconnected(int connectionId, DisconnectReason reason) {
            }
        };
        Recorder.await(() -> {
            server.poll(reentrant);
            return caught[0] != null;
        }, WAIT, "re-entrant poll refused");
    }
}

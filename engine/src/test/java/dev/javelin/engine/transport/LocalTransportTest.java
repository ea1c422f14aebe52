package dev.javelin.engine.transport;

import dev.javelin.engine.loop.ManualClock;
import dev.javelin.engine.transport.TestMessages.Chat;
import dev.javelin.engine.transport.TestMessages.Snapshot;
import org.junit.jupiter.api.Test;

import java.net.BindException;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LocalTransportTest extends TransportContract {

    @Override
    protected Transport newTransport(MessageRegistry registry) {
        return new LocalTransport(registry);
    }

    @Test
    void twoInstancesNeverSeeEachOthersServers() throws Exception {
        LocalTransport other = new LocalTransport(TestMessages.registry());
        TransportException e = assertThrows(TransportException.class,
                () -> other.connect("127.0.0.1", server.tcpPort(), server.udpPort(), WAIT));
        assertEquals(DisconnectReason.Cause.UNREACHABLE, e.reason().cause());
        try (TransportServer second = other.bind(null, server.tcpPort(), server.udpPort())) {
            assertEquals(server.tcpPort(), second.tcpPort(), "the same port number is free in another instance");
        }
    }

    @Test
    void aPortInUseCannotBeBoundTwice() {
        assertThrows(BindException.class, () -> transport.bind(null, server.tcpPort(), 0));
        assertThrows(IllegalArgumentException.class, () -> transport.bind(null, 70_000, 0));
    }

    @Test
    void messagesAreCopiedNotShared() throws Exception {
        Recorder s = new Recorder();
        Recorder c = new Recorder();
        TransportClient client = connectAndAwait(s, c);
        Snapshot sent = new Snapshot(1, new byte[] {1, 2, 3});
        client.send(sent, Channel.UNRELIABLE);
        s.pollUntil(server::poll, r -> r.messages().size() == 1, WAIT, "snapshot");
        Snapshot got = (Snapshot) s.messages().get(0);
        assertEquals(sent, got);
        assertNotSame(sent.payload(), got.payload());
    }

    @Test
    void serverTimeIsTheTransportClock() throws Exception {
        ManualClock clock = new ManualClock(5_000);
        LocalTransport local = new LocalTransport(TestMessages.registry(), clock, 1 << 16);
        try (TransportServer s = local.bind(null, 0, 0);
             TransportClient c = local.connect(null, s.tcpPort(), s.udpPort(), Duration.ofSeconds(1))) {
            assertEquals(5_000, c.serverTimeNanos());
            clock.advance(7);
            assertEquals(5_007, c.serverTimeNanos());
            assertEquals(0, c.rttNanos());
        }
    }

    @Test
    void aListenerThatThrowsLosesOnlyTheEventItFailedOn() throws Exception {
        Recorder s = new Recorder();
        TransportClient client = connectAndAwait(s, new Recorder());
        client.send(new Chat("boom", 0), Channel.RELIABLE);
        client.send(new Chat("after", 1), Channel.RELIABLE);
        TransportListener failing = new TransportListener() {
            @Override
            public void connected(int connectionId) {
            }

            @Override
            public void message(int connectionId, Object message, Channel channel) {
                throw new IllegalStateException("game bug");
            }

            @Override
            public void disconnected(int connectionId, DisconnectReason reason) {
            }
        };
        assertThrows(IllegalStateException.class, () -> server.poll(failing));
        s.pollUntil(server::poll, r -> r.messages().size() == 1, WAIT, "the event after the failing one");
        assertEquals(new Chat("after", 1), s.messages().get(0));
    }

    @Test
    void unreliableSizeLimitCountsThePayload() throws Exception {
        TransportClient client = connectAndAwait(new Recorder(), new Recorder());
        assertTrue(client.send(new Snapshot(1, new byte[Transport.MAX_UNRELIABLE_PAYLOAD_BYTES]), Channel.UNRELIABLE));
    }
}

package dev.javelin.engine.transport;

import dev.javelin.engine.loop.ManualClock;
import dev.javelin.engine.transport.DisconnectReason.Cause;
import dev.javelin.engine.transport.TestMessages.Chat;
import dev.javelin.engine.transport.TestMessages.Probe;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link ConditionedTransport} over {@link LocalTransport} with a {@link ManualClock}: every delivery time is
 * exact and every run repeatable, so rates are checked statistically against a fixed seed.
 */
class ConditionedTransportTest {

    private static final long MS = 1_000_000L;

    private final ManualClock clock = new ManualClock(1_000 * MS);
    private TransportServer server;
    private TransportClient client;

    /** One delivered probe: when it was sent and when it arrived, on the manual clock. */
    record Delivery(int sequence, long sentNanos, long arrivedNanos) {
        long delayMillis() {
            return (arrivedNanos - sentNanos) / MS;
        }
    }

    private void open(NetworkConditions conditions, long seed) throws Exception {
        LocalTransport local = new LocalTransport(TestMessages.registry(), clock, 1 << 16);
        ConditionedTransport conditioned = new ConditionedTransport(local, conditions, seed, clock);
        server = conditioned.bind(null, 0, 0);
        client = conditioned.connect(null, server.tcpPort(), server.udpPort(), Duration.ofSeconds(1));
    }

    @AfterEach
    void close() {
        if (client != null) {
            client.close();
        }
        if (server != null) {
            server.close();
        }
    }

    /**
     * The client sends one probe per millisecond for {@code count} ms on {@code channel}; the server polls every
     * millisecond until everything that can arrive has. Returns the deliveries in the order the server saw them.
     */
    private List<Delivery> stream(int count, Channel channel) {
        List<Delivery> got = new ArrayList<>();
        TransportListener collect = new TransportListener() {
            @Override
            public void connected(int connectionId) {
            }

            @Override
            public void message(int connectionId, Object message, Channel ch) {
                Probe p = (Probe) message;
                got.add(new Delivery(p.sequence(), p.sentNanos(), clock.nanoTime()));
            }

            @Override
            public void disconnected(int connectionId, DisconnectReason reason) {
            }
        };
        for (int i = 0; i < count; i++) {
            client.send(new Probe(i, clock.nanoTime()), channel);
            server.poll(collect);
            clock.advance(MS);
        }
        for (int i = 0; i < 2_000; i++) {
            server.poll(collect);
            clock.advance(MS);
        }
        return got;
    }

    @Test
    void latencyDelaysEveryMessageExactly() throws Exception {
        open(NetworkConditions.NONE.withLatencyMillis(50), 1);
        Recorder s = new Recorder();
        server.poll(s);
        assertEquals(1, s.count("connected"), "connect is not delayed");
        client.send(new Chat("r", 0), Channel.RELIABLE);
        client.send(new Probe(1, 0), Channel.UNRELIABLE);
        server.poll(s);
        clock.advance(49 * MS);
        server.poll(s);
        assertEquals(0, s.count("message"), "nothing before 50 ms");
        clock.advance(MS);
        server.poll(s);
        assertEquals(2, s.count("message"), "both at 50 ms");
        assertEquals(new Chat("r", 0), s.messages().get(0));
    }

    @Test
    void jitterSpreadsTheDelayAroundTheLatencyAndReorders() throws Exception {
        open(NetworkConditions.NONE.withLatencyMillis(60).withJitterMillis(20), 7);
        List<Delivery> got = stream(5_000, Channel.UNRELIABLE);
        assertEquals(5_000, got.size(), "jitter alone loses nothing");
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        double sum = 0;
        int inversions = 0;
        for (int i = 0; i < got.size(); i++) {
            long d = got.get(i).delayMillis();
            min = Math.min(min, d);
            max = Math.max(max, d);
            sum += d;
            if (i > 0 && got.get(i).sequence() < got.get(i - 1).sequence()) {
                inversions++;
            }
        }
        assertTrue(min >= 40 && max <= 81, "delay within 60 +- 20 ms (+1 ms polling), was " + min + ".." + max);
        double mean = sum / got.size();
        assertTrue(Math.abs(mean - 60.5) < 1.0, "mean delay about 60 ms, was " + mean);
        assertTrue(inversions > 500, "jitter of +-20 ms on 1 ms spacing reorders often, saw " + inversions);
    }

    @Test
    void reliableMessagesAreDelayedButNeverLostOrReordered() throws Exception {
        open(NetworkConditions.NONE.withLatencyMillis(40).withJitterMillis(30).withLoss(1.0)
                .withDuplication(1.0).withReorder(1.0, 100), 3);
        List<Delivery> got = stream(2_000, Channel.RELIABLE);
        assertEquals(2_000, got.size(), "no loss and no duplicates on the reliable channel");
        for (int i = 0; i < got.size(); i++) {
            assertEquals(i, got.get(i).sequence(), "in order");
            assertTrue(got.get(i).delayMillis() >= 10, "still delayed");
        }
    }

    @Test
    void lossDropsTheConfiguredFractionWithAFixedSeed() throws Exception {
        open(NetworkConditions.NONE.withLatencyMillis(10).withLoss(0.2), 42);
        int n = 20_000;
        List<Delivery> got = stream(n, Channel.UNRELIABLE);
        double delivered = got.size() / (double) n;
        // 3 standard deviations of a binomial(20000, 0.8) fraction is 0.0085.
        assertEquals(0.8, delivered, 0.0085, "delivered fraction");
    }

    @Test
    void duplicationRepeatsTheConfiguredFraction() throws Exception {
        open(NetworkConditions.NONE.withLatencyMillis(10).withJitterMillis(5).withDuplication(0.1), 43);
        int n = 20_000;
        List<Delivery> got = stream(n, Channel.UNRELIABLE);
        double extra = (got.size() - n) / (double) n;
        assertEquals(0.1, extra, 0.0065, "duplicated fraction");
        assertEquals(n, got.stream().mapToInt(Delivery::sequence).distinct().count(), "every message at least once");
    }

    @Test
    void reorderHoldsBackTheConfiguredFraction() throws Exception {
        open(NetworkConditions.NONE.withLatencyMillis(20).withReorder(0.05, 30), 44);
        int n = 20_000;
        List<Delivery> got = stream(n, Channel.UNRELIABLE);
        assertEquals(n, got.size());
        long held = got.stream().filter(d -> d.delayMillis() == 50).count();
        long onTime = got.stream().filter(d -> d.delayMillis() == 20).count();
        assertEquals(n, held + onTime, "a message is either on time or held exactly 30 ms more");
        assertEquals(0.05, held / (double) n, 0.005, "held-back fraction");
    }

    @Test
    void theSameSeedGivesTheSameDeliveriesAndAnotherSeedDoesNot() throws Exception {
        NetworkConditions bad = NetworkConditions.NONE.withLatencyMillis(30).withJitterMillis(25).withLoss(0.1)
                .withDuplication(0.05).withReorder(0.05, 20);
        open(bad, 99);
        List<Delivery> first = stream(3_000, Channel.UNRELIABLE);
        close();
        open(bad, 99);
        List<Delivery> second = stream(3_000, Channel.UNRELIABLE);
        close();
        open(bad, 100);
        List<Delivery> other = stream(3_000, Channel.UNRELIABLE);
        // The clock runs on between runs, so compare what happened relative to each send.
        assertEquals(relative(first), relative(second));
        assertNotEquals(relative(first), relative(other));
    }

    private static List<String> relative(List<Delivery> deliveries) {
        return deliveries.stream().map(d -> d.sequence() + "@" + d.delayMillis()).toList();
    }

    @Test
    void disconnectComesAfterDelayedReliableMessagesAndDropsWaitingDatagrams() throws Exception {
        open(NetworkConditions.NONE.withLatencyMillis(50).withReorder(1.0, 500), 5);
        Recorder s = new Recorder();
        server.poll(s);
        client.send(new Probe(1, 0), Channel.UNRELIABLE);
        client.send(new Chat("last", 0), Channel.RELIABLE);
        client.disconnect("bye");
        server.poll(s);
        for (int i = 0; i < 1_000; i++) {
            clock.advance(MS);
            server.poll(s);
        }
        List<String> kinds = s.events().stream().map(Recorder.Event::kind).toList();
        assertEquals(List.of("connected", "message", "disconnected"), kinds);
        assertEquals(new Chat("last", 0), s.messages().get(0));
        assertEquals(Cause.CLOSED_BY_PEER, s.disconnectReason().cause());
    }

    @Test
    void bothDirectionsAreConditionedAndTheRoundTripIncludesThem() throws Exception {
        LocalTransport local = new LocalTransport(TestMessages.registry(), clock, 1 << 16);
        ConditionedTransport conditioned = new ConditionedTransport(local,
                NetworkConditions.NONE.withLatencyMillis(30), NetworkConditions.NONE.withLatencyMillis(70), 1, clock);
        server = conditioned.bind(null, 0, 0);
        client = conditioned.connect(null, server.tcpPort(), server.udpPort(), Duration.ofSeconds(1));
        assertEquals(100 * MS, client.rttNanos());
        assertEquals(100 * MS, server.rttNanos(client.connectionId()));
        Recorder s = new Recorder();
        Recorder c = new Recorder();
        server.poll(s);
        client.poll(c);
        server.send(client.connectionId(), new Chat("down", 0), Channel.UNRELIABLE);
        client.send(new Chat("up", 0), Channel.UNRELIABLE);
        server.poll(s);
        client.poll(c);
        clock.advance(30 * MS);
        server.poll(s);
        client.poll(c);
        assertEquals(1, s.count("message"), "to the server after 30 ms");
        assertEquals(0, c.count("message"), "to the client not yet");
        clock.advance(40 * MS);
        client.poll(c);
        assertEquals(1, c.count("message"), "to the client after 70 ms");
    }
}

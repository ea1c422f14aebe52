package dev.javelin.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.javelin.engine.client.ClientEngine;
import dev.javelin.engine.loop.Clock;
import dev.javelin.engine.protocol.Protocol;
import dev.javelin.engine.server.ServerConfig;
import dev.javelin.engine.server.ServerEngine;
import dev.javelin.engine.sync.SyncSettings;
import dev.javelin.engine.testgame.ArenaGame;
import dev.javelin.net.KryoNetTransport;
import io.micrometer.core.instrument.Tags;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A real server over KryoNet on 127.0.0.1 with one playing client, seen through each diagnostic. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ServerDiagnosticsTest {

    private ServerEngine server;
    private ClientEngine client;

    @BeforeEach
    void playOneClient() throws Exception {
        KryoNetTransport net = new KryoNetTransport(Protocol.registry());
        server = ServerEngine.builder(new ArenaGame(), net.bind("127.0.0.1", 0, 0))
                .config(ServerConfig.defaults().withUpdateRate(3)).build();
        server.start();
        client = ClientEngine.builder(() -> new ArenaGame()).sync(SyncSettings.of("extrapolate")).clock(Clock.system())
                .server(net, "127.0.0.1", server.transport().tcpPort(), server.transport().udpPort()).name("ann").timeout(Duration.ofSeconds(5)).connect();
        client.start();
        await(() -> client.stats().snapshotsIn() > 3, "snapshots reach the client");
    }

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within 20 s: " + what);
            }
            Thread.sleep(5);
        }
    }

    @Test
    void theStatusLineShowsThePlayerTheTickAndTheTrafficOfItsInterval() throws Exception {
        ServerSampler sampler = new ServerSampler(server);
        long steps = server.stats().steps();
        client.queueInput("move", 1, 0);
        await(() -> server.stats().steps() > steps + 30 && server.stats().inputsApplied() > 0, "steps and an input");
        ServerSample s = sampler.sample();
        assertEquals(1, s.players());
        assertEquals(1, s.rooms());
        assertTrue(s.steps() >= 30, s.toString());
        assertTrue(s.stepP50Millis() > 0 && s.stepP99Millis() >= s.stepP50Millis(), s.toString());
        assertTrue(s.kbitInPerSecond() > 0 && s.kbitOutPerSecond() > 0, s.toString());
        assertEquals(0, s.refusals());
        assertTrue(s.statusLine().matches("players 1, rooms 1, tick p50 \\d+\\.\\d\\d ms p99 \\d+\\.\\d\\d ms, "
                + "in \\d+\\.\\d kbit/s, out \\d+\\.\\d kbit/s, refused 0"), s.statusLine());
    }

    @Test
    void prometheusScrapesOverHttpShowFiguresThatMove() throws Exception {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        new ServerMetrics(server, Tags.of("server", "arena")).bindTo(registry);
        System.gc(); // the registry alone must keep what its meters read
        try (PrometheusEndpoint endpoint = PrometheusEndpoint.start("127.0.0.1", 0, registry)) {
            HttpClient http = HttpClient.newHttpClient();
            URI uri = URI.create("http://127.0.0.1:" + endpoint.port() + "/metrics");
            HttpResponse<String> first = http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, first.statusCode());
            assertTrue(first.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));
            double steps = value(first.body(), "javelin_server_steps_total");
            double received = value(first.body(), "javelin_server_transport_received_bytes_total");
            assertEquals(1.0, value(first.body(), "javelin_server_players"), first.body());
            assertEquals(0.0, value(first.body(), "javelin_server_refusals_total\\{kind=\"rejected\""));

            long target = server.stats().steps() + 60;
            await(() -> server.stats().steps() > target, "another second of steps");
            String second = http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString()).body();
            assertTrue(value(second, "javelin_server_steps_total") >= steps + 60, second);
            assertTrue(value(second, "javelin_server_transport_received_bytes_total") > received, second);
            assertTrue(value(second, "javelin_server_step_time_seconds\\{quantile=\"0.99\"") > 0, second);

            HttpResponse<String> other = http.send(HttpRequest.newBuilder(uri.resolve("/nothing")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(404, other.statusCode());
        }
    }

    /** The value of the first sample whose name (and opening labels) match {@code series}, a regex. */
    private static double value(String scrape, String series) {
        Matcher m = Pattern.compile("(?m)^" + series + "[^ ]* ([0-9.eE+-]+)$").matcher(scrape);
        assertTrue(m.find(), series + " in\n" + scrape);
        return Double.parseDouble(m.group(1));
    }

    @Test
    void aRecordingReceivesServerStatsEventsWithTheServersFigures() throws Exception {
        List<RecordedEvent> events = new CopyOnWriteArrayList<>();
        try (ServerStatsRecorder recorder = ServerStatsRecorder.start(server);
             RecordingStream stream = new RecordingStream()) {
            stream.enable(ServerStatsEvent.NAME).withPeriod(Duration.ofMillis(100));
            stream.onEvent(ServerStatsEvent.NAME, events::add);
            stream.startAsync();
            await(() -> events.stream().anyMatch(e -> e.getLong("steps") > 0 && e.getLong("stepP99") > 0
                    && e.getLong("bitsInPerSecond") > 0), "an event of a busy interval");
        }
        RecordedEvent e = events.stream().filter(x -> x.getLong("steps") > 0).findFirst().orElseThrow();
        assertEquals(server.transport().tcpPort(), e.getInt("tcpPort"));
        assertEquals(1, e.getLong("players"));
        assertEquals(1, e.getInt("rooms"));
        assertTrue(e.getLong("bitsOutPerSecond") > 0, e.toString());
    }
}

package dev.javelin.metrics;

import dev.javelin.engine.server.ServerEngine;
import dev.javelin.engine.server.ServerStats;
import dev.javelin.engine.transport.TransportServer;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.function.ToDoubleFunction;

/**
 * A server's counters as Micrometer meters, named {@code javelin.server.*} (in Prometheus:
 * {@code javelin_server_steps_total}, {@code javelin_server_players}, {@code javelin_server_step_time_seconds},
 * ...). Counters read {@code ServerStats} directly; the step time quantiles ({@code quantile="0.5"} and
 * {@code "0.99"}) cover the time since the previous read, at least one second, so one scrape sees one interval.
 *
 * <p>Threads: bind from any thread; meters are read on whatever thread reads the registry (a scrape).
 */
public final class ServerMetrics implements MeterBinder {

    private static final long MIN_INTERVAL_NANOS = 1_000_000_000L;

    private final ServerStats stats;
    private final TransportServer transport;
    private final ServerSampler sampler;
    private final Tags tags;

    /**
     * Meters of one server.
     *
     * @param server the server to read
     * @param tags   tags on every meter, for example the server's name; may be empty, not null
     */
    public ServerMetrics(ServerEngine server, Tags tags) {
        this.stats = server.stats();
        this.transport = server.transport();
        this.sampler = new ServerSampler(server);
        this.tags = tags;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        counter(registry, "javelin.server.steps", "steps run", null, s -> s.steps());
        counter(registry, "javelin.server.snapshots.sent", "snapshots sent to players", null, s -> s.snapshotsSent());
        counter(registry, "javelin.server.snapshot.bytes", "snapshot bytes encoded (before framing)", "bytes",
                s -> s.snapshotBytesSent());
        counter(registry, "javelin.server.inputs.applied", "inputs applied to the game", null, s -> s.inputsApplied());
        refusals(registry, "rejected", s -> s.inputsRejected());
        refusals(registry, "over_rate", s -> s.inputsOverRate());
        refusals(registry, "bad_message", s -> s.badMessages());
        counter(registry, "javelin.server.players.joined", "players who joined", null, s -> s.playersJoined());
        counter(registry, "javelin.server.players.left", "players who left", null, s -> s.playersLeft());
        Gauge.builder("javelin.server.players", stats, s -> s.players()).description("players present")
                .tags(tags).register(registry);
        Gauge.builder("javelin.server.rooms", stats, s -> s.rooms()).description("rooms opened")
                .tags(tags).register(registry);
        stepTime(registry, "0.5", s -> s.stepP50Millis() / 1000);
        stepTime(registry, "0.99", s -> s.stepP99Millis() / 1000);
        if (transport.bytesReceived() >= 0) {
            FunctionCounter.builder("javelin.server.transport.received", transport, t -> t.bytesReceived())
                    .description("bytes received, framing included").baseUnit("bytes").tags(tags).register(registry);
        }
    }

    private void counter(MeterRegistry registry, String name, String description, String unit,
                         ToDoubleFunction<ServerStats> f) {
        FunctionCounter.builder(name, stats, f).description(description).baseUnit(unit).tags(tags).register(registry);
    }

    private void refusals(MeterRegistry registry, String kind, ToDoubleFunction<ServerStats> f) {
        FunctionCounter.builder("javelin.server.refusals", stats, f).description("inputs and messages refused")
                .tags(tags).tag("kind", kind).register(registry);
    }

    private void stepTime(MeterRegistry registry, String quantile, ToDoubleFunction<ServerSample> seconds) {
        Gauge.builder("javelin.server.step.time", sampler, s -> seconds.applyAsDouble(s.recent(MIN_INTERVAL_NANOS)))
                .description("step duration on the simulation thread since the previous read").baseUnit("seconds")
                // Micrometer holds a gauge's object weakly, and nothing else holds this sampler.
                .strongReference(true).tags(tags).tag("quantile", quantile).register(registry);
    }
}

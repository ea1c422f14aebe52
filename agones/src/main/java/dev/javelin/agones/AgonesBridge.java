package dev.javelin.agones;

import dev.javelin.engine.util.Signal;
import dev.javelin.engine.server.JoinApprover;
import dev.javelin.engine.server.ServerEngine;
import dev.javelin.engine.server.ServerPlayer;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Runs a {@link ServerEngine} as an Agones GameServer: tells the sidecar {@code Ready} once the server listens,
 * pings {@code Health} on a schedule, sets labels and annotations (room metadata), reports each player who joins
 * or leaves ({@code PlayerConnect} / {@code PlayerDisconnect}, with the capacity set at start), learns from
 * {@code WatchGameServer} that the server was allocated and to which room (the {@value #ROOM_LABEL} label the
 * allocation put on it), and asks for {@code Shutdown} when the match is over. With a {@link TicketSigner} its
 * {@link #approver()} admits only players holding a ticket for this server.
 *
 * <p>The sidecar may be late, down or slow: every call is queued and retried with backoff on the bridge's own
 * threads ("javelin-agones"), failures are logged, and nothing waits on them; the game plays on.
 *
 * <p>Use: build it, give the server builder {@code maxPlayers(bridge.capacity())} and
 * {@code joinApprover(bridge.approver())}, {@link #attach} it to the built server before {@code start()}, then
 * {@link #start()} it once the server listens. Threads: player events arrive on the simulation thread; the other
 * methods may be called from any thread.
 */
public final class AgonesBridge implements AutoCloseable {

    /** The label a lobby's allocation sets to name the room (or match) this server now hosts. */
    public static final String ROOM_LABEL = "javelin.dev/room";

    private final AgonesSdk sdk;
    private final int capacity;
    private final Duration healthPeriod;
    private final Duration emptyGrace;
    private final Map<String, String> labels;
    private final Map<String, String> annotations;
    private final TicketSigner tickets;
    private final Clock clock;
    private final Consumer<String> log;
    private final Backoff backoff;
    private final ScheduledThreadPoolExecutor scheduler;
    private final SidecarCalls calls;
    private final List<Consumer<GameServerInfo>> allocationListeners = new CopyOnWriteArrayList<>();
    private final List<Signal.Subscription> subscriptions = new ArrayList<>();
    private final Map<Integer, String> playerIds = new ConcurrentHashMap<>();
    private final AtomicInteger present = new AtomicInteger();
    private final AtomicBoolean everJoined = new AtomicBoolean();
    private final AtomicBoolean shutdownAsked = new AtomicBoolean();
    private final AtomicBoolean allocated = new AtomicBoolean();
    private final AtomicLong healthPings = new AtomicLong();
    private volatile GameServerInfo latest;
    private volatile boolean healthFailing;
    private volatile boolean closed;
    private volatile GameServerStream watch;
    private int watchFailures;
    private ScheduledFuture<?> health;
    private ServerEngine server;

    private AgonesBridge(Builder b) {
        this.sdk = b.sdk;
        this.capacity = b.capacity;
        this.healthPeriod = b.healthPeriod;
        this.emptyGrace = b.emptyGrace;
        this.labels = new LinkedHashMap<>(b.labels);
        this.annotations = new LinkedHashMap<>(b.annotations);
        this.tickets = b.tickets;
        this.clock = b.clock;
        this.log = b.log;
        this.backoff = b.backoff;
        this.scheduler = new ScheduledThreadPoolExecutor(2, r -> {
            Thread t = new Thread(r, "javelin-agones");
            t.setDaemon(true);
            return t;
        });
        scheduler.setRemoveOnCancelPolicy(true);
        this.calls = new SidecarCalls(scheduler, backoff, b.queueCapacity, b.maxAttempts, log);
    }

    /** A builder for a bridge talking to {@code sdk}. */
    public static Builder builder(AgonesSdk sdk) {
        return new Builder(sdk);
    }

    /** The most players this server takes (0: no cap, no player tracking); give it to the server's builder. */
    public int capacity() {
        return capacity;
    }

    /** The join approval to give the server's builder: tickets checked if a signer was given, else everyone. */
    public JoinApprover approver() {
        if (tickets == null) {
            return JoinApprover.approveAll();
        }
        return new TicketApprover(tickets, this::gameServerName, clock);
    }

    /** Follows {@code server}'s players. Call once, before the server starts stepping. */
    public void attach(ServerEngine server) {
        if (this.server != null) {
            throw new IllegalStateException("the bridge is already attached to a server");
        }
        this.server = Objects.requireNonNull(server, "server");
        subscriptions.add(server.game().events().playerJoined.subscribe(this::joined));
        subscriptions.add(server.game().events().playerDisconnected.subscribe(this::left));
    }

    /**
     * Tells Agones the server is up: sets the capacity, the labels and annotations, reads the GameServer, marks it
     * Ready; starts the health pings and the watch. Call once the server listens (after {@code start()}).
     */
    public void start() {
        if (capacity > 0) {
            calls.submit("SetPlayerCapacity " + capacity, () -> sdk.setPlayerCapacity(capacity));
        }
        labels.forEach((k, v) -> calls.submit("SetLabel " + k, () -> sdk.setLabel(k, v)));
        annotations.forEach((k, v) -> calls.submit("SetAnnotation " + k, () -> sdk.setAnnotation(k, v)));
        calls.submit("GetGameServer", () -> seen(sdk.gameServer()));
        calls.submit("Ready", sdk::ready);
        health = scheduler.scheduleAtFixedRate(this::ping, 0, healthPeriod.toMillis(), TimeUnit.MILLISECONDS);
        openWatch();
    }

    /** Sets a label on the GameServer (queued; prefixed by Agones with {@value GameServerInfo#SDK_LABEL_PREFIX}). */
    public void label(String key, String value) {
        calls.submit("SetLabel " + key, () -> sdk.setLabel(key, value));
    }

    /** Sets an annotation on the GameServer (queued; prefixed as labels are). */
    public void annotate(String key, String value) {
        calls.submit("SetAnnotation " + key, () -> sdk.setAnnotation(key, value));
    }

    /** Calls {@code listener} once, on a bridge or HTTP thread, when the watch first sees the server Allocated. */
    public void onAllocated(Consumer<GameServerInfo> listener) {
        allocationListeners.add(listener);
    }

    /** The match is over: asks Agones to shut this server down (once; later calls do nothing). */
    public void matchOver() {
        if (shutdownAsked.compareAndSet(false, true)) {
            log.accept("agones: match over, asking for Shutdown");
            calls.submit("Shutdown", sdk::shutdown);
        }
    }

    /** The GameServer as last seen (GetGameServer or the watch), or null before the sidecar first answered. */
    public GameServerInfo gameServer() {
        return latest;
    }

    /** This server's GameServer name, or null before the sidecar first answered. */
    public String gameServerName() {
        GameServerInfo g = latest;
        return g == null || g.name().isEmpty() ? null : g.name();
    }

    /** True once the watch has seen the server Allocated. */
    public boolean allocated() {
        return allocated.get();
    }

    /** The room the allocation named ({@value #ROOM_LABEL}), or null. */
    public String allocatedRoom() {
        GameServerInfo g = latest;
        return g == null ? null : g.labels().get(ROOM_LABEL);
    }

    /** Health pings the sidecar accepted. */
    public long healthPings() {
        return healthPings.get();
    }

    /** Sidecar calls queued or being retried. */
    public int callsWaiting() {
        return calls.waiting();
    }

    /** Waits up to {@code timeout} for every queued call to be done; true if they are. Not on a bridge thread. */
    public boolean awaitCalls(Duration timeout) throws InterruptedException {
        return calls.awaitIdle(timeout.toMillis());
    }

    private void joined(int playerId) {
        ServerPlayer p = server.player(playerId);
        String id = p == null ? "player-" + playerId : p.name();
        playerIds.put(playerId, id);
        present.incrementAndGet();
        everJoined.set(true);
        if (capacity > 0) {
            calls.submit("PlayerConnect " + id, () -> sdk.playerConnect(id));
        }
    }

    private void left(int playerId) {
        String id = playerIds.remove(playerId);
        if (id == null) {
            return;
        }
        int now = present.decrementAndGet();
        if (capacity > 0) {
            calls.submit("PlayerDisconnect " + id, () -> sdk.playerDisconnect(id));
        }
        if (now == 0 && emptyGrace != null && !closed) {
            scheduler.schedule(() -> {
                if (present.get() == 0) {
                    matchOver();
                }
            }, emptyGrace.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void ping() {
        try {
            sdk.health();
            healthPings.incrementAndGet();
            if (healthFailing) {
                healthFailing = false;
                log.accept("agones: health pings reach the sidecar again");
            }
        } catch (SdkException e) {
            if (!healthFailing) {
                healthFailing = true;
                log.accept("agones: health ping failed (" + e.getMessage() + "); retrying every "
                        + healthPeriod.toMillis() + " ms");
            }
        }
    }

    private void openWatch() {
        if (closed) {
            return;
        }
        GameServerStream stream = sdk.watchGameServer(info -> {
            synchronized (this) {
                watchFailures = 0;
            }
            seen(info);
        });
        watch = stream;
        stream.done().whenComplete((ok, failure) -> {
            if (closed) {
                return;
            }
            int n;
            synchronized (this) {
                n = ++watchFailures;
            }
            long wait = backoff.after(n).toMillis();
            log.accept("agones: watch ended (" + (failure == null ? "closed by the sidecar"
                    : (failure.getCause() == null ? failure : failure.getCause()).getMessage()) + "); reopening in "
                    + wait + " ms");
            try {
                scheduler.schedule(this::openWatch, wait, TimeUnit.MILLISECONDS);
            } catch (java.util.concurrent.RejectedExecutionException e) {
                // closing
            }
        });
    }

    private void seen(GameServerInfo info) {
        latest = info;
        if (info.allocated() && allocated.compareAndSet(false, true)) {
            log.accept("agones: allocated" + (info.labels().containsKey(ROOM_LABEL)
                    ? " for room " + info.labels().get(ROOM_LABEL) : ""));
            for (Consumer<GameServerInfo> l : allocationListeners) {
                try {
                    l.accept(info);
                } catch (RuntimeException e) {
                    log.accept("agones: allocation listener failed: " + e);
                }
            }
        }
    }

    /**
     * Stops the pings and the watch, gives queued calls (a Shutdown, the last disconnects) up to two seconds to
     * reach the sidecar, and stops the bridge's threads. Idempotent.
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        subscriptions.forEach(Signal.Subscription::close);
        if (health != null) {
            health.cancel(false);
        }
        GameServerStream w = watch;
        if (w != null) {
            w.close();
        }
        try {
            calls.awaitIdle(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        calls.close();
        scheduler.shutdownNow();
    }

    /** Builds an {@link AgonesBridge}; every setting has a stated default. */
    public static final class Builder {
        private final AgonesSdk sdk;
        private int capacity;
        private Duration healthPeriod = Duration.ofSeconds(2);
        private Duration emptyGrace;
        private final Map<String, String> labels = new LinkedHashMap<>();
        private final Map<String, String> annotations = new LinkedHashMap<>();
        private TicketSigner tickets;
        private Clock clock = Clock.systemUTC();
        private Consumer<String> log = line -> System.err.println("[javelin-agones] " + line);
        private Backoff backoff = Backoff.standard();
        private int queueCapacity = 1024;
        private int maxAttempts = 30;

        private Builder(AgonesSdk sdk) {
            this.sdk = Objects.requireNonNull(sdk, "sdk");
        }

        /** Most players; reported with SetPlayerCapacity, players reported as they come and go. Default 0: off. */
        public Builder capacity(int players) {
            if (players < 0) {
                throw new IllegalArgumentException("capacity must be >= 0, was " + players);
            }
            this.capacity = players;
            return this;
        }

        /** Time between health pings; default 2 s (Agones' default allows 5 s with 3 misses). */
        public Builder healthPeriod(Duration period) {
            if (period == null || period.toMillis() < 1) {
                throw new IllegalArgumentException("healthPeriod must be at least 1 ms");
            }
            this.healthPeriod = period;
            return this;
        }

        /** A label set at start (room metadata, game mode, version). */
        public Builder label(String key, String value) {
            labels.put(key, value);
            return this;
        }

        /** An annotation set at start. */
        public Builder annotation(String key, String value) {
            annotations.put(key, value);
            return this;
        }

        /** Admit only players with a ticket signed by {@code signer}'s secret; default: admit everyone. */
        public Builder tickets(TicketSigner signer) {
            this.tickets = signer;
            return this;
        }

        /**
         * The match is over when the last player has left and nobody came back within {@code grace}: the bridge
         * then asks for Shutdown. Default: never by itself (call {@link AgonesBridge#matchOver()}).
         */
        public Builder shutdownWhenEmpty(Duration grace) {
            this.emptyGrace = grace;
            return this;
        }

        /** The clock tickets are judged by; default UTC system clock. */
        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        /** Where problems with the sidecar are reported; default standard error. */
        public Builder log(Consumer<String> log) {
            this.log = log;
            return this;
        }

        /** Waits between retries of a failed call or watch; default {@link Backoff#standard()}. */
        public Builder backoff(Backoff backoff) {
            this.backoff = backoff;
            return this;
        }

        /** Most calls kept while the sidecar is away; default 1024. */
        public Builder queueCapacity(int calls) {
            if (calls < 1) {
                throw new IllegalArgumentException("queueCapacity must be at least 1");
            }
            this.queueCapacity = calls;
            return this;
        }

        /** Tries of one call before it is dropped and logged; default 30 (about two minutes with the standard backoff). */
        public Builder maxAttempts(int attempts) {
            if (attempts < 1) {
                throw new IllegalArgumentException("maxAttempts must be at least 1");
            }
            this.maxAttempts = attempts;
            return this;
        }

        public AgonesBridge build() {
            return new AgonesBridge(this);
        }
    }
}

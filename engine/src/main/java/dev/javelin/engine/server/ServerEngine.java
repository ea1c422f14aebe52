package dev.javelin.engine.server;

import dev.javelin.engine.GameEngine;
import dev.javelin.engine.GameObject;
import dev.javelin.engine.GameWorld;
import dev.javelin.engine.Input;
import dev.javelin.engine.loop.Clock;
import dev.javelin.engine.loop.StepLoop;
import dev.javelin.engine.protocol.InputMessage;
import dev.javelin.engine.protocol.JoinRequest;
import dev.javelin.engine.protocol.SnapshotPacket;
import dev.javelin.engine.protocol.Welcome;
import dev.javelin.engine.transport.Channel;
import dev.javelin.engine.transport.DisconnectReason;
import dev.javelin.engine.transport.TransportListener;
import dev.javelin.engine.transport.TransportServer;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

/**
 * The authoritative server: steps the game at its step rate, applies each player's inputs at the step
 * they are stamped for, and sends every player a snapshot of its room every {@code updateRate} steps.
 *
 * <p>One server step: drain the transport's events (joins, inputs, leaves); drop connections that
 * never joined or went quiet; apply the inputs due this step, player by player in id order, through
 * the game's {@link InputValidator}; run {@link GameEngine#step}; encode and send a snapshot to each player
 * whose turn it is. Each player gets one every {@code updateRate} steps, and players take turns by id, so a
 * server with many players spreads its snapshot work evenly over the steps instead of doing it all on one.
 * Players who drop keep their objects for {@code reconnectGraceSeconds} and can rejoin as themselves with the
 * token their welcome carried.
 *
 * <p>In steady state a step allocates nothing of its own (inputs arrive already decoded by the transport,
 * snapshots go out through one reused packet and buffer); the game's own code may of course allocate.
 *
 * <p>A join with a player's token also takes the player over from an old connection the server has not yet
 * seen die (that connection is closed).
 *
 * <p>Hostile clients: a connection speaks only for the player it joined as; every input passes the
 * protocol's checks (count, finite parameters, action length, step window, queue size, per-player rate)
 * and then the game's {@link InputValidator}; refusals are counted in {@link ServerStats} and logged at
 * most once a second. See docs/SECURITY.md.
 *
 * <p>Threads: the step runs on the simulation thread ({@link #start()} makes one, or call
 * {@link #step()} yourself with a manual clock); nothing here is touched by transport threads, which
 * only queue events. {@link #close()} may be called from any thread.
 */
public final class ServerEngine implements AutoCloseable {

    private static final int MAX_ROOMS = 1024;

    private final GameEngine game;
    private final TransportServer transport;
    private final ServerConfig config;
    private final Clock clock;
    private final InterestPolicy interest;
    private final InputValidator validator;
    private final StepLoop loop;
    private final Map<Integer, ServerPlayer> players = new TreeMap<>();
    // The same players in id order, and by id, for the step's loops (no iterator, no boxed key).
    private final List<ServerPlayer> order = new ArrayList<>();
    private ServerPlayer[] byId = new ServerPlayer[64];
    private final PlayersByConnection byConnection = new PlayersByConnection();
    private final Map<Integer, Long> awaitingJoin = new HashMap<>();
    private final Map<String, Integer> rooms = new HashMap<>();
    private final ServerStats stats = new ServerStats();
    private final RateLimitedLog rejections;
    private final SecureRandom tokens = new SecureRandom();
    private final Listener listener = new Listener();
    private final SnapshotSender snapshots;
    private final IndexSet selection = new IndexSet();
    private final List<ServerPlayer> leaving = new ArrayList<>();
    private final SnapshotPacket packet = new SnapshotPacket();
    private ServerPlayer applying;
    private final Consumer<Input> applyInput = input -> apply(applying, input);
    private int nextPlayerId = 1;
    private long now;

    private ServerEngine(Builder b) {
        this.game = b.game;
        this.transport = b.transport;
        this.config = b.config;
        this.clock = b.clock;
        this.interest = b.interest;
        this.validator = b.validator;
        this.rejections = new RateLimitedLog(b.log, 1_000_000_000L);
        this.snapshots = new SnapshotSender(game, config);
        this.loop = new StepLoop(clock, game.config().stepPeriodNanos(), 5, due -> step());
        rooms.put("default", 0);
        stats.rooms = 1;
        game.setAuthority(true);
    }

    /** A builder for a server of {@code game} over {@code transport}. */
    public static Builder builder(GameEngine game, TransportServer transport) {
        return new Builder(game, transport);
    }

    /**
     * Starts the simulation thread ("javelin-server"), stepping at the game's step rate, at the highest Java
     * priority: where the JVM honours priorities (on Linux, {@code -XX:ThreadPriorityPolicy=1} as root) the step
     * then goes before the network threads and other processes on a busy machine.
     */
    public void start() {
        loop.start("javelin-server", Thread.MAX_PRIORITY);
    }

    /** The step loop, for callers that drive time themselves ({@code loop().runDue()} with a manual clock). */
    public StepLoop loop() {
        return loop;
    }

    /** Runs one server step now. On the simulation thread (or the test's thread when there is none). */
    public void step() {
        long started = System.nanoTime();
        now = clock.nanoTime();
        transport.poll(listener);
        enforceTimeouts();
        int n = game.world().stepCount() + 1;
        for (int i = 0, count = order.size(); i < count; i++) {
            applying = order.get(i);
            applying.inputs().drainDue(n, applyInput);
        }
        applying = null;
        game.step(false);
        stats.steps++;
        sendSnapshots(n);
        stats.stepTimes.record(System.nanoTime() - started);
    }

    /** Whether {@code p} gets a snapshot at step {@code n}: every updateRate steps, phase by player id. */
    private boolean snapshotDue(ServerPlayer p, int n) {
        return p.connectionId() != 0 && (n + p.id()) % config.updateRate() == 0;
    }

    private void apply(ServerPlayer player, Input input) {
        if (!validator.accept(player, input)) {
            if (rejected(player)) {
                logRejection(player, "input '" + input.action() + "' refused by the game");
            }
            return;
        }
        stats.inputsApplied++;
        game.processInput(input, player.id(), true);
    }

    /** Counts a refused input; true if the refusal should also be logged now (see {@link RateLimitedLog#admit}). */
    private boolean rejected(ServerPlayer player) {
        player.inputsRejected++;
        stats.inputsRejected++;
        return rejections.admit(now);
    }

    private void logRejection(ServerPlayer player, String why) {
        rejections.emit(now, "rejected from " + player + ": " + why);
    }

    private void sendSnapshots(int step) {
        boolean any = false;
        for (int i = 0, count = order.size(); i < count && !any; i++) {
            any = snapshotDue(order.get(i), step);
        }
        if (!any) {
            return;
        }
        GameWorld world = game.world();
        List<GameObject> objects = world.objects();
        snapshots.capture(step);
        interest.prepare(world);
        indexOwnedObjects(objects);
        for (int i = 0, count = order.size(); i < count; i++) {
            ServerPlayer p = order.get(i);
            if (!snapshotDue(p, step)) {
                continue;
            }
            selection.clear();
            interest.select(p, p.owned, world, selection);
            selection.sortDistinct();
            int kept = 0;
            for (int k = 0, m = selection.size(); k < m; k++) {
                int index = selection.get(k);
                if (objects.get(index).roomId() == p.roomId()) {
                    selection.set(kept++, index);
                }
            }
            selection.truncate(kept);
            int length = snapshots.encode(p, selection.array(), selection.size());
            long held = p.echoTimeNanos == 0 ? 0 : now - p.echoReceivedNanos;
            packet.set(p.inputs().highestReceived(), p.echoTimeNanos, held, snapshots.buffer(), length);
            if (transport.send(p.connectionId(), packet, Channel.UNRELIABLE)) {
                stats.snapshotsSent++;
                stats.snapshotBytesSent += length;
            }
        }
    }

    /** Fills each player's list of its own objects, in id order, in one pass over the world. */
    private void indexOwnedObjects(List<GameObject> objects) {
        for (int i = 0, count = order.size(); i < count; i++) {
            order.get(i).owned.clear();
        }
        for (int i = 0, n = objects.size(); i < n; i++) {
            GameObject o = objects.get(i);
            int owner = o.ownerId();
            if (owner > 0 && owner < byId.length && byId[owner] != null) {
                byId[owner].owned.add(o);
            }
        }
    }

    private void enforceTimeouts() {
        long joinLimit = seconds(config.joinTimeoutSeconds());
        for (Iterator<Map.Entry<Integer, Long>> it = awaitingJoin.isEmpty() ? java.util.Collections.emptyIterator()
                : awaitingJoin.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<Integer, Long> e = it.next();
            if (now - e.getValue() > joinLimit) {
                it.remove();
                transport.disconnect(e.getKey(), "no join request within " + config.joinTimeoutSeconds() + " s");
            }
        }
        long idleLimit = seconds(config.idleTimeoutSeconds());
        long graceLimit = seconds(config.reconnectGraceSeconds());
        leaving.clear();
        for (int i = 0, count = order.size(); i < count; i++) {
            ServerPlayer p = order.get(i);
            if (p.connectionId() != 0 && now - p.lastHeardNanos > idleLimit) {
                transport.disconnect(p.connectionId(), "idle for " + config.idleTimeoutSeconds() + " s");
                byConnection.remove(p.connectionId());
                p.setConnectionId(0);
                leaving.add(p);
            } else if (p.connectionId() == 0 && now - p.droppedAtNanos >= graceLimit) {
                leaving.add(p);
            }
        }
        for (int i = 0, count = leaving.size(); i < count; i++) {
            removePlayer(leaving.get(i));
        }
        leaving.clear();
    }

    private static long seconds(double s) {
        return (long) (s * 1e9);
    }

    private void removePlayer(ServerPlayer p) {
        if (players.remove(p.id()) != null) {
            order.remove(p);
            byId[p.id()] = null;
            stats.playersLeft++;
            snapshots.forget(p);
            game.notifyPlayerDisconnected(p.id());
        }
    }

    private void onJoin(int connectionId, JoinRequest join) {
        if (awaitingJoin.remove(connectionId) == null) {
            stats.badMessages++;
            return;
        }
        String name = join.playerName();
        if (name == null || name.isBlank() || name.length() > JoinRequest.MAX_NAME_LENGTH) {
            transport.disconnect(connectionId, "player name must be 1 to " + JoinRequest.MAX_NAME_LENGTH + " characters");
            return;
        }
        if (join.room() != null && join.room().length() > JoinRequest.MAX_ROOM_LENGTH) {
            transport.disconnect(connectionId, "room name must be at most " + JoinRequest.MAX_ROOM_LENGTH + " characters");
            return;
        }
        ServerPlayer player = resumable(join.resumeToken());
        boolean resumed = player != null;
        if (resumed) {
            if (player.connectionId() != 0) {
                // The old connection died without the server noticing yet (a client that lost its network
                // and came back before the timeout): the token proves it is the same player.
                byConnection.remove(player.connectionId());
                transport.disconnect(player.connectionId(), "replaced by a resumed connection");
            }
            player.inputs().restartSequence();
        } else {
            int room = roomFor(join.room());
            if (room < 0) {
                transport.disconnect(connectionId, "too many rooms");
                return;
            }
            player = new ServerPlayer(nextPlayerId++, name, tokens.nextLong() | 1L, room,
                    new PlayerInputQueue(config.maxFutureSteps(), config.inputQueueCapacity()));
            players.put(player.id(), player);
            order.add(player);
            if (player.id() >= byId.length) {
                byId = java.util.Arrays.copyOf(byId, Math.max(player.id() + 1, byId.length * 2));
            }
            byId[player.id()] = player;
        }
        player.setConnectionId(connectionId);
        player.lastHeardNanos = now;
        player.rateTokens = config.maxInputsPerSecond();
        player.rateRefilledNanos = now;
        byConnection.put(connectionId, player);
        snapshots.reset(player);
        transport.send(connectionId, new Welcome(player.id(), player.resumeToken(), game.config().stepRate(),
                config.updateRate(), config.fullSyncRate(), game.world().stepCount(), now), Channel.RELIABLE);
        if (!resumed) {
            stats.playersJoined++;
            game.notifyPlayerJoined(player.id(), name, player.roomId());
        }
    }

    /** The player holding {@code token}, dropped or not; null for 0 or an unknown token. */
    private ServerPlayer resumable(long token) {
        if (token == 0) {
            return null;
        }
        for (ServerPlayer p : players.values()) {
            if (p.resumeToken() == token) {
                return p;
            }
        }
        return null;
    }

    private int roomFor(String name) {
        if (name == null || name.isEmpty()) {
            return 0;
        }
        Integer id = rooms.get(name);
        if (id == null) {
            if (rooms.size() >= MAX_ROOMS) {
                return -1;
            }
            id = rooms.size();
            rooms.put(name, id);
            stats.rooms = rooms.size();
        }
        return id;
    }

    private void onInputs(int connectionId, InputMessage m) {
        ServerPlayer p = byConnection.get(connectionId);
        if (p == null) {
            stats.badMessages++;
            return;
        }
        p.lastHeardNanos = now;
        if (m.snapshotAck() >= 0) {
            snapshots.acknowledge(p, m.snapshotAck());
        }
        if (m.wantFull()) {
            snapshots.requestFull(p);
        }
        if (m.clientTimeNanos() != 0 && m.clientTimeNanos() != p.echoTimeNanos) {
            p.echoTimeNanos = m.clientTimeNanos();
            p.echoReceivedNanos = now;
        }
        Input[] entries = m.inputs();
        if (entries == null || entries.length > InputMessage.MAX_INPUTS) {
            if (rejected(p)) {
                logRejection(p, "input message with " + (entries == null ? "no" : entries.length) + " inputs");
            }
            return;
        }
        refillRate(p);
        int current = game.world().stepCount() + 1;
        int overRate = 0;
        for (Input input : entries) {
            if (input == null || input.sequence() <= p.inputs().highestReceived()) {
                continue;
            }
            if (p.rateTokens < 1) {
                // Counted and logged once per message below: a flood costs a counter, not a log call per input.
                overRate++;
                continue;
            }
            p.rateTokens--;
            PlayerInputQueue.Outcome outcome = p.inputs().offer(input, current);
            if (outcome != PlayerInputQueue.Outcome.QUEUED && outcome != PlayerInputQueue.Outcome.DUPLICATE) {
                if (rejected(p)) {
                    logRejection(p, "input " + input.sequence() + " for step " + input.step() + " at step " + current
                            + ": " + outcome);
                }
            }
        }
        if (overRate > 0) {
            p.inputsOverRate += overRate;
            stats.inputsOverRate += overRate;
            if (rejections.admit(now)) {
                rejections.emit(now, "input rate limit hit by " + p + " (" + overRate + " inputs dropped)");
            }
        }
    }

    private void refillRate(ServerPlayer p) {
        double perNano = config.maxInputsPerSecond() / 1e9;
        p.rateTokens = Math.min(config.maxInputsPerSecond(), p.rateTokens + (now - p.rateRefilledNanos) * perNano);
        p.rateRefilledNanos = now;
    }

    private void onDisconnected(int connectionId) {
        awaitingJoin.remove(connectionId);
        ServerPlayer p = byConnection.remove(connectionId);
        if (p == null) {
            return;
        }
        p.setConnectionId(0);
        p.droppedAtNanos = now;
        if (config.reconnectGraceSeconds() == 0) {
            removePlayer(p);
        }
    }

    private final class Listener implements TransportListener {
        @Override
        public void connected(int connectionId) {
            awaitingJoin.put(connectionId, now);
        }

        @Override
        public void message(int connectionId, Object message, Channel channel) {
            if (message instanceof InputMessage m) {
                onInputs(connectionId, m);
            } else if (message instanceof JoinRequest j) {
                onJoin(connectionId, j);
            } else {
                stats.badMessages++;
            }
        }

        @Override
        public void disconnected(int connectionId, DisconnectReason reason) {
            onDisconnected(connectionId);
        }
    }

    /**
     * Sends a game event (an instance of a class registered as an event in the game's class registry)
     * to every player in room {@code roomId}; it rides their snapshots until acknowledged and reaches each
     * client's game once, through {@code events().gameEvent}. Simulation thread.
     */
    public void sendEvent(Object event, int roomId) {
        int step = game.world().stepCount();
        for (ServerPlayer p : players.values()) {
            if (p.roomId() == roomId) {
                snapshots.queueEvent(p, event, step);
            }
        }
    }

    /** Players present (connected or within their reconnect grace), by id. Simulation thread. */
    public Iterable<ServerPlayer> players() {
        return players.values();
    }

    /** The player with {@code id}, or null. Simulation thread. */
    public ServerPlayer player(int id) {
        return players.get(id);
    }

    /** The id of room {@code name}, creating it if needed; -1 if the room limit is reached. */
    public int room(String name) {
        return roomFor(name);
    }

    /** Counters; safe to read from any thread. */
    public ServerStats stats() {
        return stats;
    }

    public GameEngine game() {
        return game;
    }

    public ServerConfig config() {
        return config;
    }

    /** The transport endpoint it serves on. */
    public TransportServer transport() {
        return transport;
    }

    /** Stops the step thread (if started) and closes the transport. Idempotent; any thread. */
    @Override
    public void close() {
        loop.stop();
        transport.close();
    }

    /** Builds a {@link ServerEngine}; every setting has a stated default. */
    public static final class Builder {
        private final GameEngine game;
        private final TransportServer transport;
        private ServerConfig config = ServerConfig.defaults();
        private Clock clock = Clock.system();
        private InterestPolicy interest = InterestPolicy.everything();
        private InputValidator validator = InputValidator.acceptAll();
        private Consumer<String> log = org.slf4j.LoggerFactory.getLogger(ServerEngine.class)::warn;

        private Builder(GameEngine game, TransportServer transport) {
            if (game == null || transport == null) {
                throw new IllegalArgumentException("game and transport must not be null");
            }
            this.game = game;
            this.transport = transport;
        }

        public Builder config(ServerConfig config) {
            this.config = config;
            return this;
        }

        /** The clock of the step loop and every timeout; default the system clock. */
        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        /** Which objects of its room each player receives; default everything. */
        public Builder interest(InterestPolicy interest) {
            this.interest = interest;
            return this;
        }

        /** The game's check on every input; default accept all. */
        public Builder validator(InputValidator validator) {
            this.validator = validator;
            return this;
        }

        /** Where rate-limited warnings go; default the SLF4J logger {@code dev.javelin.engine.server.ServerEngine} at WARN. */
        public Builder log(Consumer<String> log) {
            this.log = log;
            return this;
        }

        public ServerEngine build() {
            return new ServerEngine(this);
        }
    }
}

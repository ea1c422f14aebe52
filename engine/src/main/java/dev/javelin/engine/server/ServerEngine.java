package dev.javelin.engine.server;

import dev.javelin.engine.GameEngine;
import dev.javelin.engine.StepFailure;
import dev.javelin.engine.loop.Clock;
import dev.javelin.engine.loop.StepLoop;
import dev.javelin.engine.protocol.InputMessage;
import dev.javelin.engine.protocol.JoinRequest;
import dev.javelin.engine.transport.Channel;
import dev.javelin.engine.transport.DisconnectReason;
import dev.javelin.engine.transport.TransportListener;
import dev.javelin.engine.transport.TransportServer;
import dev.javelin.engine.world.Input;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.ObjIntConsumer;
import java.util.function.Supplier;

/**
 * The authoritative server. It orchestrates; the work is done by its parts: the {@code PlayerRoster}
 * (players, rooms, resume tokens, connections waiting to join), the {@code Admissions} (joins, resumes, who is
 * present), the {@code InputGate} (every input's checks, rate limit and the game's {@link InputValidator}) and
 * the {@code SnapshotSender} (interest, rooms, encoding, sending).
 *
 * <p>One server step: drain the transport's events (joins, inputs, leaves); drop connections that never
 * joined or went quiet; apply the inputs due this step, player by player in id order; run
 * {@link GameEngine#step}; send the snapshots due. Players who drop keep their objects for
 * {@code reconnectGraceSeconds} and can rejoin as themselves with the token their welcome carried (which also
 * takes the player over from an old connection the server has not yet seen die). In steady state a step
 * allocates nothing of its own.
 *
 * <p>When game code throws during a step (an input, a listener, the physics, a snapshot) the server stops:
 * it logs the {@link StepFailure} (step, phase, object) with its stack trace, disconnects every client with
 * the reason, stops its loop ({@code loop().isRunning()} turns false), and tells the
 * {@link Builder#onFailure} listener. Later {@link #step()} calls do nothing; {@link #failure()} says why.
 * A world that went wrong is not stepped on: its state can no longer be trusted.
 *
 * <p>Hostile clients: a connection speaks only for the player it joined as; see docs/SECURITY.md.
 *
 * <p>Threads: the step runs on the simulation thread ({@link #start()} makes one, or call {@link #step()}
 * yourself with a manual clock); transport threads only queue events. {@link #close()}, {@link #failure()}
 * and {@link #stats()} are for any thread.
 */
public final class ServerEngine implements AutoCloseable {

    private final GameEngine game;
    private final TransportServer transport;
    private final ServerConfig config;
    private final Clock clock;
    private final StepLoop loop;
    private final PlayerRoster roster = new PlayerRoster();
    private final ServerStats stats = new ServerStats();
    private final InputGate gate;
    private final SnapshotSender snapshots;
    private final Admissions admissions;
    private final Consumer<String> log;
    private final Consumer<StepFailure> onFailure;
    private final Listener listener = new Listener();
    private final List<ServerPlayer> leaving = new ArrayList<>();
    private ServerPlayer applying;
    private final Consumer<Input> applyInput = this::apply;
    private final List<ObjIntConsumer<Input>> inputListeners = new ArrayList<>();
    private volatile StepFailure failure;
    private long now;

    private ServerEngine(Builder b, GameEngine game) {
        this.game = game;
        this.transport = b.transport;
        this.config = b.config;
        this.clock = b.clock;
        this.log = b.log;
        this.onFailure = b.onFailure;
        this.gate = new InputGate(config, b.validator, stats, b.log);
        this.snapshots = new SnapshotSender(game, config, transport, b.interest, stats);
        this.admissions = new Admissions(game, transport, config, roster, snapshots, stats,
                new JoinPolicy(b.approver, b.maxPlayers, new RateLimitedLog(b.log, 1_000_000_000L)));
        this.loop = new StepLoop(clock, game.config().stepPeriodNanos(), 5, due -> step());
        game.setAuthority(true);
        game.world().setClientMode(false);
        game.notifyServerStarted();
    }

    /**
     * A builder for a server of the game {@code factory} makes, over {@code transport}: the game's constructor
     * runs with {@link GameEngine#isAuthority()} true.
     */
    public static Builder builder(Supplier<? extends GameEngine> factory, TransportServer transport) {
        return new Builder(factory, transport);
    }

    /** A builder for a server of a game made beforehand (its constructor ran as a game on its own: authority). */
    public static Builder builder(GameEngine game, TransportServer transport) {
        if (game == null) {
            throw new IllegalArgumentException("game must not be null");
        }
        return new Builder(() -> game, transport);
    }

    /**
     * Starts the simulation thread ("javelin-server") at the highest Java priority: where the JVM honours
     * priorities (on Linux, {@code -XX:ThreadPriorityPolicy=1} as root) the step then goes first on a busy machine.
     */
    public void start() {
        loop.start("javelin-server", Thread.MAX_PRIORITY);
    }

    /** The step loop, for callers that drive time themselves ({@code loop().runDue()} with a manual clock). */
    public StepLoop loop() {
        return loop;
    }

    /** Runs one server step now; after a failure it does nothing. Simulation thread. */
    public void step() {
        if (failure != null) {
            return;
        }
        now = clock.nanoTime();
        int n = game.world().stepCount() + 1;
        try {
            transport.poll(listener);
            enforceTimeouts();
            List<ServerPlayer> order = roster.inOrder();
            for (int i = 0, count = order.size(); i < count; i++) {
                applying = order.get(i);
                applying.inputs().drainDue(n, applyInput);
            }
            applying = null;
            game.step(false);
            stats.steps++;
            snapshots.send(n, now, roster);
        } catch (StepFailure f) {
            fail(f);
        } catch (RuntimeException | StackOverflowError | AssertionError e) {
            fail(new StepFailure(n, applying != null ? "input of " + applying : "sending snapshots", null, e));
        }
    }

    private void apply(Input input) {
        if (gate.accepts(applying, input, now)) {
            for (int i = 0, n = inputListeners.size(); i < n; i++) {
                inputListeners.get(i).accept(input, applying.id());
            }
            try {
                game.processInput(input, applying.id(), true);
            } catch (RuntimeException | StackOverflowError | AssertionError e) {
                throw new StepFailure(game.world().stepCount() + 1, "processInput of input " + input.sequence()
                        + " '" + input.action() + "' from " + applying, null, e);
            }
        }
    }

    /** The failure policy: log, tell every client why, stop stepping. */
    private void fail(StepFailure f) {
        failure = f;
        log.accept("server stopped: " + f.report());
        String reason = "server stopped: " + f.getMessage();
        for (ServerPlayer p : roster.inOrder()) {
            if (p.connectionId() != 0) {
                transport.disconnect(p.connectionId(), reason);
            }
        }
        loop.stop();
        onFailure.accept(f);
    }

    /** Why the server stopped stepping, or null while it runs. Any thread. */
    public StepFailure failure() {
        return failure;
    }

    private void enforceTimeouts() {
        roster.expireJoins(now, seconds(config.joinTimeoutSeconds()), connection ->
                transport.disconnect(connection, "no join request within " + config.joinTimeoutSeconds() + " s"));
        long idleLimit = seconds(config.idleTimeoutSeconds());
        long graceLimit = seconds(config.reconnectGraceSeconds());
        leaving.clear();
        List<ServerPlayer> order = roster.inOrder();
        for (int i = 0, count = order.size(); i < count; i++) {
            ServerPlayer p = order.get(i);
            if (p.connectionId() != 0 && now - p.lastHeardNanos() > idleLimit) {
                transport.disconnect(p.connectionId(), "idle for " + config.idleTimeoutSeconds() + " s");
                roster.unbind(p.connectionId());
                p.drop(now);
                leaving.add(p);
            } else if (p.connectionId() == 0 && now - p.droppedAtNanos() >= graceLimit) {
                leaving.add(p);
            }
        }
        for (int i = 0, count = leaving.size(); i < count; i++) {
            admissions.leave(leaving.get(i));
        }
        leaving.clear();
    }

    private static long seconds(double s) {
        return (long) (s * 1e9);
    }

    private void onInputs(int connectionId, InputMessage m) {
        ServerPlayer p = roster.byConnection(connectionId);
        if (p == null) {
            stats.badMessages++;
            return;
        }
        p.heard(now);
        if (m.snapshotAck() >= 0) {
            snapshots.acknowledge(p, m.snapshotAck());
        }
        if (m.wantFull()) {
            snapshots.requestFull(p);
        }
        p.echo(m.clientTimeNanos(), now);
        gate.admit(p, m.inputs(), game.world().stepCount() + 1, now);
    }

    private void onDisconnected(int connectionId) {
        roster.stopAwaiting(connectionId);
        ServerPlayer p = roster.unbind(connectionId);
        if (p == null) {
            return;
        }
        p.drop(now);
        if (config.reconnectGraceSeconds() == 0) {
            admissions.leave(p);
        }
    }

    private final class Listener implements TransportListener {
        @Override
        public void connected(int connectionId) {
            roster.awaitJoin(connectionId, now);
        }

        @Override
        public void message(int connectionId, Object message, Channel channel) {
            if (message instanceof InputMessage m) {
                onInputs(connectionId, m);
            } else if (message instanceof JoinRequest j) {
                admissions.join(connectionId, j, now);
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
        for (ServerPlayer p : roster.inOrder()) {
            if (p.roomId() == roomId) {
                snapshots.queueEvent(p, event, step);
            }
        }
    }

    /**
     * Adds a listener told of every input the server applies, with the player's id, just before the game's
     * {@code processInput} (a replay recorder, a trace). Simulation thread, or before {@link #start()}.
     */
    public void addInputListener(ObjIntConsumer<Input> listener) {
        if (listener == null) {
            throw new IllegalArgumentException("listener must not be null");
        }
        inputListeners.add(listener);
    }

    /** Players present (connected or within their reconnect grace), in id order. Simulation thread. */
    public Iterable<ServerPlayer> players() {
        return roster.all();
    }

    /** The player with {@code id}, or null. Simulation thread. */
    public ServerPlayer player(int id) {
        return roster.byId(id);
    }

    /** The id of room {@code name}, creating it if needed; -1 if the room limit is reached. Simulation thread. */
    public int room(String name) {
        return roster.room(name);
    }

    /** Counters; safe to read from any thread. */
    public ServerStats stats() {
        return stats;
    }

    /** The game this server runs. */
    public GameEngine game() {
        return game;
    }

    /** The game this server runs, as its class; throws ClassCastException if it is not a {@code type}. */
    public <G extends GameEngine> G game(Class<G> type) {
        return type.cast(game);
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

    /** Builds a {@link ServerEngine}; every setting has a stated default. Any one thread. */
    public static final class Builder {
        private final Supplier<? extends GameEngine> factory;
        private final TransportServer transport;
        private ServerConfig config = ServerConfig.defaults();
        private Clock clock = Clock.system();
        private InterestPolicy interest = InterestPolicy.everything();
        private InputValidator validator = InputValidator.acceptAll();
        private Consumer<String> log = line -> System.err.println("[javelin-server] " + line);
        private Consumer<StepFailure> onFailure = f -> { };
        private JoinApprover approver = JoinApprover.approveAll();
        private int maxPlayers;

        private Builder(Supplier<? extends GameEngine> factory, TransportServer transport) {
            if (factory == null || transport == null) {
                throw new IllegalArgumentException("game and transport must not be null");
            }
            this.factory = factory;
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

        /** The game's decision on each new player (see {@link JoinApprover}); default approve all. */
        public Builder joinApprover(JoinApprover approver) {
            if (approver == null) {
                throw new IllegalArgumentException("joinApprover must not be null");
            }
            this.approver = approver;
            return this;
        }

        /** Most players at once (connected or in their grace), beyond which joins are refused; 0 (default): no cap. */
        public Builder maxPlayers(int maxPlayers) {
            if (maxPlayers < 0) {
                throw new IllegalArgumentException("maxPlayers must be >= 0 (0 = no cap), was " + maxPlayers);
            }
            this.maxPlayers = maxPlayers;
            return this;
        }

        /** Where warnings and the failure report go; default standard error. */
        public Builder log(Consumer<String> log) {
            this.log = log;
            return this;
        }

        /**
         * Called once, on the simulation thread, after a step failed and the server stopped (see the class
         * comment); e.g. to end the process with a non-zero status. Default nothing.
         */
        public Builder onFailure(Consumer<StepFailure> listener) {
            this.onFailure = listener;
            return this;
        }

        /** Builds the server: constructs the game (as the authority) and calls its {@code onServerStart}. */
        public ServerEngine build() {
            return new ServerEngine(this, GameEngine.constructAs(true, factory::get));
        }
    }
}

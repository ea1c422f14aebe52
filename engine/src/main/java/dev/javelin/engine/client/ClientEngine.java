package dev.javelin.engine.client;

import dev.javelin.engine.GameEngine;
import dev.javelin.engine.StepFailure;
import dev.javelin.engine.view.InputAction;
import dev.javelin.engine.view.InputQueue;
import dev.javelin.engine.view.NetStats;
import dev.javelin.engine.view.RenderStatePublisher;
import dev.javelin.engine.world.Input;
import dev.javelin.engine.loop.Clock;
import dev.javelin.engine.loop.StepLoop;
import dev.javelin.engine.protocol.InputMessage;
import dev.javelin.engine.protocol.JoinRequest;
import dev.javelin.engine.sync.InputHistory;
import dev.javelin.engine.sync.SyncSettings;
import dev.javelin.engine.sync.SyncStats;
import dev.javelin.engine.sync.SyncStrategy;
import dev.javelin.engine.sync.WorldUpdate;
import dev.javelin.engine.transport.Channel;
import dev.javelin.engine.transport.DisconnectReason;
import dev.javelin.engine.transport.TransportClient;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A client: runs the same game as the server on its own step loop and lets a {@link SyncStrategy}
 * reconcile it with the server's snapshots.
 *
 * <p>One client step: drain the transport (snapshots are decoded into {@link WorldUpdate}s, inputs
 * acknowledged, the round trip measured); hand the updates to the strategy oldest first; take the
 * inputs queued since the last step, number and stamp them with the step about to run, and apply them
 * at once if the strategy predicts; send every input the server has not acknowledged (redundancy) with
 * the newest snapshot sequence (the ack); let the strategy advance the world; nudge the step clock
 * toward the strategy's target; hand the world to the step listener (the render-state publisher).
 *
 * <p>Built with {@link #builder}: {@link ClientBuilder#connect()} joins a server and waits for its welcome,
 * {@link ClientBuilder#join()} sends the join and lets {@link #step()} take the welcome when it comes, and
 * {@link ClientBuilder#standalone()} runs the game with no server (the client is the authority and inputs apply
 * directly).
 *
 * <p>When game code throws during a client step, the client stops: it logs the {@link StepFailure} with its
 * stack trace, closes its connection (the server sees it leave), stops its loop and tells the
 * {@link ClientBuilder#onFailure} listener; {@link #failure()} says why. A server that stopped for a failure says
 * why in {@link #disconnectReason()}.
 *
 * <p>Threads: the step runs on the client's simulation thread ({@link #start()} makes one, or drive
 * {@link #step()} with a manual clock). {@link #queueInput} is for any thread (the render thread); the
 * accessors of statistics are safe anywhere; everything else belongs to the simulation thread.
 */
public final class ClientEngine implements AutoCloseable {

    /** Called on the simulation thread after each client step, e.g. to publish a render state. */
    @FunctionalInterface
    public interface StepListener {
        void afterStep(ClientEngine client, long stepDueNanos);
    }

    private final GameEngine game;
    private final SyncSettings settings;
    private final SyncStrategy strategy;
    private final Clock clock;
    private final StepLoop loop;
    private final InputHistory history = new InputHistory(InputMessage.MAX_INPUTS);
    private final List<WorldUpdate> updates = new ArrayList<>();
    private final SyncStats syncStats = new SyncStats();
    private final ClientStats stats = new ClientStats();
    private final RttEstimator rtt = new RttEstimator();
    private final ServerStepClock serverClock;
    private final StepClockSteering steering;
    private final StrategyContext context = new StrategyContext(this);
    private final boolean standalone;
    private final List<StepListener> stepListeners = new ArrayList<>();
    private final NetStatsMeter meter;
    private final InputSender sender;
    private final ClientFailurePolicy failures;
    private volatile InputQueue inputQueue = new InputQueue();
    private volatile ServerLink link;
    private final SnapshotIntake intake;
    private final ClientMessages messages = new ClientMessages(stats);
    private final ClientSession session;

    ClientEngine(ClientBuilder b, boolean standalone) {
        this.settings = standalone ? SyncSettings.of("frameSync") : b.sync;
        this.strategy = b.strategies.create(settings);
        this.game = GameEngine.constructAs(standalone, b.factory);
        this.clock = b.clock;
        this.standalone = standalone;
        this.sender = new InputSender(history, stats);
        long period = game.config().stepPeriodNanos();
        this.serverClock = new ServerStepClock(period);
        this.intake = new SnapshotIntake(game, history, stats, rtt, serverClock, sender);
        this.meter = new NetStatsMeter(2 * game.config().stepRate() + 2);
        this.loop = new StepLoop(clock, period, 5, due -> {
            step();
            for (StepListener l : stepListeners) {
                l.afterStep(this, due);
            }
        });
        this.steering = new StepClockSteering(game, settings, strategy, serverClock, loop, stats);
        this.session = new ClientSession(b, game, intake, steering, clock);
        this.failures = new ClientFailurePolicy(loop, this::closeLink, b.log, b.onFailure);
        game.setAuthority(standalone);
        game.world().setClientMode(!standalone);
    }

    /**
     * A builder for a client of the game {@code factory} makes: its constructor runs with
     * {@link GameEngine#isAuthority()} already false (true for a standalone client).
     */
    public static ClientBuilder builder(Supplier<? extends GameEngine> factory) {
        return new ClientBuilder(factory);
    }

    /**
     * A builder for a client of a game made beforehand: its constructor ran as a game on its own, with
     * {@code isAuthority()} true; prefer {@link #builder(Supplier)}.
     */
    public static ClientBuilder builder(GameEngine game) {
        if (game == null) {
            throw new IllegalArgumentException("game must not be null");
        }
        return new ClientBuilder(() -> game);
    }

    /** True once the server's welcome has arrived. */
    public boolean isJoined() {
        return link != null && link.welcome() != null;
    }

    /** Joins over {@code connection}; returns the link, for the builder to wait on. */
    ServerLink open(TransportClient connection, JoinRequest join) {
        link = new ServerLink(connection, join, session::welcomed, p -> intake.accept(p, clock.nanoTime()),
                new PresenceRelay(game), messages::offer);
        return link;
    }

    void startStandalone(String name) {
        session.standalone();
        game.notifyServerStarted();
        game.notifyClientStarted(1);
        game.notifyPlayerJoined(1, name);
    }

    /**
     * Runs {@code handler} for each game message of {@code type} the server sends this client (see
     * {@code ServerEngine.send}): on the simulation thread, at the start of a step, right after the transport
     * was polled, in arrival order. A message of a type with no handler is counted in
     * {@link ClientStats#unexpectedMessages()} and dropped. Any thread; register before the first message can
     * arrive (before {@link ClientBuilder#connect()} returns is not needed: before {@link #start()} is enough).
     *
     * @throws IllegalArgumentException if {@code type} already has a handler
     */
    public <T> void onMessage(Class<T> type, Consumer<? super T> handler) {
        messages.on(type, handler);
    }

    /**
     * Sends a game message to the server on {@code channel}: an instance of a class registered in the
     * transport's {@code MessageRegistry} from {@code Protocol.FIRST_GAME_ID} up, which the server declared with
     * {@code ServerEngine.Builder.onMessage} (otherwise the server refuses and counts it). Reliable messages
     * arrive once and in order; unreliable ones may be lost. False when there is no server (standalone, or the
     * connection ended) or the transport refused it. Any thread.
     *
     * @throws IllegalArgumentException if the class is not registered with the transport
     */
    public boolean send(Object message, Channel channel) {
        ServerLink l = link;
        return l != null && l.connection().send(message, channel);
    }

    /** Starts the simulation thread ("javelin-client"). */
    public void start() {
        loop.start("javelin-client");
    }

    /** The step loop, for callers that drive time themselves. */
    public StepLoop loop() {
        return loop;
    }

    /**
     * Takes inputs from {@code queue} (filled by the render thread's key bindings) at every step, instead
     * of the client's own queue behind {@link #queueInput}. Call before {@link #start()}.
     */
    public void useInputQueue(InputQueue queue) {
        this.inputQueue = queue;
    }

    /**
     * Publishes what the strategy wants shown (each object's display copy, bending included) and the
     * net-graph figures to {@code publisher} after every step. Call before {@link #start()}.
     */
    public void publishTo(RenderStatePublisher publisher) {
        addStepListener(new DisplayPublisher(publisher));
    }

    /** The net-graph figures, rates over the last second; simulation thread (each call records a sample). */
    public NetStats netStats() {
        long now = clock.nanoTime();
        double delay = standalone || !serverClock.hasEstimate() ? 0 : serverClock.serverStepAt(now) - shownStep();
        return meter.report(now, stats, intake, syncStats, rtt, (float) steering.lastDrift(), standalone ? "standalone"
                : strategy.name(), (float) (delay * game.config().stepPeriodNanos() / 1e6));
    }

    /** Adds a listener run after every step on the simulation thread. Call before {@link #start()}. */
    public void addStepListener(StepListener l) {
        stepListeners.add(l);
    }

    /**
     * Queues an input from any thread (the render thread); it is stamped and sent at the next step.
     * The queue holds at most {@link InputQueue#DEFAULT_CAPACITY} inputs between two steps; more are dropped.
     *
     * @param action the game's action name, 1 to {@link Input#MAX_ACTION_LENGTH} characters
     */
    public void queueInput(String action, float x, float y) {
        inputQueue.post(action, x, y);
    }

    /**
     * Sends an input now, on the simulation thread: stamped with the step about to run, kept until the
     * server acknowledges it, and applied locally at once when the strategy predicts. Returns it.
     */
    public Input sendInput(String action, float x, float y) {
        int step = game.world().stepCount() + 1;
        // What the player saw of remote objects when acting: the server's lag compensation rewinds to it.
        double viewLag = standalone || !isJoined() ? 0 : step - strategy.shownStep(context);
        Input input = history.record(action, x, y, step, viewLag);
        if (standalone || strategy.predictsInputs()) {
            game.processInput(input, session.playerId(), standalone);
        }
        stats.inputsSent++;
        return input;
    }

    /** Runs one client step now (see the class comment); after a failure it does nothing. */
    public void step() {
        if (failures.failure() != null) {
            return;
        }
        try {
            stepOnce();
        } catch (StepFailure f) {
            failures.stop(f);
        } catch (RuntimeException | StackOverflowError | AssertionError e) {
            failures.stop(new StepFailure(game.world().stepCount(),
                    "the client step (sync strategy " + strategy.name() + ")", null, e));
        }
    }

    /** Why this client stopped stepping, or null while it runs. Any thread. */
    public StepFailure failure() {
        return failures.failure();
    }

    private void stepOnce() {
        long now = clock.nanoTime();
        if (link != null) {
            link.poll();
            messages.dispatch();
            if (link.disconnectReason() != null) {
                // A world without its server is no longer the game: stop, and try to get back if allowed.
                TransportClient c = session.reconnect(link.disconnectReason(), now);
                if (c != null) {
                    open(c, session.resumeRequest());
                }
                return;
            }
            if (link.welcome() == null) {
                return;
            }
        }
        serverClock.setOneWayNanos(rtt.rttNanos() / 2);
        if (!intake.drain(updates).isEmpty()) {
            strategy.applyUpdates(updates, context);
            updates.clear();
        }
        for (InputAction a : inputQueue.drain()) {
            sendInput(a.action(), a.x(), a.y());
        }
        if (standalone) {
            game.step(false);
            return;
        }
        if (link != null) {
            sender.send(link.connection(), intake.receiver(), now);
        }
        strategy.step(context);
        history.discardBefore(game.world().stepCount() - settings.maxReEnactSteps() - 1);
        steering.correct(now);
    }

    /**
     * What a player should see about the connection: null while connected (or standalone), else
     * "connection lost: reason", followed by ", reconnecting (try n, s left)" while the client tries to resume,
     * or "; gave up after n tries". Any thread.
     */
    public String connectionStatus() {
        return session.status();
    }

    /** True while the client is trying to get back to its server. Any thread. */
    public boolean isReconnecting() {
        return session.isReconnecting();
    }

    InputHistory inputHistory() {
        return history;
    }

    long nowNanos() {
        return clock.nanoTime();
    }

    long snapshotIntervalNanos() {
        return session.snapshotIntervalNanos();
    }

    /** The id this client plays as (0 before the welcome). */
    public int playerId() {
        return session.playerId();
    }

    /** The token that lets this player rejoin as itself after a drop, or 0. */
    public long resumeToken() {
        return session.resumeToken();
    }

    /** The game this client runs. */
    public GameEngine game() {
        return game;
    }

    /** The game this client runs, as its class; throws ClassCastException if it is not a {@code type}. */
    public <G extends GameEngine> G game(Class<G> type) {
        return type.cast(game);
    }

    public SyncStrategy strategy() {
        return strategy;
    }

    /** The round trip measured by the engine (works over any transport), in nanoseconds. */
    public long rttNanos() {
        return rtt.rttNanos();
    }

    /** Client step minus the strategy's target at the last check, in steps. */
    public double stepDrift() {
        return steering.lastDrift();
    }

    /** Where the server's step count is now, as this client estimates it. */
    public double serverStepEstimate() {
        return serverClock.serverStepAt(clock.nanoTime());
    }

    /** The server step whose state is being shown now (see {@link SyncStrategy#shownStep}). */
    public double shownStep() {
        return strategy.shownStep(context);
    }

    public SyncStats syncStats() {
        return syncStats;
    }

    public ClientStats stats() {
        return stats;
    }

    /** Inputs not yet acknowledged by the server. */
    public int unackedInputs() {
        return history.unackedCount();
    }

    /** Why the connection ended, or null while it is up. */
    public DisconnectReason disconnectReason() {
        return link == null ? null : link.disconnectReason();
    }

    /** Stops the step thread (if started) and closes the connection. Idempotent; any thread. */
    @Override
    public void close() {
        loop.stop();
        closeLink();
    }

    private void closeLink() {
        if (link != null) {
            link.close();
        }
    }
}

package dev.javelin.engine.client;

import dev.javelin.engine.sync.InputHistory;

import dev.javelin.engine.GameEngine;
import dev.javelin.engine.world.GameObject;
import dev.javelin.engine.view.InputAction;
import dev.javelin.engine.view.InputQueue;
import dev.javelin.engine.view.NetStats;
import dev.javelin.engine.view.RenderStatePublisher;
import dev.javelin.engine.world.Input;
import dev.javelin.engine.internal.wire.CodecException;
import dev.javelin.engine.internal.codec.DesyncException;
import dev.javelin.engine.loop.Clock;
import dev.javelin.engine.loop.StepLoop;
import dev.javelin.engine.protocol.InputMessage;
import dev.javelin.engine.protocol.JoinRequest;
import dev.javelin.engine.protocol.SnapshotPacket;
import dev.javelin.engine.protocol.Welcome;
import dev.javelin.engine.sync.ClientContext;
import dev.javelin.engine.sync.DriftCorrector;
import dev.javelin.engine.sync.SyncSettings;
import dev.javelin.engine.sync.SyncStats;
import dev.javelin.engine.sync.SyncStrategy;
import dev.javelin.engine.sync.WorldUpdate;
import dev.javelin.engine.transport.Channel;
import dev.javelin.engine.transport.DisconnectReason;
import dev.javelin.engine.transport.Transport;
import dev.javelin.engine.transport.TransportClient;
import dev.javelin.engine.transport.TransportException;
import dev.javelin.engine.transport.TransportListener;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.locks.LockSupport;

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
 * <p>Standalone mode ({@link #standalone}) runs the game with no server: the client is the authority
 * and inputs apply directly.
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

    /** Upper bounds of an input message's encoded size: the fixed part, and one entry less its action. */
    private static final int INPUT_MESSAGE_HEADER_BYTES = 32;
    private static final int INPUT_ENTRY_BYTES = 24;

    private final GameEngine game;
    private final SyncSettings settings;
    private final SyncStrategy strategy;
    private final Clock clock;
    private final StepLoop loop;
    private final InputHistory history = new InputHistory(InputMessage.MAX_INPUTS);
    private final List<WorldUpdate> pending = new ArrayList<>();
    private final SyncStats syncStats = new SyncStats();
    private final ClientStats stats = new ClientStats();
    private final RttEstimator rtt = new RttEstimator();
    private final ServerStepClock serverClock;
    private final DriftCorrector drift;
    private final Context context = new Context();
    private final Listener listener = new Listener();
    private final boolean standalone;
    private final List<StepListener> stepListeners = new ArrayList<>();
    private final NetStatsMeter meter;
    private volatile InputQueue inputQueue = new InputQueue();
    private int lastSnapshotBytes;
    private TransportClient connection;
    private SnapshotReceiver receiver;
    private int playerId;
    private long snapshotIntervalNanos;
    private boolean ackDue;
    private volatile DisconnectReason disconnectReason;
    private Welcome welcome;

    private ClientEngine(GameEngine game, SyncSettings settings, Clock clock, boolean standalone) {
        this.game = game;
        this.settings = settings;
        this.strategy = settings.create();
        this.clock = clock;
        this.standalone = standalone;
        long period = game.config().stepPeriodNanos();
        this.serverClock = new ServerStepClock(period);
        this.meter = new NetStatsMeter(game.config().stepRate());
        this.drift = new DriftCorrector(strategy.driftThresholds(), period, 0.5);
        this.loop = new StepLoop(clock, period, 5, due -> {
            step();
            for (StepListener l : stepListeners) {
                l.afterStep(this, due);
            }
        });
        game.setAuthority(standalone);
        game.world().setClientMode(!standalone);
    }

    /**
     * Connects to a server, joins as {@code name} (in {@code room}, null for the default) and waits for
     * the welcome. Blocks up to {@code timeout}; call it before {@link #start()}, on the thread that
     * will not be the step loop's.
     *
     * @throws TransportException if the server does not answer or refuses; IOException for I/O failures
     */
    public static ClientEngine connect(GameEngine game, SyncSettings settings, Clock clock, Transport transport,
                                       String host, int tcpPort, int udpPort, String name, String room,
                                       Duration timeout) throws IOException {
        return connect(game, settings, clock, transport, host, tcpPort, udpPort, name, room, 0L, timeout);
    }

    /**
     * Like {@link #connect(GameEngine, SyncSettings, Clock, Transport, String, int, int, String, String, Duration)},
     * presenting {@code resumeToken} (an earlier client's {@link #resumeToken()}, 0 for none): within the server's
     * reconnect grace the client takes back that player, with the same {@link #playerId()} and objects, which
     * arrive in the first (full) snapshot; {@code game} should be a fresh instance. An expired or unknown token
     * joins as a new player, in {@code room}.
     */
    public static ClientEngine connect(GameEngine game, SyncSettings settings, Clock clock, Transport transport,
                                       String host, int tcpPort, int udpPort, String name, String room,
                                       long resumeToken, Duration timeout) throws IOException {
        ClientEngine c = new ClientEngine(game, settings, clock, false);
        c.open(transport, host, tcpPort, udpPort, name, room, resumeToken, timeout);
        return c;
    }

    /**
     * Connects and sends the join request without waiting for the welcome, which {@link #step()} then
     * handles when it arrives: for callers that drive the server and the client from one thread (tests,
     * the netcode harness). {@link #isJoined()} says when it has.
     */
    public static ClientEngine join(GameEngine game, SyncSettings settings, Clock clock, Transport transport,
                                    String host, int tcpPort, int udpPort, String name, String room,
                                    Duration timeout) throws IOException {
        return join(game, settings, clock, transport, host, tcpPort, udpPort, name, room, 0L, timeout);
    }

    /** {@link #join} presenting {@code resumeToken}, as {@link #connect} with a token does. */
    public static ClientEngine join(GameEngine game, SyncSettings settings, Clock clock, Transport transport,
                                    String host, int tcpPort, int udpPort, String name, String room,
                                    long resumeToken, Duration timeout) throws IOException {
        ClientEngine c = new ClientEngine(game, settings, clock, false);
        c.connection = transport.connect(host, tcpPort, udpPort, timeout);
        c.connection.send(new JoinRequest(name, room, resumeToken), Channel.RELIABLE);
        return c;
    }

    /** True once the server's welcome has arrived. */
    public boolean isJoined() {
        return welcome != null;
    }

    /** A client with no server: the game runs locally as its own authority, for player 1. */
    public static ClientEngine standalone(GameEngine game, Clock clock) {
        ClientEngine c = new ClientEngine(game, SyncSettings.of("frameSync"), clock, true);
        c.playerId = 1;
        game.notifyPlayerJoined(1, "player");
        return c;
    }

    private void open(Transport transport, String host, int tcpPort, int udpPort, String name, String room,
                      long resumeToken, Duration timeout) throws IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        connection = transport.connect(host, tcpPort, udpPort, timeout);
        connection.send(new JoinRequest(name, room, resumeToken), Channel.RELIABLE);
        while (welcome == null) {
            if (disconnectReason != null) {
                throw new TransportException(disconnectReason);
            }
            if (System.nanoTime() > deadline) {
                connection.close();
                throw new TransportException(DisconnectReason.of(DisconnectReason.Cause.TIMED_OUT,
                        "no welcome from " + host + ":" + tcpPort + " within " + timeout));
            }
            connection.poll(listener);
            if (welcome == null) {
                LockSupport.parkNanos(200_000L);
            }
        }
    }

    private void onWelcome(Welcome w) {
        welcome = w;
        playerId = w.playerId();
        snapshotIntervalNanos = (long) w.updateRate() * game.config().stepPeriodNanos();
        receiver = new SnapshotReceiver(game);
        long now = clock.nanoTime();
        serverClock.onSample(w.serverStep(), now);
        int start = (int) Math.round(strategy.targetStep(serverClock.serverStepAt(now), 0));
        game.world().setStepCount(Math.max(0, start));
        loop.resetSchedule();
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
        List<GameObject> shown = new ArrayList<>();
        addStepListener((client, due) -> {
            shown.clear();
            for (GameObject o : game.world().objects()) {
                shown.add(o.displayCopy());
            }
            publisher.publish(shown, game.world().stepCount(), due, netStats());
        });
    }

    /** The net-graph figures now; simulation thread. */
    public NetStats netStats() {
        long corrections = syncStats.localCorrections() + syncStats.remoteCorrections() + syncStats.snaps();
        return meter.sample(clock.nanoTime(), stats.snapshotBytesIn, stats.bytesOut, corrections,
                rtt.rttNanos() / 1e6f, lastSnapshotBytes, (float) drift.lastDrift(),
                standalone ? "standalone" : strategy.name());
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
        Input input = history.record(action, x, y, step);
        if (standalone || strategy.predictsInputs()) {
            game.processInput(input, playerId, standalone);
        }
        stats.inputsSent++;
        return input;
    }

    /** Runs one client step now (see the class comment). */
    public void step() {
        long now = clock.nanoTime();
        if (connection != null) {
            connection.poll(listener);
            if (welcome == null) {
                return;
            }
        }
        serverClock.setOneWayNanos(rtt.rttNanos() / 2);
        if (!pending.isEmpty()) {
            pending.sort(Comparator.comparingInt(WorldUpdate::sequence));
            strategy.applyUpdates(pending, context);
            pending.clear();
        }
        for (InputAction a : inputQueue.drain()) {
            sendInput(a.action(), a.x(), a.y());
        }
        if (standalone) {
            game.step(false);
            return;
        }
        sendInputs(now);
        strategy.step(context);
        history.discardBefore(game.world().stepCount() - settings.maxReEnactSteps() - 1);
        correctDrift(now);
    }

    private void sendInputs(long now) {
        if (connection == null || welcome == null || (history.unackedCount() == 0 && !ackDue)) {
            return;
        }
        List<Input> unacked = history.unacked();
        Input[] entries = unacked.subList(0, fittingInputs(unacked)).toArray(new Input[0]);
        connection.send(new InputMessage(receiver.newestSequence(), now, receiver.fullRequested(), entries),
                Channel.UNRELIABLE);
        // An estimate of the serialized size (header, then per input: sequence, step, action, two floats).
        stats.bytesOut += 16 + entries.length * 20L;
        ackDue = false;
    }

    /**
     * How many of the oldest {@code unacked} inputs fit one datagram. While the server acknowledges nothing (a
     * blackout, a rate limit) up to {@link InputMessage#MAX_INPUTS} pile up, more than one datagram holds; the
     * oldest go first and the rest follow as those are acknowledged.
     */
    private static int fittingInputs(List<Input> unacked) {
        int budget = Transport.MAX_UNRELIABLE_PAYLOAD_BYTES - INPUT_MESSAGE_HEADER_BYTES;
        int n = 0;
        for (Input input : unacked) {
            budget -= INPUT_ENTRY_BYTES + utf8Bytes(input.action());
            if (budget < 0 || n == InputMessage.MAX_INPUTS) {
                break;
            }
            n++;
        }
        return n;
    }

    /** An upper bound of the UTF-8 length of {@code s}. */
    private static int utf8Bytes(String s) {
        int bytes = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
        }
        return bytes;
    }

    private void correctDrift(long now) {
        if (!serverClock.hasEstimate()) {
            return;
        }
        double target = strategy.targetStep(serverClock.serverStepAt(now), serverClock.oneWaySteps());
        switch (drift.check(game.world().stepCount(), target)) {
            case NUDGE -> loop.nudge(drift.nudgeNanos());
            case RESET -> {
                game.world().setStepCount(drift.resetStep());
                stats.stepResets++;
            }
            case NONE -> {
            }
        }
    }

    private void onSnapshot(SnapshotPacket packet) {
        long now = clock.nanoTime();
        rtt.onEcho(packet.echoTimeNanos(), packet.heldNanos(), now);
        history.acknowledge(packet.inputAck());
        stats.snapshotBytesIn += packet.length();
        lastSnapshotBytes = packet.length();
        WorldUpdate update;
        try {
            update = receiver.decode(packet.data(), packet.length(),
                    (event, step) -> game.events().gameEvent.dispatch(l -> l.onEvent(event, step)));
        } catch (DesyncException desync) {
            stats.desyncs++;
            ackDue = true;
            return;
        } catch (CodecException bad) {
            stats.decodeErrors++;
            return;
        }
        if (update == null) {
            return;
        }
        stats.snapshotsIn++;
        serverClock.onSample(update.step(), now);
        ackDue = true;
        pending.add(update);
    }

    private final class Listener implements TransportListener {
        @Override
        public void connected(int connectionId) {
        }

        @Override
        public void message(int connectionId, Object message, Channel channel) {
            if (message instanceof SnapshotPacket p) {
                if (receiver != null) {
                    onSnapshot(p);
                }
            } else if (message instanceof Welcome w) {
                if (welcome == null) {
                    onWelcome(w);
                }
            } else {
                stats.unexpectedMessages++;
            }
        }

        @Override
        public void disconnected(int connectionId, DisconnectReason reason) {
            disconnectReason = reason;
        }
    }

    private final class Context implements ClientContext {
        @Override
        public GameEngine game() {
            return game;
        }

        @Override
        public int playerId() {
            return playerId;
        }

        @Override
        public InputHistory inputs() {
            return history;
        }

        @Override
        public double serverStepEstimate() {
            return serverClock.serverStepAt(clock.nanoTime());
        }

        @Override
        public long nowNanos() {
            return clock.nanoTime();
        }

        @Override
        public long snapshotIntervalNanos() {
            return snapshotIntervalNanos;
        }

        @Override
        public SyncStats stats() {
            return syncStats;
        }
    }

    /** The id this client plays as (0 before the welcome). */
    public int playerId() {
        return playerId;
    }

    /** The token that lets this player rejoin as itself after a drop, or 0. */
    public long resumeToken() {
        return welcome == null ? 0 : welcome.resumeToken();
    }

    public GameEngine game() {
        return game;
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
        return drift.lastDrift();
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
        return disconnectReason;
    }

    /** Stops the step thread (if started) and closes the connection. Idempotent; any thread. */
    @Override
    public void close() {
        loop.stop();
        if (connection != null) {
            connection.close();
        }
    }

}

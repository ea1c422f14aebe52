package dev.javelin.engine.server;

import dev.javelin.engine.GameEngine;
import dev.javelin.engine.StepFailure;
import dev.javelin.engine.loop.Clock;
import dev.javelin.engine.loop.StepLoop;
import dev.javelin.engine.protocol.MessageSize;
import dev.javelin.engine.transport.Channel;
import dev.javelin.engine.transport.TransportServer;
import dev.javelin.engine.world.Input;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.ObjIntConsumer;
import java.util.function.Supplier;

/**
 * The authoritative server. It orchestrates; the work is done by its parts: the {@code PlayerRoster}
 * (players, rooms, resume tokens, connections waiting to join), the {@code ConnectionKeeper} (the transport's
 * events, timeouts), the {@code Admissions} (joins, resumes, who is present), the {@code InputGate} (every
 * input's checks, rate limit and the game's {@link InputValidator}), the {@code InputApplier} (inputs into the
 * game), the {@code SnapshotSender} (interest, rooms, encoding, sending), the {@code MessageOutbox} (game
 * events and messages to players) and the {@code StepFailurePolicy} (what a failed step does).
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
    private final Admissions admissions;
    private final GameMessageGate messages;
    private final RoomReaper reaper;
    private final ConnectionKeeper connections;
    private final InputApplier inputs;
    private final SnapshotSender snapshots;
    private final MessageOutbox outbox;
    private final StepFailurePolicy failures;

    private ServerEngine(Builder b, GameEngine game) {
        this.game = game;
        this.transport = b.transport;
        this.config = b.config;
        this.clock = b.clock;
        InputGate gate = new InputGate(config, b.validator, stats, b.log);
        this.snapshots = new SnapshotSender(game, config, transport, b.interest, stats);
        this.admissions = new Admissions(game, transport, config, roster, snapshots, stats,
                new JoinPolicy(b.approver, b.maxPlayers, new RateLimitedLog(b.log, 1_000_000_000L)));
        this.reaper = new RoomReaper(b.emptyRoomGraceNanos, b.roomListener);
        this.messages = new GameMessageGate(b.routes, b.messagesPerSecond, stats,
                new RateLimitedLog(b.log, 1_000_000_000L));
        this.connections = new ConnectionKeeper(game, transport, config, roster, stats, admissions, snapshots, gate,
                messages);
        this.inputs = new InputApplier(game, roster, gate);
        this.outbox = new MessageOutbox(transport, roster, snapshots);
        this.loop = new StepLoop(clock, game.config().stepPeriodNanos(), 5, due -> step());
        this.failures = new StepFailurePolicy(roster, transport, loop, b.log, b.onFailure);
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
        if (failures.failure() != null) {
            return;
        }
        long started = System.nanoTime();
        long now = clock.nanoTime();
        int n = game.world().stepCount() + 1;
        try {
            connections.poll(now);
            connections.enforceTimeouts(now);
            reaper.check(now, roster, game);
            messages.dispatch(n);
            inputs.applyDue(n, now);
            game.step(false);
            stats.steps++;
            snapshots.send(n, now, roster);
            stats.rooms = roster.roomCount();
            stats.stepTimes.record(System.nanoTime() - started);
        } catch (StepFailure f) {
            failures.stop(f);
        } catch (RuntimeException | StackOverflowError | AssertionError e) {
            ServerPlayer applying = inputs.applying();
            failures.stop(new StepFailure(n, applying != null ? "input of " + applying : "sending snapshots", null, e));
        }
    }

    /** Why the server stopped stepping, or null while it runs. Any thread. */
    public StepFailure failure() {
        return failures.failure();
    }

    /**
     * Sends a game event (an instance of a class registered as an event in the game's class registry)
     * to every player in room {@code roomId}; it rides their snapshots until acknowledged and reaches each
     * client's game once, through {@code events().gameEvent}. Simulation thread.
     */
    public void sendEvent(Object event, int roomId) {
        outbox.event(event, roomId, game.world().stepCount());
    }

    /**
     * Sends a game message (a class registered in the transport's {@code MessageRegistry}, from
     * {@code Protocol.FIRST_GAME_ID} up) to player {@code playerId} on {@code channel}; the client's handler
     * for its type runs at the start of one of its steps. False if the player is not connected now (in its
     * reconnect grace, or unknown) or the transport refused it. Simulation thread.
     */
    public boolean send(int playerId, Object message, Channel channel) {
        return outbox.toPlayer(playerId, message, channel);
    }

    /** Sends a game message to every connected player of room {@code roomId}; returns how many. Simulation thread. */
    public int sendToRoom(int roomId, Object message, Channel channel) {
        return outbox.toPlayers(message, channel, true, roomId);
    }

    /** Sends a game message to every connected player (all rooms); returns how many. Simulation thread. */
    public int sendToAll(Object message, Channel channel) {
        return outbox.toPlayers(message, channel, false, 0);
    }

    /**
     * Adds a listener told of every input the server applies, with the player's id, just before the game's
     * {@code processInput} (a replay recorder, a trace). Simulation thread, or before {@link #start()}.
     */
    public void addInputListener(ObjIntConsumer<Input> listener) {
        inputs.addListener(listener);
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

    /**
     * Moves player {@code playerId} to room {@code room} (created if needed) at runtime; returns the new room's
     * id, or -1 if there is no such player or the room limit is reached. The game decides what happens to the
     * player's objects: move them ({@code setRoomId}) or destroy them, in the same step. From its next snapshot
     * on, the player's client sees only the new room's objects (the old room's are destroyed on its side) and
     * gets {@code playerDisconnected} / {@code playerJoined} for the players it leaves and meets; those players'
     * clients see it leave and come. Simulation thread (a message handler, a game listener).
     */
    public int moveToRoom(int playerId, String room) {
        ServerPlayer p = roster.byId(playerId);
        int id = p == null ? -1 : roster.room(room);
        if (id >= 0 && id != p.roomId()) {
            admissions.move(p, id);
        }
        return id;
    }

    /** The rooms that exist now, by name, with their ids (a copy). Simulation thread. */
    public Map<String, Integer> rooms() {
        return Map.copyOf(roster.roomsByName());
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
        private Consumer<String> log = org.slf4j.LoggerFactory.getLogger(ServerEngine.class)::warn;
        private Consumer<StepFailure> onFailure = f -> { };
        private JoinApprover approver = JoinApprover.approveAll();
        private int maxPlayers;
        private final Map<Class<?>, GameMessageGate.Route<?>> routes = new LinkedHashMap<>();
        private int messagesPerSecond = 20;
        private long emptyRoomGraceNanos = -1;
        private RoomListener roomListener = (name, id) -> { };

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

        /**
         * Declares a game message clients may send, {@code type} (registered in the transport's
         * {@code MessageRegistry} from {@code Protocol.FIRST_GAME_ID} up), and its handler (see
         * {@link MessageHandler}: simulation thread, start of a step). A message of {@code type} larger than
         * {@code maxBytes} as {@link MessageSize} measures it is refused and counted; so is any message whose type
         * has no handler.
         *
         * @throws IllegalArgumentException if the type is one of the engine's own messages, already has a
         *                                  handler, or {@code maxBytes} is not positive
         */
        public <T> Builder onMessage(Class<T> type, int maxBytes, MessageHandler<T> handler) {
            if (type == null || handler == null) {
                throw new IllegalArgumentException("onMessage: type and handler must not be null");
            }
            if (type.getName().startsWith("dev.javelin.engine.protocol.") || type == Input.class) {
                throw new IllegalArgumentException(type.getName() + " is an engine message, not a game message");
            }
            if (maxBytes < 1) {
                throw new IllegalArgumentException("maxBytes of " + type.getSimpleName() + " must be positive, was "
                        + maxBytes);
            }
            if (routes.putIfAbsent(type, new GameMessageGate.Route<>(type, maxBytes, handler)) != null) {
                throw new IllegalArgumentException(type.getName() + " already has a handler");
            }
            return this;
        }

        /**
         * Game messages each player may send per second (and in one burst) before the excess is refused;
         * default 20.
         */
        public Builder messageRate(int perSecond) {
            if (perSecond < 1) {
                throw new IllegalArgumentException("messageRate must be at least 1 per second, was " + perSecond);
            }
            this.messagesPerSecond = perSecond;
            return this;
        }

        /**
         * Disposes of every room but the default one once nobody has been in it (connected or within the
         * reconnect grace) for {@code graceSeconds}: {@code listener} is told, the objects still in the room are
         * removed from the world, and the name is forgotten (a later join to it creates a new room, with a new
         * id). Rooms are checked four times a second. Default: rooms are never disposed.
         */
        public Builder disposeEmptyRooms(double graceSeconds, RoomListener listener) {
            if (!(graceSeconds >= 0) || listener == null) {
                throw new IllegalArgumentException("disposeEmptyRooms needs a grace >= 0 s and a listener, was "
                        + graceSeconds + ", " + listener);
            }
            this.emptyRoomGraceNanos = (long) (graceSeconds * 1e9);
            this.roomListener = listener;
            return this;
        }

        /** Where warnings and the failure report go; default the SLF4J logger of {@code ServerEngine}. */
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

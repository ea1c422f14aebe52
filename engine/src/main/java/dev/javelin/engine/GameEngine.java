package dev.javelin.engine;

import dev.javelin.engine.util.GameRandom;
import dev.javelin.engine.world.GameObject;
import dev.javelin.engine.world.GameWorld;
import dev.javelin.engine.world.Input;
import dev.javelin.engine.world.PlayerInfo;

import dev.javelin.engine.schema.ClassRegistry;
import dev.javelin.engine.schema.NetPrecision;
import dev.javelin.engine.util.MotionGrid;
import java.util.Optional;
import dev.javelin.engine.physics.CollisionSink;
import dev.javelin.engine.physics.PhysicsEngine;
import dev.javelin.engine.physics.SimplePhysicsEngine;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The game: a world, its physics, a step timer, a seeded random source and typed events. A game
 * extends this class, implements {@link #processInput}, and adds objects; the same subclass runs on the
 * server and on every client, so it must be deterministic (see DESIGN.md, "Determinism").
 *
 * <p>One step ({@link #step(boolean)}) runs, in this order: the step count advances to N; {@code
 * preStep(N)}; the timer (not when re-enacting); the physics, which may report collisions; {@code
 * postStep(N)}; then objects added or removed during the step take effect, in the order they were asked
 * for, firing {@code objectAdded}/{@code objectDestroyed}; then every object of a registered networked class
 * is snapped to its quantized state ({@link ClassRegistry#snapAll}), so the state a client decodes is
 * exactly the server's; last, {@code stepEnded(N)}. Outside a step, adding and removing take effect at once (an added object is snapped
 * too). A step never reads the wall clock: time is {@code stepCount × dtSeconds}.
 *
 * <p>Threads: everything here runs on the simulation thread. {@code step} refuses to be re-entered.
 */
public abstract class GameEngine {

    private final GameConfig config;
    private final ClassRegistry classes;
    private final GameWorld world = new GameWorld();
    private final PhysicsEngine physics;
    private final Timer timer = new Timer();
    private final GameRandom random;
    private final EngineEvents events = new EngineEvents();
    private final List<Runnable> deferred = new ArrayList<>();
    private final Map<Integer, PlayerInfo> players = new HashMap<>();
    // Per registered class: the grid its objects move on (see MotionGrid), looked up once.
    private final Map<Class<?>, Optional<MotionGrid>> motionGrids = new HashMap<>();
    // Made once: a method reference written at the call would be a new object for every object added in a step.
    private final java.util.function.Function<Class<?>, Optional<MotionGrid>> motionGridLookup = this::motionGridOf;
    private final CollisionCall collisionCall = new CollisionCall();
    private final CollisionSink collisionRelay = new CollisionSink() {
        @Override
        public void collisionStarted(GameObject a, GameObject b) {
            if (!events.collisionStart.isEmpty()) {
                involved = a;
                other = b;
                events.collisionStart.dispatch(collisionCall.set(a, b));
                involved = null;
                other = null;
            }
        }

        @Override
        public void collisionStopped(GameObject a, GameObject b) {
            if (!events.collisionStop.isEmpty()) {
                involved = a;
                other = b;
                events.collisionStop.dispatch(collisionCall.set(a, b));
                involved = null;
                other = null;
            }
        }
    };
    private final StepCall stepCall = new StepCall();
    private boolean inStep;
    private boolean reenacting;
    private boolean replaying;
    private boolean physicsEnabled = true;
    private volatile boolean authority;
    // Where a step is, for the report when game code throws: the phase, and the object(s) involved if any.
    private String phase = "";
    private GameObject involved;
    private GameObject other;
    private org.slf4j.Logger logger;

    /**
     * The role the next game constructed on this thread takes: set by the server and client engine builders
     * around the game's constructor, so {@link #isAuthority()} is right from the constructor on.
     */
    private static final ThreadLocal<Boolean> CONSTRUCTING_AS_AUTHORITY = new ThreadLocal<>();

    /** An engine with {@link SimplePhysicsEngine} built from {@code config.physics()}. */
    protected GameEngine(GameConfig config) {
        this(config, new SimplePhysicsEngine(config.physics()));
    }

    /**
     * An engine with {@link SimplePhysicsEngine} built from {@code config.physics()} whose networked classes are
     * {@code classes} (see {@link #GameEngine(GameConfig, PhysicsEngine, ClassRegistry)}).
     */
    protected GameEngine(GameConfig config, ClassRegistry classes) {
        this(config, new SimplePhysicsEngine(config.physics()), classes);
    }

    /** An engine with a physics engine of the game's choosing and no networked classes (no quantization). */
    protected GameEngine(GameConfig config, PhysicsEngine physics) {
        this(config, physics, ClassRegistry.empty());
    }

    /**
     * An engine whose networked classes are {@code classes}: their objects are quantized at the end of
     * every step, on the server and on clients alike. Server and clients must use equal registries.
     */
    protected GameEngine(GameConfig config, PhysicsEngine physics, ClassRegistry classes) {
        if (config == null || physics == null || classes == null) {
            throw new IllegalArgumentException("config, physics and classes must not be null");
        }
        this.config = config;
        this.classes = classes;
        this.physics = physics;
        this.random = new GameRandom(config.seed());
        Boolean role = CONSTRUCTING_AS_AUTHORITY.get();
        // A game made on its own (a unit test, a tool) decides for itself, like a standalone game.
        this.authority = role == null || role;
    }

    /**
     * Constructs a game through {@code factory} with {@link #isAuthority()} already {@code authority} in its
     * constructor. The server and client engine builders call this; a game does not need to.
     */
    public static <G extends GameEngine> G constructAs(boolean authority, java.util.function.Supplier<G> factory) {
        Boolean before = CONSTRUCTING_AS_AUTHORITY.get();
        CONSTRUCTING_AS_AUTHORITY.set(authority);
        try {
            G game = factory.get();
            if (game == null) {
                throw new IllegalArgumentException("the game factory returned null");
            }
            return game;
        } finally {
            if (before == null) {
                CONSTRUCTING_AS_AUTHORITY.remove();
            } else {
                CONSTRUCTING_AS_AUTHORITY.set(before);
            }
        }
    }

    /**
     * Lifecycle hook: a server engine is being built with this game: no step has run and no player has joined
     * yet. The place for what only the server creates (the ball, the level). Also called for a
     * standalone game, which is its own server. Simulation thread; default does nothing.
     */
    protected void onServerStart() {
    }

    /**
     * Lifecycle hook: this client knows who it plays as ({@code playerId}): a networked client when the
     * server's welcome arrives (before the first snapshot is applied), a standalone one when it is built. Simulation thread; default does nothing.
     */
    protected void onClientStart(int playerId) {
    }

    /**
     * Lifecycle hook: a player joined, on the server and on every client of its room (a client learns of the
     * players already present when it joins). Runs before the {@code playerJoined} event. Simulation thread;
     * default does nothing.
     */
    protected void onPlayerJoined(PlayerInfo player) {
    }

    /** Lifecycle hook: a player left (on the server, once its reconnect grace ran out). Default does nothing. */
    protected void onPlayerLeft(PlayerInfo player) {
    }

    /** Called by the server engine (and a standalone client) once, before the first step; calls {@link #onServerStart}. */
    public final void notifyServerStarted() {
        onServerStart();
    }

    /** Called by the client engine once it knows its player; calls {@link #onClientStart}. */
    public final void notifyClientStarted(int playerId) {
        onClientStart(playerId);
    }

    /**
     * The game's SLF4J logger, named {@code dev.javelin.game.<class>}, like every logger of the framework (the
     * application picks the SLF4J provider and its levels); any thread.
     */
    public final org.slf4j.Logger logger() {
        if (logger == null) {
            logger = org.slf4j.LoggerFactory.getLogger("dev.javelin.game." + getClass().getSimpleName());
        }
        return logger;
    }

    /** Logs {@code message} at INFO through {@link #logger()}. */
    protected final void log(String message) {
        logger().info(message);
    }

    /**
     * The game's input hook: applies one player input to the world. Called on the server for every
     * accepted input at the step it is stamped for, and on a predicting client when the input is made and
     * again whenever it is re-enacted.
     *
     * @param input    the input, never null
     * @param playerId the player who sent it
     * @param isServer true on the server (authoritative), false on a client predicting
     */
    public abstract void processInput(Input input, int playerId, boolean isServer);

    /** Advances the world by exactly one step of {@link GameConfig#dtSeconds()}. */
    public final void step(boolean isReenact) {
        if (inStep) {
            throw new IllegalStateException("step() called from within a step");
        }
        inStep = true;
        reenacting = isReenact;
        try {
            world.advanceStep();
            int n = world.stepCount();
            stepCall.set(n, isReenact);
            phase = "preStep listeners";
            events.preStep.dispatch(stepCall);
            if (!isReenact) {
                phase = "timer";
                timer.tick(n);
            }
            if (physicsEnabled) {
                phase = "physics";
                physics.step(world, config.dtSeconds(), collisionRelay);
            }
            phase = "postStep listeners";
            events.postStep.dispatch(stepCall);
            inStep = false;
            phase = "objects added or removed during the step";
            flushDeferred();
            phase = "quantization";
            classes.snapAll(world.objects());
            phase = "stepEnded listeners";
            events.stepEnded.dispatch(stepCall);
        } catch (RuntimeException | StackOverflowError | AssertionError e) {
            throw failure(e);
        } finally {
            inStep = false;
            reenacting = false;
            involved = null;
            other = null;
        }
    }

    /** {@code e} as a {@link StepFailure} naming the step, phase and object involved (itself if it is one). */
    private StepFailure failure(Throwable e) {
        if (e instanceof StepFailure f) {
            return f;
        }
        String object = involved == null ? null : other == null ? involved.toString() : involved + " and " + other;
        return new StepFailure(world.stepCount(), involved != null && other != null ? "a collision listener" : phase,
                object, e);
    }

    /**
     * Adds {@code object} to the world, now or, during a step, when the step ends. Returns it; it has its
     * id at once when added now, and when the step ends otherwise.
     */
    public <T extends GameObject> T addObject(T object) {
        if (inStep) {
            deferred.add(() -> addNow(object));
        } else {
            addNow(object);
        }
        return object;
    }

    /** Removes the object with {@code id}, now or, during a step, when the step ends. Unknown ids are ignored. */
    public void removeObject(int id) {
        if (inStep) {
            deferred.add(() -> removeNow(id));
        } else {
            removeNow(id);
        }
    }

    /**
     * Tells the game a player joined under {@code name}; fires {@code playerJoined}. Called by the server
     * engine (and by a standalone game for its local player).
     */
    public void notifyPlayerJoined(int playerId, String name) {
        notifyPlayerJoined(playerId, name, 0);
    }

    /** As {@link #notifyPlayerJoined(int, String)}, for a player in room {@code roomId}. */
    public void notifyPlayerJoined(int playerId, String name, int roomId) {
        PlayerInfo info = new PlayerInfo(playerId, name, roomId);
        players.put(playerId, info);
        onPlayerJoined(info);
        events.playerJoined.dispatch(l -> l.onPlayer(playerId));
    }

    /** Tells the game a player left; calls {@link #onPlayerLeft} and fires {@code playerDisconnected}. */
    public void notifyPlayerDisconnected(int playerId) {
        PlayerInfo info = players.get(playerId);
        if (info != null) {
            onPlayerLeft(info);
        }
        events.playerDisconnected.dispatch(l -> l.onPlayer(playerId));
        players.remove(playerId);
    }

    /** A present player, or null. */
    public PlayerInfo player(int playerId) {
        return players.get(playerId);
    }

    /** The name a present player joined with, or null. */
    public String playerName(int playerId) {
        PlayerInfo p = players.get(playerId);
        return p == null ? null : p.name();
    }

    private Optional<MotionGrid> motionGridOf(Class<?> type) {
        NetPrecision p = classes.precisionOf(type);
        return Optional.ofNullable(p == null ? null : p.motionGrid(config.stepRate()));
    }

    private void addNow(GameObject object) {
        world.add(object);
        object.setMotionGrid(motionGrids.computeIfAbsent(object.getClass(), motionGridLookup).orElse(null));
        classes.snap(object);
        involved = object;
        events.objectAdded.dispatch(l -> l.onObject(object));
        involved = null;
    }

    private void removeNow(int id) {
        GameObject removed = world.remove(id);
        if (removed != null) {
            involved = removed;
            events.objectDestroyed.dispatch(l -> l.onObject(removed));
            involved = null;
        }
    }

    private void flushDeferred() {
        // Listeners may ask for more changes while these run; they are applied in this same flush.
        for (int i = 0; i < deferred.size(); i++) {
            deferred.get(i).run();
        }
        deferred.clear();
    }

    public final GameConfig config() {
        return config;
    }

    /** The networked classes; {@link ClassRegistry#empty()} when the engine was made without them. */
    public final ClassRegistry classes() {
        return classes;
    }

    public final GameWorld world() {
        return world;
    }

    public final PhysicsEngine physics() {
        return physics;
    }

    public final Timer timer() {
        return timer;
    }

    /** The one random source game logic may use; seeded from the config, so every engine agrees. */
    public final GameRandom random() {
        return random;
    }

    public final EngineEvents events() {
        return events;
    }

    /**
     * True while a predicting client replays history: during a re-enacted step, and between
     * {@link #beginReplay()} and {@link #endReplay()} (when the client re-applies its inputs through
     * {@link #processInput}). Game code that creates objects in answer to an input should create them
     * only when this is false, or each correction would spawn them again.
     */
    public final boolean isReenacting() {
        return reenacting || replaying;
    }

    /** Marks the start of a replay of history by a sync strategy; see {@link #isReenacting()}. */
    public final void beginReplay() {
        replaying = true;
    }

    /** Marks the end of a replay of history. */
    public final void endReplay() {
        replaying = false;
    }

    /**
     * Turns the physics off or on for the following steps (Lance's {@code ignorePhysics}): a client
     * whose strategy shows server states as they come (frame sync, interpolation) still runs its steps,
     * events and timer, but does not move objects itself.
     */
    public final void setPhysicsEnabled(boolean enabled) {
        this.physicsEnabled = enabled;
    }

    public final boolean isPhysicsEnabled() {
        return physicsEnabled;
    }

    /**
     * True where this engine decides the game: on the server and in a standalone game. False on a client,
     * whose world only mirrors and predicts the server's. Game code uses it for what only the server may
     * decide (hits, scores, spawns); {@code processInput} gets the same answer as its {@code isServer}.
     */
    public final boolean isAuthority() {
        return authority;
    }

    /**
     * Set by the server and client engines when they take this game (a game never calls it); a game they
     * built through {@link #constructAs} already had the right value in its constructor.
     */
    public final void setAuthority(boolean authority) {
        this.authority = authority;
    }

    /** True while a step runs. */
    public final boolean isStepping() {
        return inStep;
    }

    /** Calls a step listener with the step in progress; one instance, so dispatching a step allocates nothing. */
    private static final class StepCall implements java.util.function.Consumer<EngineEvents.StepListener> {
        private int step;
        private boolean reenact;

        void set(int newStep, boolean isReenact) {
            step = newStep;
            reenact = isReenact;
        }

        @Override
        public void accept(EngineEvents.StepListener listener) {
            listener.onStep(step, reenact);
        }
    }

    /** Calls a collision listener with the pair being reported; one instance, since pairs come one at a time. */
    private static final class CollisionCall implements java.util.function.Consumer<EngineEvents.CollisionListener> {
        private GameObject a;
        private GameObject b;

        CollisionCall set(GameObject first, GameObject second) {
            a = first;
            b = second;
            return this;
        }

        @Override
        public void accept(EngineEvents.CollisionListener listener) {
            listener.onCollision(a, b);
        }
    }
}

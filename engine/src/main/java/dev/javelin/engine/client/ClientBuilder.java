package dev.javelin.engine.client;

import dev.javelin.engine.GameEngine;
import dev.javelin.engine.StepFailure;
import dev.javelin.engine.loop.Clock;
import dev.javelin.engine.protocol.JoinRequest;
import dev.javelin.engine.sync.StrategyRegistry;
import dev.javelin.engine.sync.SyncSettings;
import dev.javelin.engine.transport.Transport;
import dev.javelin.engine.transport.TransportException;
import java.io.IOException;
import java.time.Duration;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Builds a {@link ClientEngine} ({@link ClientEngine#builder}); every setting has a stated default.
 * Any one thread.
 */
public final class ClientBuilder {
    final Supplier<? extends GameEngine> factory;
    SyncSettings sync = SyncSettings.of("extrapolate");
    StrategyRegistry strategies = StrategyRegistry.builtIn();
    Clock clock = Clock.system();
    Transport transport;
    String host;
    int tcpPort;
    int udpPort;
    String name = "player";
    String room;
    long resumeToken;
    String credential;
    String clientVersion;
    Duration timeout = Duration.ofSeconds(10);
    Duration reconnectGrace = Duration.ZERO;
    Consumer<String> log = org.slf4j.LoggerFactory.getLogger(ClientEngine.class)::warn;
    Consumer<StepFailure> onFailure = f -> { };

    ClientBuilder(Supplier<? extends GameEngine> factory) {
        if (factory == null) {
            throw new IllegalArgumentException("game must not be null");
        }
        this.factory = factory;
    }

    /** The sync strategy, by name, and its settings; default {@code SyncSettings.of("extrapolate")}. */
    public ClientBuilder sync(SyncSettings settings) {
        this.sync = settings;
        return this;
    }

    /** Where strategy names are looked up; default {@link StrategyRegistry#builtIn()}. */
    public ClientBuilder strategies(StrategyRegistry registry) {
        this.strategies = registry;
        return this;
    }

    /** The clock of the step loop; default the system clock. */
    public ClientBuilder clock(Clock clock) {
        this.clock = clock;
        return this;
    }

    /**
     * The server to join through {@code transport} at {@code host}, {@code tcpPort}, {@code udpPort}; with
     * {@code udpPort} 0 a transport that can (KryoNet) learns it from the server, so {@code host:port} suffices.
     */
    public ClientBuilder server(Transport transport, String host, int tcpPort, int udpPort) {
        this.transport = transport;
        this.host = host;
        this.tcpPort = tcpPort;
        this.udpPort = udpPort;
        return this;
    }

    /** The name to join as, 1 to {@code JoinRequest.MAX_NAME_LENGTH} characters; default "player". */
    public ClientBuilder name(String name) {
        this.name = name;
        return this;
    }

    /** The room to join; default null, the server's default room. */
    public ClientBuilder room(String room) {
        this.room = room;
        return this;
    }

    /**
     * An earlier client's {@link ClientEngine#resumeToken()} (0, the default, for none): within the server's reconnect
     * grace the client takes back that player, with the same {@link ClientEngine#playerId()} and objects; the game should
     * be a fresh instance. An expired or unknown token joins as a new player.
     */
    public ClientBuilder resumeToken(long token) {
        this.resumeToken = token;
        return this;
    }

    /**
     * What the client shows the server's join approval: a password, a signed join ticket (null, the default, for
     * none); at most {@code JoinRequest.MAX_CREDENTIAL_LENGTH} characters. A refusal makes {@link #connect()} throw a
     * {@code TransportException} whose reason's detail is the server's one line.
     */
    public ClientBuilder credential(String credential) {
        this.credential = credential;
        return this;
    }

    /** The game's version as the client reports it to the join approval (null, the default, for none). */
    public ClientBuilder clientVersion(String clientVersion) {
        this.clientVersion = clientVersion;
        return this;
    }

    /** How long connecting (and, for {@link #connect()}, the welcome) may take; default 10 s. */
    public ClientBuilder timeout(Duration timeout) {
        this.timeout = timeout;
        return this;
    }

    /** Where the failure report goes; default standard error. */
    public ClientBuilder log(Consumer<String> log) {
        this.log = log;
        return this;
    }

    /**
     * After losing the server (the connection broke or timed out, not a kick or a shutdown) the client stops
     * simulating and tries to resume as the same player with its resume token, with backoff, for {@code grace}
     * (match the server's {@code reconnectGraceSeconds}); {@link ClientEngine#connectionStatus()} says what is
     * going on. Default zero: no retry, the client just stops simulating.
     */
    public ClientBuilder reconnectFor(Duration grace) {
        if (grace == null || grace.isNegative()) {
            throw new IllegalArgumentException("reconnect grace must be zero or positive, was " + grace);
        }
        this.reconnectGrace = grace;
        return this;
    }

    /** Called once, on the simulation thread, after a step failed and the client stopped. Default nothing. */
    public ClientBuilder onFailure(Consumer<StepFailure> listener) {
        this.onFailure = listener;
        return this;
    }

    /**
     * Connects, joins and waits for the welcome; call it before {@link ClientEngine#start()}, not on the
     * step loop's thread.
     *
     * @throws TransportException if the server does not answer in time or refuses; IOException for I/O failures
     */
    public ClientEngine connect() throws IOException {
        requireServer();
        ClientEngine c = new ClientEngine(this, false);
        c.open(transport.connect(host, tcpPort, udpPort, timeout), joinRequest())
                .awaitWelcome(host + ":" + tcpPort, timeout);
        return c;
    }

    /**
     * Connects and sends the join request without waiting for the welcome, which {@link ClientEngine#step()}
     * handles when it arrives ({@link ClientEngine#isJoined()}): for one thread driving server and client.
     */
    public ClientEngine join() throws IOException {
        requireServer();
        ClientEngine c = new ClientEngine(this, false);
        c.open(transport.connect(host, tcpPort, udpPort, timeout), joinRequest());
        return c;
    }

    private void requireServer() {
        if (transport == null || host == null) {
            throw new IllegalStateException("no server given: call server(transport, host, tcpPort, udpPort)");
        }
    }

    /**
     * A client with no server: the game runs locally as its own authority for player 1 (its
     * {@code onServerStart}, {@code onClientStart(1)} and {@code onPlayerJoined} run now). Sync settings are
     * not used.
     */
    public ClientEngine standalone() {
        ClientEngine c = new ClientEngine(this, true);
        c.startStandalone(name);
        return c;
    }

    JoinRequest joinRequest() {
        return new JoinRequest(name, room, resumeToken, credential, clientVersion);
    }
}

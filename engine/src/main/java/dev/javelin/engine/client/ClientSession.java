package dev.javelin.engine.client;

import dev.javelin.engine.GameEngine;
import dev.javelin.engine.loop.Clock;
import dev.javelin.engine.protocol.JoinRequest;
import dev.javelin.engine.protocol.Welcome;
import dev.javelin.engine.transport.DisconnectReason;
import dev.javelin.engine.transport.TransportClient;
import java.util.function.Consumer;

/**
 * The client's membership of its server, from welcome to loss and back: takes each welcome (the player id, the
 * resume token and the snapshot rate it carries; opens the snapshot intake; starts the world at the strategy's
 * target; tells the game {@code onClientStarted} the first time only) and, once the connection is lost, runs the
 * {@link Reconnector}'s tries to resume as the same player (only after a first welcome: a client that never
 * joined has nothing to resume).
 *
 * <p>Threads: the client's simulation thread; {@link #status()} and {@link #isReconnecting()} from any thread.
 */
final class ClientSession {

    private final Reconnector reconnector;
    private final JoinRequest joinRequest;
    private final Consumer<String> log;
    private final GameEngine game;
    private final SnapshotIntake intake;
    private final StepClockSteering steering;
    private final Clock clock;
    private boolean welcomedOnce;
    private DisconnectReason handledLoss;
    private int playerId;
    private long resumeToken;
    private long snapshotIntervalNanos;

    ClientSession(ClientBuilder b, GameEngine game, SnapshotIntake intake, StepClockSteering steering, Clock clock) {
        this.reconnector = new Reconnector(b);
        this.joinRequest = b.joinRequest();
        this.log = b.log;
        this.game = game;
        this.intake = intake;
        this.steering = steering;
        this.clock = clock;
    }

    /** Plays as player 1 with no server. */
    void standalone() {
        playerId = 1;
    }

    /** Takes the server's welcome, the first or one after a resume. */
    void welcomed(Welcome w) {
        playerId = w.playerId();
        resumeToken = w.resumeToken();
        snapshotIntervalNanos = (long) w.updateRate() * game.config().stepPeriodNanos();
        intake.open();
        steering.restart(w.serverStep(), clock.nanoTime());
        reconnector.resumed();
        if (!welcomedOnce) {
            welcomedOnce = true;
            game.notifyClientStarted(playerId);
        }
    }

    /**
     * Notes that the connection ended for {@code reason} (logged once per loss) and, if a try is due, connects
     * again; returns the new connection, on which the caller sends {@link #resumeRequest()}, or null.
     */
    TransportClient reconnect(DisconnectReason reason, long now) {
        if (reason != handledLoss) {
            handledLoss = reason;
            reconnector.lost(reason, now);
            log.accept(reconnector.status());
        }
        if (!welcomedOnce || !reconnector.active()) {
            return null;
        }
        TransportClient c = reconnector.attempt(now);
        if (c != null) {
            log.accept("reconnected; resuming as player " + playerId);
        }
        return c;
    }

    /** The first join request again, carrying the resume token. */
    JoinRequest resumeRequest() {
        return new JoinRequest(joinRequest.playerName(), joinRequest.room(), resumeToken, joinRequest.credential(),
                joinRequest.clientVersion());
    }

    /** See {@code ClientEngine.connectionStatus()}. */
    String status() {
        return reconnector.status();
    }

    boolean isReconnecting() {
        String s = reconnector.status();
        return s != null && s.contains(", reconnecting");
    }

    int playerId() {
        return playerId;
    }

    long resumeToken() {
        return resumeToken;
    }

    /** Nanoseconds between two snapshots, as the welcome set them; 0 before it. */
    long snapshotIntervalNanos() {
        return snapshotIntervalNanos;
    }
}

package dev.javelin.engine.server;

import dev.javelin.engine.StepFailure;
import dev.javelin.engine.loop.StepLoop;
import dev.javelin.engine.transport.TransportServer;
import java.util.function.Consumer;

/**
 * What the server does when game code throws during a step: it logs the {@link StepFailure} with its stack
 * trace, disconnects every connected client with the reason, stops the step loop and tells the game's failure
 * listener. A world that went wrong is not stepped on: the server checks {@link #failure()} before each step.
 *
 * <p>Threads: {@link #stop} on the simulation thread; {@link #failure()} from any thread.
 */
final class StepFailurePolicy {

    private final PlayerRoster roster;
    private final TransportServer transport;
    private final StepLoop loop;
    private final Consumer<String> log;
    private final Consumer<StepFailure> onFailure;
    private volatile StepFailure failure;

    StepFailurePolicy(PlayerRoster roster, TransportServer transport, StepLoop loop, Consumer<String> log,
                      Consumer<StepFailure> onFailure) {
        this.roster = roster;
        this.transport = transport;
        this.loop = loop;
        this.log = log;
        this.onFailure = onFailure;
    }

    /** Stops the server for {@code f}: log, tell every client why, stop stepping, tell the listener. */
    void stop(StepFailure f) {
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

    /** Why the server stopped stepping, or null while it runs. */
    StepFailure failure() {
        return failure;
    }
}

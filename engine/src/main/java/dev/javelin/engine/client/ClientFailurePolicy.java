package dev.javelin.engine.client;

import dev.javelin.engine.StepFailure;
import dev.javelin.engine.loop.StepLoop;
import java.util.function.Consumer;

/**
 * What the client does when game code (or its sync strategy) throws during a step: it logs the
 * {@link StepFailure} with its stack trace, leaves the server (which sees it go), stops the step loop and tells
 * the game's failure listener. The client checks {@link #failure()} before each step and no longer steps.
 *
 * <p>Threads: {@link #stop} on the simulation thread; {@link #failure()} from any thread.
 */
final class ClientFailurePolicy {

    private final StepLoop loop;
    private final Runnable leaveServer;
    private final Consumer<String> log;
    private final Consumer<StepFailure> onFailure;
    private volatile StepFailure failure;

    ClientFailurePolicy(StepLoop loop, Runnable leaveServer, Consumer<String> log, Consumer<StepFailure> onFailure) {
        this.loop = loop;
        this.leaveServer = leaveServer;
        this.log = log;
        this.onFailure = onFailure;
    }

    /** Stops the client for {@code f}: log, leave the server, stop stepping, tell the listener. */
    void stop(StepFailure f) {
        failure = f;
        log.accept("client stopped: " + f.report());
        leaveServer.run();
        loop.stop();
        onFailure.accept(f);
    }

    /** Why the client stopped stepping, or null while it runs. */
    StepFailure failure() {
        return failure;
    }
}

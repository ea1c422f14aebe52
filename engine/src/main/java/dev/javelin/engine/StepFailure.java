package dev.javelin.engine;

/**
 * An exception out of game code during a step, with where it happened: the step, the phase (an input, a
 * step listener, the physics, a collision, an object added or removed, a snapshot) and, where one object
 * was involved, that object. The server and client engines catch it, log it and stop (see
 * docs/ARCHITECTURE.md, "When a step fails"); a game sees it only if it steps a {@link GameEngine} itself.
 *
 * <p>Immutable; safe to read from any thread.
 */
public final class StepFailure extends RuntimeException {

    private final int step;
    private final String phase;
    private final String object;

    /**
     * @param step   the step that failed
     * @param phase  what was running, never null (e.g. "postStep listeners", "input 'fire' of player 2")
     * @param object the object involved, described, or null when no single object was
     * @param cause  what game code threw, never null
     */
    public StepFailure(int step, String phase, String object, Throwable cause) {
        super("step " + step + " failed in " + phase + (object == null ? "" : " (object " + object + ")") + ": "
                + cause, cause);
        this.step = step;
        this.phase = phase;
        this.object = object;
    }

    /** The message and the stack trace, for a log. */
    public String report() {
        java.io.StringWriter trace = new java.io.StringWriter();
        printStackTrace(new java.io.PrintWriter(trace));
        return getMessage() + System.lineSeparator() + trace;
    }

    /** The step that failed. */
    public int step() {
        return step;
    }

    /** What was running when it failed. */
    public String phase() {
        return phase;
    }

    /** The object involved, described, or null. */
    public String object() {
        return object;
    }
}

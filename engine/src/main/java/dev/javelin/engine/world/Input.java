package dev.javelin.engine.world;

/**
 * One player input, as the game sees it in {@link GameEngine#processInput}, and as it travels from client to
 * server inside an input message (so the server hands the game the very object it decoded: no copy per input).
 * The constructor validates, since inputs arrive from the network.
 *
 * @param action   what the player did, a name the game defines ("up", "fire"); at most
 *                 {@link #MAX_ACTION_LENGTH} characters, never null
 * @param x        first parameter, meaning up to the game (an aim direction, an analog strength); 0 if unused;
 *                 finite
 * @param y        second parameter; 0 if unused; finite
 * @param step     the client step the input applies to
 * @param sequence the client's running number for its inputs; the server applies each sequence once
 * @param viewLag  how far behind {@code step} the remote objects the client showed when it made this input were,
 *                 in steps (fractional; a multiple of 1/{@link #VIEW_LAG_RESOLUTION}): the server's lag
 *                 compensation looks at the world as of step {@code step - viewLag}. 0 when unknown; within
 *                 ±{@link #MAX_VIEW_LAG} steps
 */
public record Input(String action, float x, float y, int step, int sequence, float viewLag) {

    /** The longest action name accepted, in characters. */
    public static final int MAX_ACTION_LENGTH = 32;

    /** The view lag travels in 1/64 step: a finer value is rounded to it when the input is made. */
    public static final int VIEW_LAG_RESOLUTION = 64;

    /** The largest view lag accepted, in steps (well beyond any lag compensation bound). */
    public static final float MAX_VIEW_LAG = 4096f;

    public Input {
        if (action == null || action.isEmpty() || action.length() > MAX_ACTION_LENGTH) {
            throw new IllegalArgumentException("input action must be 1 to " + MAX_ACTION_LENGTH
                    + " characters, was " + (action == null ? "null" : "'" + action + "'"));
        }
        if (!Float.isFinite(x) || !Float.isFinite(y)) {
            throw new IllegalArgumentException("input parameters must be finite, were " + x + ", " + y);
        }
        if (!(Math.abs(viewLag) <= MAX_VIEW_LAG)) {
            throw new IllegalArgumentException("input view lag must be within ±" + MAX_VIEW_LAG + " steps, was "
                    + viewLag);
        }
    }

    /** An input with no view lag (a game's own, a test's, a client that shows nothing). */
    public Input(String action, float x, float y, int step, int sequence) {
        this(action, x, y, step, sequence, 0f);
    }

    /** {@code lagSteps} rounded to the resolution the view lag travels at, clamped to ±{@link #MAX_VIEW_LAG}. */
    public static float quantizeViewLag(double lagSteps) {
        double clamped = Math.max(-MAX_VIEW_LAG, Math.min(MAX_VIEW_LAG, Double.isFinite(lagSteps) ? lagSteps : 0));
        return (float) (Math.round(clamped * VIEW_LAG_RESOLUTION) / (double) VIEW_LAG_RESOLUTION);
    }

    /** The step whose state the client showed for remote objects when it made this input (fractional). */
    public double viewStep() {
        return step - (double) viewLag;
    }

    /** An input with no parameters. */
    public static Input of(String action, int step, int sequence) {
        return new Input(action, 0f, 0f, step, sequence);
    }

    /** The same input stamped for another step; it keeps the step it was seen at ({@link #viewStep()}). */
    public Input atStep(int newStep) {
        return new Input(action, x, y, newStep, sequence, viewLag + (newStep - step));
    }
}

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
 */
public record Input(String action, float x, float y, int step, int sequence) {

    /** The longest action name accepted, in characters. */
    public static final int MAX_ACTION_LENGTH = 32;

    public Input {
        if (action == null || action.isEmpty() || action.length() > MAX_ACTION_LENGTH) {
            throw new IllegalArgumentException("input action must be 1 to " + MAX_ACTION_LENGTH
                    + " characters, was " + (action == null ? "null" : "'" + action + "'"));
        }
        if (!Float.isFinite(x) || !Float.isFinite(y)) {
            throw new IllegalArgumentException("input parameters must be finite, were " + x + ", " + y);
        }
    }

    /** An input with no parameters. */
    public static Input of(String action, int step, int sequence) {
        return new Input(action, 0f, 0f, step, sequence);
    }

    /** The same input stamped for another step. */
    public Input atStep(int newStep) {
        return new Input(action, x, y, newStep, sequence);
    }
}

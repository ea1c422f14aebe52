package dev.javelin.engine.protocol;

import dev.javelin.engine.Input;

/**
 * One input as it travels from client to server inside an {@link InputMessage}.
 *
 * @param sequence the client's running input number (from 1)
 * @param step     the client step the input applies to
 * @param action   the action name, 1 to {@link Input#MAX_ACTION_LENGTH} characters
 * @param x        first parameter
 * @param y        second parameter
 */
public record InputEntry(int sequence, int step, String action, float x, float y) {

    /** The entry for {@code input}. */
    public static InputEntry of(Input input) {
        return new InputEntry(input.sequence(), input.step(), input.action(), input.x(), input.y());
    }

    /**
     * The game-facing input; validates, since entries arrive from the network.
     *
     * @throws IllegalArgumentException if the action is missing or too long, or a parameter is not finite
     */
    public Input toInput() {
        if (!Float.isFinite(x) || !Float.isFinite(y)) {
            throw new IllegalArgumentException("input parameters must be finite, were " + x + ", " + y);
        }
        return new Input(action, x, y, step, sequence);
    }
}

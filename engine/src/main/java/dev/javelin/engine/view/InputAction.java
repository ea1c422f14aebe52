package dev.javelin.engine.view;

import dev.javelin.engine.world.Input;

/**
 * One player action handed from the render thread to the simulation thread: a name the game defines and
 * two parameters whose meaning is up to the game (an aim point, an analog strength). The client engine
 * turns it into an {@link Input} stamped with the step it applies to.
 *
 * @param action the action name, 1 to {@link Input#MAX_ACTION_LENGTH} characters, never null
 * @param x      first parameter; 0 if unused
 * @param y      second parameter; 0 if unused
 */
public record InputAction(String action, float x, float y) {

    public InputAction {
        if (action == null || action.isEmpty() || action.length() > Input.MAX_ACTION_LENGTH) {
            throw new IllegalArgumentException("input action must be 1 to " + Input.MAX_ACTION_LENGTH
                    + " characters, was " + (action == null ? "null" : "'" + action + "'"));
        }
    }

    /** This action as an {@link Input} for {@code step} with the client's running {@code sequence}. */
    public Input toInput(int step, int sequence) {
        return new Input(action, x, y, step, sequence);
    }
}

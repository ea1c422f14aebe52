package dev.javelin.engine.server;

import dev.javelin.engine.world.Input;

/**
 * The game's say on every input before the server applies it: a client may only drive its own
 * objects (the server passes the input with the id of the player whose connection sent it, so a client
 * cannot speak for another), and the game can refuse actions it does not know or values out of range.
 * Called on the server's simulation thread.
 */
@FunctionalInterface
public interface InputValidator {

    /** True to apply {@code input} for {@code player}; false rejects it (counted and logged at a rate limit). */
    boolean accept(ServerPlayer player, Input input);

    /** Accepts everything the protocol lets through. */
    static InputValidator acceptAll() {
        return (player, input) -> true;
    }
}

package dev.javelin.engine.server;

/**
 * The game's say on each new player: sees the join request (name, room, the credential or ticket the client
 * supplied, the client's version) and approves it or refuses it with a reason the client receives as its
 * disconnect detail. A player taking itself back with its resume token is not asked again.
 *
 * <p>Called on the simulation thread, inside the step that handles the join, so it must answer quickly
 * (verify a signature, look up a table); it must not block on the network. An exception it throws refuses the
 * join with a generic reason and is logged.
 */
@FunctionalInterface
public interface JoinApprover {

    /** Decides on {@code attempt}; never returns null. */
    JoinVerdict review(JoinAttempt attempt);

    /** Approves everyone: the default. */
    static JoinApprover approveAll() {
        return attempt -> JoinVerdict.APPROVED;
    }
}

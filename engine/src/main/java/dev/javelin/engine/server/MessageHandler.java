package dev.javelin.engine.server;

/**
 * The game's handler for one type of game message sent by clients (see
 * {@link ServerEngine.Builder#onMessage}). It runs on the server's simulation thread at the start of a step,
 * after the transport was drained and before the step's inputs apply, in arrival order; never on a network
 * thread. A message reaches it only from a player that joined, only if its type was declared, and only
 * within its size bound and the sender's message rate. If it throws, the server stops as for any step failure.
 *
 * @param <T> the message type
 */
@FunctionalInterface
public interface MessageHandler<T> {

    /**
     * @param from    the player who sent it, never null
     * @param message the message, never null, within its declared size
     */
    void handle(ServerPlayer from, T message);
}

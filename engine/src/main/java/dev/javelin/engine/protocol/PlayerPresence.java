package dev.javelin.engine.protocol;

/**
 * Server → client, reliable: a player of the client's room is present ({@code present} true: it joined,
 * or was already there when this client joined) or has left. Lets a client's game see the same
 * {@code onPlayerJoined}/{@code onPlayerLeft} as the server's.
 *
 * @param playerId the player's id
 * @param name     the name it joined with, at most {@link JoinRequest#MAX_NAME_LENGTH} characters
 * @param roomId   its room
 * @param present  true when it joined or is there, false when it left
 */
public record PlayerPresence(int playerId, String name, int roomId, boolean present) {
}

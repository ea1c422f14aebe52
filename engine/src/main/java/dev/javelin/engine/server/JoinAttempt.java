package dev.javelin.engine.server;

/**
 * One join request as the {@link JoinApprover} sees it, after the engine's own checks (name, room, credential
 * and version lengths, the player cap). Immutable; made on the simulation thread.
 *
 * @param playerName     the name the client asked for, 1 to {@code JoinRequest.MAX_NAME_LENGTH} characters
 * @param room           the room asked for, or null for the default room
 * @param credential     what the client presented (a password, a signed ticket), or null for nothing
 * @param clientVersion  the client's version string, or null if it sent none
 * @param playersPresent players on the server now (connected or within their reconnect grace)
 */
public record JoinAttempt(String playerName, String room, String credential, String clientVersion,
                          int playersPresent) {
}

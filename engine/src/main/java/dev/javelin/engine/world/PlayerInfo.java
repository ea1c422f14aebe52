package dev.javelin.engine.world;

/**
 * A player as the game sees it.
 *
 * @param id     the player id (owner id of the player's objects)
 * @param name   the name the player joined with, never null
 * @param roomId the room the player is in; objects the game creates for the player belong there
 */
public record PlayerInfo(int id, String name, int roomId) {
}

package dev.javelin.engine.protocol;

/**
 * Client → server, reliable, first message after the transport connects.
 *
 * @param playerName    display name, at most {@link #MAX_NAME_LENGTH} characters
 * @param room          the room to join, or null for the default room
 * @param resumeToken   token from an earlier {@link Welcome} to take back a dropped player, or 0
 */
public record JoinRequest(String playerName, String room, long resumeToken) {

    public static final int MAX_NAME_LENGTH = 24;
}

package dev.javelin.engine.protocol;

/**
 * Client → server, reliable, first message after the transport connects.
 *
 * @param playerName    display name, at most {@link #MAX_NAME_LENGTH} characters
 * @param room          the room to join, at most {@link #MAX_ROOM_LENGTH} characters, or null for the default room
 * @param resumeToken   token from an earlier {@link Welcome} to take back a dropped player, or 0
 */
public record JoinRequest(String playerName, String room, long resumeToken) {

    /** The longest player name a server accepts, in characters. */
    public static final int MAX_NAME_LENGTH = 24;

    /** The longest room name a server accepts, in characters. */
    public static final int MAX_ROOM_LENGTH = 32;
}

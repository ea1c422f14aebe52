package dev.javelin.engine.protocol;

/**
 * Client → server, reliable, first message after the transport connects.
 *
 * @param playerName    display name, at most {@link #MAX_NAME_LENGTH} characters
 * @param room          the room to join, at most {@link #MAX_ROOM_LENGTH} characters, or null for the default room
 * @param resumeToken   token from an earlier {@link Welcome} to take back a dropped player, or 0
 * @param credential    a password or signed join ticket for the server's join approval, at most
 *                      {@link #MAX_CREDENTIAL_LENGTH} characters, or null for none
 * @param clientVersion the client's version, at most {@link #MAX_VERSION_LENGTH} characters, or null
 */
public record JoinRequest(String playerName, String room, long resumeToken, String credential, String clientVersion) {

    /** The longest player name a server accepts, in characters. */
    public static final int MAX_NAME_LENGTH = 24;

    /** The longest room name a server accepts, in characters. */
    public static final int MAX_ROOM_LENGTH = 32;

    /** The longest credential a server accepts, in characters (a signed ticket fits with room to spare). */
    public static final int MAX_CREDENTIAL_LENGTH = 512;

    /** The longest client version a server accepts, in characters. */
    public static final int MAX_VERSION_LENGTH = 32;

    /** A request with no credential and no client version. */
    public JoinRequest(String playerName, String room, long resumeToken) {
        this(playerName, room, resumeToken, null, null);
    }
}

package dev.javelin.agones;

import java.time.Instant;

/**
 * What a lobby promises a player: a place on one game server, in one room, until a moment. The lobby signs it with
 * {@link TicketSigner}; the client presents it as its join credential; the server's {@link TicketApprover} checks
 * it. Immutable.
 *
 * @param gameServer the GameServer's name (its Kubernetes name), never blank
 * @param room       the room the player may join there; empty for the default room
 * @param player     the player name the client must join as, never blank
 * @param expires    after this instant the ticket is refused
 * @param nonce      random, so that the server can refuse a ticket used twice
 */
public record JoinTicket(String gameServer, String room, String player, Instant expires, String nonce) {

    public JoinTicket {
        if (blank(gameServer) || room == null || blank(player) || expires == null || blank(nonce)) {
            throw new IllegalArgumentException("a ticket needs a game server, a room (may be empty), a player, "
                    + "an expiry and a nonce");
        }
        for (String field : new String[] {gameServer, room, player, nonce}) {
            if (field.indexOf('\n') >= 0) {
                throw new IllegalArgumentException("ticket fields must not contain line breaks");
            }
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}

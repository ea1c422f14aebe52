package dev.javelin.agones;

import dev.javelin.engine.server.JoinApprover;
import dev.javelin.engine.server.JoinAttempt;
import dev.javelin.engine.server.JoinVerdict;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A server's join approval for tickets from the lobby: the join's credential must be a ticket signed with the
 * shared secret, not expired, not used before, made out for this game server, for the player name the client
 * joins as and for the room it asks for. Each refusal's reason names which check failed.
 *
 * <p>Threads: {@link #review} on the server's simulation thread (it is a {@link JoinApprover}); the game server
 * name supplier may be fed from another thread.
 */
public final class TicketApprover implements JoinApprover {

    private final TicketSigner signer;
    private final Supplier<String> gameServerName;
    private final Clock clock;
    // Nonces of tickets already used, until they expire: a copied ticket is refused.
    private final Map<String, Instant> used = new HashMap<>();

    /**
     * @param signer         checks signatures and expiry
     * @param gameServerName this server's GameServer name, or null while it is not known yet (every ticket is then
     *                       refused, as no player can have been sent here)
     * @param clock          for forgetting used nonces once their ticket has expired
     */
    public TicketApprover(TicketSigner signer, Supplier<String> gameServerName, Clock clock) {
        this.signer = Objects.requireNonNull(signer, "signer");
        this.gameServerName = Objects.requireNonNull(gameServerName, "gameServerName");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public JoinVerdict review(JoinAttempt attempt) {
        JoinTicket ticket;
        try {
            ticket = signer.verify(attempt.credential());
        } catch (TicketSigner.InvalidTicketException e) {
            return JoinVerdict.refuse(e.getMessage());
        }
        String self = gameServerName.get();
        if (self == null || !self.equals(ticket.gameServer())) {
            return JoinVerdict.refuse("join ticket is for game server " + ticket.gameServer() + ", not this one");
        }
        if (!ticket.player().equals(attempt.playerName())) {
            return JoinVerdict.refuse("join ticket is for player " + ticket.player() + ", not " + attempt.playerName());
        }
        String room = attempt.room() == null ? "" : attempt.room();
        if (!ticket.room().equals(room)) {
            return JoinVerdict.refuse("join ticket is for room '" + ticket.room() + "', not '" + room + "'");
        }
        forgetExpired();
        if (used.putIfAbsent(ticket.nonce(), ticket.expires()) != null) {
            return JoinVerdict.refuse("join ticket was already used");
        }
        return JoinVerdict.APPROVED;
    }

    private void forgetExpired() {
        Instant now = clock.instant();
        for (Iterator<Instant> it = used.values().iterator(); it.hasNext(); ) {
            if (!now.isBefore(it.next())) {
                it.remove();
            }
        }
    }
}

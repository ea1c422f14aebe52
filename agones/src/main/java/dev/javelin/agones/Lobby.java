package dev.javelin.agones;

import java.io.IOException;
import java.time.Duration;
import java.util.Objects;

/**
 * The part of a lobby or matchmaker that places a player: asks Agones for a server of the fleet for the player's
 * room ({@link GameServerAllocator}), then signs a ticket for that server, room and player ({@link TicketSigner}).
 * The game server's {@link TicketApprover} checks the ticket when the client joins.
 *
 * <p>Threads: any; {@link #place} blocks for the allocation.
 */
public final class Lobby {

    private final GameServerAllocator allocator;
    private final TicketSigner signer;
    private final String fleet;
    private final Duration ticketLifetime;
    private final String tcpPortName;
    private final String udpPortName;

    /**
     * @param fleet          the Fleet's name
     * @param ticketLifetime how long a client has to join with its ticket (tens of seconds)
     * @param tcpPortName    the name of the fleet's TCP port ({@code game-tcp} in deploy/agones/fleet.yaml)
     * @param udpPortName    the name of its UDP port ({@code game-udp})
     */
    public Lobby(GameServerAllocator allocator, TicketSigner signer, String fleet, Duration ticketLifetime,
                 String tcpPortName, String udpPortName) {
        this.allocator = Objects.requireNonNull(allocator, "allocator");
        this.signer = Objects.requireNonNull(signer, "signer");
        this.fleet = Objects.requireNonNull(fleet, "fleet");
        this.ticketLifetime = Objects.requireNonNull(ticketLifetime, "ticketLifetime");
        this.tcpPortName = tcpPortName;
        this.udpPortName = udpPortName;
    }

    /**
     * A place for {@code player} in {@code room}: a server already running that room with a free seat, else a
     * fresh Ready server, which the allocation labels with the room.
     *
     * @throws IOException with a one-line message if Agones cannot be asked, or has no server (the fleet is full)
     */
    public JoinOffer place(String player, String room) throws IOException {
        Allocation a = allocator.allocate(new AllocationRequest(fleet, room, 1, true));
        if (!a.allocated()) {
            throw new IOException("no game server free in fleet " + fleet + " (allocation " + a.state() + ")");
        }
        Integer tcp = a.ports().get(tcpPortName);
        Integer udp = a.ports().get(udpPortName);
        if (tcp == null || udp == null) {
            throw new IOException("game server " + a.gameServerName() + " has no ports named " + tcpPortName + " and "
                    + udpPortName + ": " + a.ports());
        }
        String ticket = signer.sign(signer.issue(a.gameServerName(), room, player, ticketLifetime));
        return new JoinOffer(a.address(), tcp, udp, room, ticket, a.gameServerName());
    }
}

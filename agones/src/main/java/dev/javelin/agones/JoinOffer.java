package dev.javelin.agones;

/**
 * What a lobby hands a client: where to connect and the ticket to join with. Immutable.
 *
 * @param address    the game server's address
 * @param tcpPort    its reliable (TCP) port
 * @param udpPort    its unreliable (UDP) port
 * @param room       the room to ask for in the join request ("" for the default room)
 * @param ticket     the signed ticket, to send as the join request's credential
 * @param gameServer the GameServer's name, for logs
 */
public record JoinOffer(String address, int tcpPort, int udpPort, String room, String ticket, String gameServer) {
}

/**
 * Optional Agones integration (artifact {@code javelin-agones}; the engine does not depend on it).
 *
 * <p>On the game server: {@link dev.javelin.agones.AgonesSdk} speaks the SDK sidecar's local REST API;
 * {@link dev.javelin.agones.AgonesBridge} ties a {@code ServerEngine} to it (Ready, Health, labels, player tracking,
 * the allocation seen through the watch, Shutdown), queueing and retrying every call on its own threads;
 * {@link dev.javelin.agones.TicketApprover} admits players holding a lobby's ticket.
 *
 * <p>In the lobby: {@link dev.javelin.agones.Lobby} allocates a server through the Kubernetes API
 * ({@link dev.javelin.agones.GameServerAllocator}, {@link dev.javelin.agones.AllocationRequest}) and signs a
 * {@link dev.javelin.agones.JoinTicket} with {@link dev.javelin.agones.TicketSigner}. See docs/SCALING.md.
 */
package dev.javelin.agones;

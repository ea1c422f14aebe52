package dev.javelin.engine.protocol;

/**
 * Server → client, reliable, the answer to a {@link JoinRequest}.
 *
 * @param playerId        the id the client plays as (owner id of its objects)
 * @param resumeToken     secret the client presents to rejoin as the same player after a drop
 * @param stepRate        server steps per second
 * @param updateRate      steps between snapshots
 * @param fullSyncRate    snapshots between forced full snapshots
 * @param serverStep      the server's step count when it sent this
 * @param serverTimeNanos the server clock when it sent this
 */
public record Welcome(int playerId, long resumeToken, int stepRate, int updateRate, int fullSyncRate,
                      int serverStep, long serverTimeNanos) {
}

package dev.javelin.engine.server;

import dev.javelin.engine.protocol.JoinRequest;
import dev.javelin.engine.util.SafeText;

/**
 * Whether a new player may join: the lengths of what the client supplied, the player cap, then the game's
 * {@link JoinApprover}. Threads: the server's simulation thread.
 */
final class JoinPolicy {

    private final JoinApprover approver;
    private final int maxPlayers;
    private final RateLimitedLog log;

    JoinPolicy(JoinApprover approver, int maxPlayers, RateLimitedLog log) {
        this.approver = approver;
        this.maxPlayers = maxPlayers;
        this.log = log;
    }

    /** The one-line reason {@code join} is refused with {@code players} players present, or null to admit it. */
    String refusal(JoinRequest join, int players, long nowNanos) {
        if (join.credential() != null && join.credential().length() > JoinRequest.MAX_CREDENTIAL_LENGTH) {
            return "credential must be at most " + JoinRequest.MAX_CREDENTIAL_LENGTH + " characters";
        }
        if (join.clientVersion() != null && join.clientVersion().length() > JoinRequest.MAX_VERSION_LENGTH) {
            return "client version must be at most " + JoinRequest.MAX_VERSION_LENGTH + " characters";
        }
        if (maxPlayers > 0 && players >= maxPlayers) {
            return "server full (" + players + "/" + maxPlayers + " players)";
        }
        JoinVerdict verdict;
        try {
            verdict = approver.review(new JoinAttempt(join.playerName(), join.room(), join.credential(),
                    join.clientVersion(), players));
        } catch (RuntimeException e) {
            log.log(nowNanos, "join approver failed: " + e);
            return "join could not be checked";
        }
        String reason = verdict == null || verdict.approved() ? null : verdict.reason();
        if (reason != null) {
            log.log(nowNanos, "join of '" + SafeText.of(join.playerName()) + "' refused: " + SafeText.of(reason));
        }
        return reason;
    }
}

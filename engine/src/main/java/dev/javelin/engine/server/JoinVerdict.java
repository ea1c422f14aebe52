package dev.javelin.engine.server;

/**
 * A {@link JoinApprover}'s answer. Immutable.
 *
 * @param approved true to let the player in
 * @param reason   for a refusal, the one line the client receives (cut to 200 characters by the transport);
 *                 empty when approved; never null
 */
public record JoinVerdict(boolean approved, String reason) {

    /** The approval. */
    public static final JoinVerdict APPROVED = new JoinVerdict(true, "");

    public JoinVerdict {
        if (reason == null || (!approved && reason.isBlank())) {
            throw new IllegalArgumentException("a refusal needs a reason the player can read");
        }
    }

    /** A refusal with {@code reason}, which must not be blank. */
    public static JoinVerdict refuse(String reason) {
        return new JoinVerdict(false, reason);
    }
}

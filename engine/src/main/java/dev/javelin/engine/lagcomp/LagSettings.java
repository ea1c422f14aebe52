package dev.javelin.engine.lagcomp;

/**
 * How far back lag compensation may look. Immutable; any thread.
 *
 * @param boundSeconds   the furthest back a query rewinds, in seconds (default 0.2): a player who saw the world
 *                       older than this is judged against the world this old. 0 turns compensation off (queries
 *                       see the newest recorded step); at most {@code historySeconds}
 * @param historySeconds how much history of every compensated object is kept, in seconds (default 1)
 */
public record LagSettings(double boundSeconds, double historySeconds) {

    /** A 200 ms bound over 1 s of history. */
    public static final LagSettings DEFAULT = new LagSettings(0.2, 1.0);

    public LagSettings {
        if (!(historySeconds > 0) || historySeconds > 60) {
            throw new IllegalArgumentException("lag compensation history must be within (0, 60] s, was "
                    + historySeconds);
        }
        if (!(boundSeconds >= 0) || boundSeconds > historySeconds) {
            throw new IllegalArgumentException("lag compensation bound must be within [0, history " + historySeconds
                    + " s], was " + boundSeconds);
        }
    }

    /** The same history with the bound {@code seconds}. */
    public LagSettings withBound(double seconds) {
        return new LagSettings(seconds, Math.max(historySeconds, seconds));
    }
}

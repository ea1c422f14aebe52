package dev.javelin.engine.internal.codec;

/**
 * What the last {@link SnapshotEncoder#encode} wrote: sizes and counts for the net graph and the
 * benchmarks. Owned and overwritten by its encoder; read on the encoder's thread.
 */
public final class EncodeStats {

    int bytes;
    int baselineSequence = -1;
    boolean complete;
    int created;
    int updated;
    int destroyed;
    int deferred;
    int events;
    int createBits;
    int updateBits;
    int unchanged;

    /** Bytes of the snapshot. */
    public int bytes() {
        return bytes;
    }

    /** The sequence the snapshot was delta-encoded against, or -1 for a full snapshot. */
    public int baselineSequence() {
        return baselineSequence;
    }

    /** True if every relevant object's change made it into the snapshot. */
    public boolean complete() {
        return complete;
    }

    /** Objects created on the client by this snapshot. */
    public int created() {
        return created;
    }

    /** Objects updated (changed since the baseline). */
    public int updated() {
        return updated;
    }

    /** Objects destroyed. */
    public int destroyed() {
        return destroyed;
    }

    /** Changed or new objects left for a later snapshot by the budget. */
    public int deferred() {
        return deferred;
    }

    /** Relevant objects unchanged since the baseline; they cost no bits. */
    public int unchanged() {
        return unchanged;
    }

    /** Game events carried (resent until acknowledged). */
    public int events() {
        return events;
    }

    /** Bits of the create section, counts and ids included. */
    public int createBits() {
        return createBits;
    }

    /** Bits of the update section, counts and indices included. */
    public int updateBits() {
        return updateBits;
    }

    @Override
    public String toString() {
        return "EncodeStats[bytes=" + bytes + " baseline=" + baselineSequence + " complete=" + complete + " created="
                + created + " updated=" + updated + " destroyed=" + destroyed + " deferred=" + deferred
                + " unchanged=" + unchanged + " events=" + events + "]";
    }
}

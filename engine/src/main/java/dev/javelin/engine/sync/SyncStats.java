package dev.javelin.engine.sync;

/**
 * Counters a strategy keeps for the net graph and the netcode harness. Threads: written on the client's
 * simulation thread; the fields are volatile so a render thread may read them.
 */
public final class SyncStats {

    /** Corrections of at least this many world units count as visible. */
    public static final float VISIBLE_CORRECTION = 0.5f;

    private volatile long localCorrections;
    private volatile long remoteCorrections;
    private volatile long snaps;
    private volatile long reenactedSteps;
    private volatile long updatesApplied;
    private volatile long expiredPredictions;

    /** Records a correction of {@code distance} world units to a local or remote object. */
    public void recordCorrection(float distance, boolean local, boolean snapped) {
        if (snapped) {
            snaps++;
        }
        if (distance >= VISIBLE_CORRECTION) {
            if (local) {
                localCorrections++;
            } else {
                remoteCorrections++;
            }
        }
    }

    void addReenactedSteps(int steps) {
        reenactedSteps += steps;
    }

    void addExpiredPrediction() {
        expiredPredictions++;
    }

    /** Predicted objects dropped because the server never confirmed them in time. */
    public long expiredPredictions() {
        return expiredPredictions;
    }

    void addUpdateApplied() {
        updatesApplied++;
    }

    /** Visible corrections (at least {@link #VISIBLE_CORRECTION}) of the player's own objects. */
    public long localCorrections() {
        return localCorrections;
    }

    /** Visible corrections of other objects. */
    public long remoteCorrections() {
        return remoteCorrections;
    }

    /** Corrections too large to bend, shown at once. */
    public long snaps() {
        return snaps;
    }

    /** Steps re-run after corrections. */
    public long reenactedSteps() {
        return reenactedSteps;
    }

    /** World updates applied. */
    public long updatesApplied() {
        return updatesApplied;
    }
}

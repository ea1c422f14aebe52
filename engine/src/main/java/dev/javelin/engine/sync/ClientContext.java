package dev.javelin.engine.sync;

import dev.javelin.engine.GameEngine;

/**
 * What a sync strategy may see of its client. Threads: the client's simulation thread.
 */
public interface ClientContext {

    /** The client's game. */
    GameEngine game();

    /** The local player's id, or 0 before the welcome. */
    int playerId();

    /** The local player's inputs, for re-enactment. */
    InputHistory inputs();

    /** Where the server's step count is now, estimated from its clock (fractional steps). */
    double serverStepEstimate();

    /** The client's clock, in nanoseconds (the same clock its step loop runs on). */
    long nowNanos();

    /** The server's snapshot interval in nanoseconds (update rate times step period). */
    long snapshotIntervalNanos();

    /** The measured round trip to the server in nanoseconds (0 before the first measurement). */
    long rttNanos();

    /** Counters for the net graph and the harness. */
    SyncStats stats();
}

package dev.javelin.engine.protocol;

import dev.javelin.engine.world.Input;

/**
 * Client → server, unreliable, once per client step that has something to say. Carries every input
 * the server has not acknowledged yet (redundancy: a lost datagram loses no input) and the newest
 * snapshot the client holds (the server's baseline for the next delta).
 *
 * @param snapshotAck     sequence of the newest snapshot received, or -1 for none
 * @param clientTimeNanos the client's clock when it sent this; the server echoes it so the client can
 *                        measure the round trip over any transport
 * @param wantFull        true when the client lost track (a desync) and needs a full snapshot
 * @param inputs          unacknowledged inputs in ascending sequence, at most {@link #MAX_INPUTS}; never null
 */
public record InputMessage(int snapshotAck, long clientTimeNanos, boolean wantFull, Input[] inputs) {

    /** Most inputs one message may carry; a receiver rejects more. */
    public static final int MAX_INPUTS = 64;
}

package dev.javelin.engine.protocol;

/**
 * Server → client, unreliable: one encoded snapshot, the input acknowledgement and the echo of the
 * client's newest input timestamp (for the round-trip time).
 *
 * @param inputAck        highest input sequence the server has received from this client (all lower ones too)
 * @param echoTimeNanos   the {@code clientTimeNanos} of the newest input message received, or 0 for none
 * @param heldNanos       how long the server held that timestamp before sending this, in nanoseconds
 * @param data            the snapshot codec's bytes; never null
 */
public record SnapshotPacket(int inputAck, long echoTimeNanos, long heldNanos, byte[] data) {
}

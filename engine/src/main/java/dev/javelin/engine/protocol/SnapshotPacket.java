package dev.javelin.engine.protocol;

/**
 * Server → client, unreliable: one encoded snapshot and the input acknowledgement.
 *
 * @param inputAck highest input sequence the server has received from this client (all lower ones too)
 * @param data     the snapshot codec's bytes; never null
 */
public record SnapshotPacket(int inputAck, byte[] data) {
}

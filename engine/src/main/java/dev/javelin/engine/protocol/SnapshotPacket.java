package dev.javelin.engine.protocol;

import dev.javelin.engine.transport.DetachedCopy;

/**
 * Server → client, unreliable: one encoded snapshot, the input acknowledgement and the echo of the
 * client's newest input timestamp (for the round-trip time).
 *
 * <p>A mutable class rather than a record so that the server can fill one instance, over one buffer, for every
 * snapshot it sends ({@link #set}): transports take what they need before {@code send} returns, and the server's
 * tick allocates nothing per snapshot. The snapshot is {@code data()[0, length())}; in a received packet the
 * array is exactly that long, and the packet is the receiver's own.
 */
public final class SnapshotPacket implements DetachedCopy {

    private static final byte[] EMPTY = new byte[0];

    private int inputAck;
    private long echoTimeNanos;
    private long heldNanos;
    private byte[] data = EMPTY;
    private int length;

    /** An empty packet, to {@link #set} (and for decoders). */
    public SnapshotPacket() {
    }

    /** A packet holding the given values; see the accessors for their meaning. */
    public SnapshotPacket(int inputAck, long echoTimeNanos, long heldNanos, byte[] data) {
        set(inputAck, echoTimeNanos, heldNanos, data, data == null ? 0 : data.length);
    }

    /**
     * Replaces every value; returns this.
     *
     * @param data   holds the snapshot codec's bytes from index 0; not copied; never null
     * @param length how many bytes of {@code data} are the snapshot
     */
    public SnapshotPacket set(int inputAck, long echoTimeNanos, long heldNanos, byte[] data, int length) {
        if (data == null || length < 0 || length > data.length) {
            throw new IllegalArgumentException("snapshot data must be an array of at least " + length + " bytes");
        }
        this.inputAck = inputAck;
        this.echoTimeNanos = echoTimeNanos;
        this.heldNanos = heldNanos;
        this.data = data;
        this.length = length;
        return this;
    }

    /** Highest input sequence the server has received from this client (all lower ones too). */
    public int inputAck() {
        return inputAck;
    }

    /** The {@code clientTimeNanos} of the newest input message received, or 0 for none. */
    public long echoTimeNanos() {
        return echoTimeNanos;
    }

    /** How long the server held that timestamp before sending this, in nanoseconds. */
    public long heldNanos() {
        return heldNanos;
    }

    /** Holds the snapshot codec's bytes, from 0 to {@link #length()}; never null. */
    public byte[] data() {
        return data == null ? EMPTY : data;
    }

    /** How many bytes of {@link #data()} are the snapshot (never more than the array holds). */
    public int length() {
        return Math.max(0, Math.min(length, data().length));
    }

    @Override
    public String toString() {
        return "SnapshotPacket[inputAck=" + inputAck + ", echoTimeNanos=" + echoTimeNanos + ", heldNanos="
                + heldNanos + ", " + length() + " bytes]";
    }

    /** Only {@link #length()} bytes of the buffer are the message (as on the wire); the sender reuses the buffer. */
    @Override
    public SnapshotPacket detachedCopy() {
        return new SnapshotPacket(inputAck, echoTimeNanos, heldNanos, java.util.Arrays.copyOf(data(), length()));
    }

    @Override
    public int wireSizeBytes() {
        return 24 + length();
    }
}

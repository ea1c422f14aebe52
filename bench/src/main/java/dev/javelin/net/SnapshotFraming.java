package dev.javelin.net;

import dev.javelin.engine.protocol.Protocol;
import dev.javelin.engine.protocol.SnapshotPacket;
import dev.javelin.engine.transport.Channel;

/**
 * For the bandwidth benchmark: the bytes KryoNet puts on the wire for one snapshot, measured by encoding the
 * {@link SnapshotPacket} through the transport's own frame encoder (frame header, class id, acknowledgement,
 * echoed and held times, length prefix) — the same path a server's datagram takes. Lives in the transport's
 * package because the frame encoder is internal to it.
 *
 * <p>Threads: one thread.
 */
public final class SnapshotFraming {

    private final FrameEncoder encoder = new FrameEncoder(Protocol.registry(), 65536);
    private final SnapshotPacket packet = new SnapshotPacket();

    /**
     * The frame's length for a snapshot held in the first {@code length} bytes of {@code data}, with
     * typical header values (a clock reading in nanoseconds as echo, a few milliseconds held).
     */
    public int frameBytes(byte[] data, int length, int inputAck) {
        packet.set(inputAck, 734_512_345_678_901L, 2_500_000L, data, length);
        return encoder.encodeMessage(packet, Channel.UNRELIABLE, false, 0, 0).length();
    }
}

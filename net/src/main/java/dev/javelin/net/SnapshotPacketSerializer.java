package dev.javelin.net;

import com.esotericsoftware.kryo.kryo5.Kryo;
import com.esotericsoftware.kryo.kryo5.KryoException;
import com.esotericsoftware.kryo.kryo5.Serializer;
import com.esotericsoftware.kryo.kryo5.io.Input;
import com.esotericsoftware.kryo.kryo5.io.Output;
import dev.javelin.engine.protocol.SnapshotPacket;

/**
 * Writes a {@link SnapshotPacket} with only the snapshot's {@code length} bytes of its buffer (the server reuses
 * one large buffer for every packet), and reads it back into a packet of its own with an exact-size array.
 */
final class SnapshotPacketSerializer extends Serializer<SnapshotPacket> {

    @Override
    public void write(Kryo kryo, Output output, SnapshotPacket p) {
        output.writeVarInt(p.inputAck(), false);
        output.writeVarLong(p.echoTimeNanos(), false);
        output.writeVarLong(p.heldNanos(), true);
        output.writeVarInt(p.length(), true);
        output.writeBytes(p.data(), 0, p.length());
    }

    @Override
    public SnapshotPacket read(Kryo kryo, Input input, Class<? extends SnapshotPacket> type) {
        int inputAck = input.readVarInt(false);
        long echo = input.readVarLong(false);
        long held = input.readVarLong(true);
        int length = input.readVarInt(true);
        if (length < 0) {
            throw new KryoException("snapshot length " + length);
        }
        if (!(input instanceof BoundedInput bounded)) {
            throw new KryoException("decoding needs a BoundedInput");
        }
        bounded.requireCount(length, 1, "snapshot bytes");
        return new SnapshotPacket(inputAck, echo, held, input.readBytes(length));
    }
}

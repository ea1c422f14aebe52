package dev.javelin.net;

import com.esotericsoftware.kryonet.Connection;
import com.esotericsoftware.kryonet.FrameworkMessage;
import com.esotericsoftware.kryonet.KryoNetException;
import com.esotericsoftware.kryonet.Serialization;

import java.nio.ByteBuffer;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The KryoNet {@link Serialization} of one endpoint, built on Kryo 5 (KryoNet's own is Kryo 2, which cannot
 * serialize records). KryoNet calls it to write and read TCP frames, and on a client also UDP datagrams.
 *
 * <p>Writing: a {@link FrameEncoder} (a frame Javelin already encoded and checked) is copied in with one bulk
 * put; anything else is one of KryoNet's own framework messages (registration, keep-alive), encoded here under
 * a lock since KryoNet writes them from several threads. Reading: the header byte is checked, the body decoded
 * by a {@link FrameDecoder}; KryoNet's framework messages are returned as they are, everything else in the
 * reused {@link Inbound} holder, which tells the listener the channel the sender used. Failures are
 * {@link KryoNetException}s, the one type KryoNet catches: it then closes a TCP connection.
 *
 * <p>Never calls KryoNet's {@code getKryo()} and is not used with KryoNet's RMI. Reading happens on the
 * endpoint's update thread only.
 */
final class WireSerialization implements Serialization {

    /** A decoded Javelin frame as handed to the listener; reused, valid during the listener call only. */
    static final class Inbound {
        Object message;
        int kind;
    }

    private final FrameDecoder decoder;
    private final FrameEncoder frameworkEncoder;
    private final Inbound inbound = new Inbound();
    private byte[] scratch = new byte[0];
    /**
     * TCP bytes read through this serialization, length prefixes included; counted on the reading thread only
     * (writing is left alone: the server's step writes, and its path stays as it was for the allocation test).
     */
    final AtomicLong bytesRead = new AtomicLong();

    WireSerialization(WireFormat format) {
        this.decoder = format.newDecoder();
        this.frameworkEncoder = new FrameEncoder(format.registry(), format.maxReliableBytes());
    }

    @Override
    public void write(Connection connection, ByteBuffer buffer, Object object) {
        if (object instanceof FrameEncoder frame) {
            put(buffer, frame);
            return;
        }
        if (!(object instanceof FrameworkMessage)) {
            throw new KryoNetException("only encoded frames and KryoNet framework messages are written, not "
                    + object.getClass().getName());
        }
        synchronized (frameworkEncoder) {
            put(buffer, frameworkEncoder.encodeInternal(object, false, 0, 0));
        }
    }

    private static void put(ByteBuffer buffer, FrameEncoder frame) {
        if (frame.length() > buffer.remaining()) {
            throw new KryoNetException("a frame of " + frame.length() + " bytes does not fit the "
                    + buffer.remaining() + " bytes left in the send buffer");
        }
        buffer.put(frame.bytes(), 0, frame.length());
    }

    @Override
    public Object read(Connection connection, ByteBuffer buffer) {
        bytesRead.getAndAdd(buffer.remaining() + getLengthLength());
        try {
            return decode(buffer);
        } catch (KryoNetException e) {
            if (connection instanceof ServerConnection sc) {
                // KryoNet logs and closes the connection; the reason reaches the game through this field.
                sc.decodeError = e.getMessage();
            }
            throw e;
        }
    }

    private Object decode(ByteBuffer buffer) {
        int start = buffer.position();
        int length = buffer.remaining();
        byte[] bytes;
        int offset;
        if (buffer.hasArray()) {
            bytes = buffer.array();
            offset = buffer.arrayOffset() + start;
        } else {
            if (scratch.length < length) {
                scratch = new byte[length];
            }
            buffer.get(start, scratch, 0, length);
            bytes = scratch;
            offset = 0;
        }
        if (length < 2) {
            throw new KryoNetException("a frame of " + length + " bytes is too short");
        }
        int header = bytes[offset] & 0xff;
        if ((header & Wire.HEADER_MAGIC_MASK) != Wire.HEADER_MAGIC || (header & Wire.TOKENED) != 0
                || (header & Wire.KIND_MASK) > Wire.KIND_UNRELIABLE) {
            throw new KryoNetException(String.format("not a Javelin frame: header byte 0x%02x", header));
        }
        int kind = header & Wire.KIND_MASK;
        Object message = decoder.decode(bytes, offset + 1, length - 1, kind);
        buffer.position(start + length);
        if (message instanceof FrameworkMessage) {
            return message;
        }
        inbound.message = message;
        inbound.kind = kind;
        return inbound;
    }

    @Override
    public int getLengthLength() {
        return 4;
    }

    @Override
    public void writeLength(ByteBuffer buffer, int length) {
        buffer.putInt(length);
    }

    @Override
    public int readLength(ByteBuffer buffer) {
        return buffer.getInt();
    }
}

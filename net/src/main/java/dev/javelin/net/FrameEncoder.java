package dev.javelin.net;

import com.esotericsoftware.kryo.kryo5.Kryo;
import com.esotericsoftware.kryo.kryo5.KryoException;
import com.esotericsoftware.kryo.kryo5.io.KryoBufferOverflowException;
import com.esotericsoftware.kryo.kryo5.io.Output;
import dev.javelin.engine.transport.Channel;
import dev.javelin.engine.transport.MessageRegistry;
import dev.javelin.engine.transport.Transport;

import java.nio.ByteBuffer;

/**
 * Encodes one frame at a time into a buffer it owns, for the thread that owns it (see
 * {@link WireFormat#encoder()}). The encoded frame is this object itself: it is handed to KryoNet as the
 * "message", and {@link WireSerialization} copies its bytes into KryoNet's buffer in one bulk put. So a message
 * is serialized once however many connections it goes to, checked (registration, size) before KryoNet sees it,
 * and nothing is allocated per frame.
 *
 * <p>A frame stays valid until the owning thread encodes the next one.
 */
final class FrameEncoder {

    private final MessageRegistry registry;
    private final int maxReliableBytes;
    private final Kryo kryo;
    private final byte[] bytes;
    private final ByteBuffer view;
    private final LimitedOutput output;
    private int length;

    FrameEncoder(MessageRegistry registry, int maxReliableBytes) {
        this.registry = registry;
        this.maxReliableBytes = maxReliableBytes;
        this.kryo = WireKryo.create(registry);
        this.bytes = new byte[maxReliableBytes + Wire.TOKENED_PREFIX_BYTES];
        this.view = ByteBuffer.wrap(bytes);
        this.output = new LimitedOutput(bytes);
    }

    /**
     * Encodes a game message for {@code channel}.
     *
     * @param tokened true for a client's datagram, which carries {@code connectionId} and {@code token}
     * @return this, holding the frame
     * @throws IllegalArgumentException if the class (or one inside) is not registered or the message is larger
     *                                  than the channel allows
     */
    FrameEncoder encodeMessage(Object message, Channel channel, boolean tokened, int connectionId, int token) {
        registry.requireMessage(message);
        int kind = channel == Channel.RELIABLE ? Wire.KIND_RELIABLE : Wire.KIND_UNRELIABLE;
        int limit = channel == Channel.RELIABLE ? maxReliableBytes : Transport.MAX_UNRELIABLE_MESSAGE_BYTES;
        return encode(message, kind, tokened, connectionId, token, limit, channel.name());
    }

    /** Encodes an internal message; {@code tokened} as for {@link #encodeMessage}. */
    FrameEncoder encodeInternal(Object message, boolean tokened, int connectionId, int token) {
        return encode(message, Wire.KIND_INTERNAL, tokened, connectionId, token, maxReliableBytes, "internal");
    }

    private FrameEncoder encode(Object message, int kind, boolean tokened, int connectionId, int token, int limit,
                                String channelName) {
        int prefix = tokened ? Wire.TOKENED_PREFIX_BYTES : 1;
        bytes[0] = (byte) (Wire.HEADER_MAGIC | kind | (tokened ? Wire.TOKENED : 0));
        if (tokened) {
            Wire.putInt(bytes, 1, connectionId);
            Wire.putInt(bytes, 5, token);
        }
        output.start(prefix, limit + prefix - 1);
        try {
            kryo.writeClassAndObject(output, message);
        } catch (KryoBufferOverflowException e) {
            length = 0;
            throw new IllegalArgumentException(message.getClass().getName() + " is larger than the " + limit
                    + "-byte limit of the " + channelName + " channel", e);
        } catch (KryoException | IllegalArgumentException | LinkageError e) {
            length = 0;
            throw new IllegalArgumentException("cannot encode " + message.getClass().getName() + ": "
                    + e.getMessage(), e);
        }
        length = output.position();
        return this;
    }

    /** The frame's bytes; valid from 0 to {@link #length()}. */
    byte[] bytes() {
        return bytes;
    }

    /** The frame's length in bytes, header included. */
    int length() {
        return length;
    }

    /** The frame as a buffer from 0 to its length, for a datagram channel. */
    ByteBuffer buffer() {
        view.clear();
        view.limit(length);
        return view;
    }

    /** An Output over a fixed array whose end can be moved, so one array serves every channel's limit. */
    private static final class LimitedOutput extends Output {
        LimitedOutput(byte[] bytes) {
            super(bytes);
        }

        /** Starts writing at {@code from}; writing past {@code end} throws a buffer overflow. */
        void start(int from, int end) {
            position = from;
            capacity = end;
            maxCapacity = end;
            total = 0;
        }
    }
}

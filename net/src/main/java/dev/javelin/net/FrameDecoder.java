package dev.javelin.net;

import com.esotericsoftware.kryo.kryo5.Kryo;
import com.esotericsoftware.kryonet.KryoNetException;
import dev.javelin.engine.transport.MessageRegistry;

/**
 * Decodes frame bodies for one thread. Bytes are hostile: every failure (an unregistered class id, a length
 * the frame cannot hold, a truncated value, bytes left over, a class that is registered but not a message, a
 * record constructor that refuses the values) becomes a {@link KryoNetException} with a message that says
 * what was wrong, and nothing is allocated in proportion to a number read off the wire.
 */
final class FrameDecoder {

    private final MessageRegistry registry;
    private final Kryo kryo;
    private final BoundedInput input = new BoundedInput();

    FrameDecoder(MessageRegistry registry) {
        this.registry = registry;
        this.kryo = WireKryo.create(registry);
    }

    /**
     * Decodes the message in {@code bytes[offset, offset + length)}.
     *
     * @param kind {@link Wire#KIND_INTERNAL} (only internal messages accepted) or a game channel (only registry
     *             classes accepted)
     */
    Object decode(byte[] bytes, int offset, int length, int kind) {
        input.setBuffer(bytes, offset, length);
        Object message;
        try {
            message = kryo.readClassAndObject(input);
        } catch (RuntimeException | LinkageError | StackOverflowError e) {
            throw new KryoNetException("undecodable " + kindName(kind) + " frame of " + length + " bytes: "
                    + e.getMessage(), e);
        }
        if (input.position() != offset + length) {
            throw new KryoNetException((offset + length - input.position()) + " bytes left over after decoding "
                    + (message == null ? "null" : message.getClass().getName()));
        }
        if (message == null) {
            throw new KryoNetException("a " + kindName(kind) + " frame holds null");
        }
        boolean internal = WireKryo.isInternal(message);
        if (kind == Wire.KIND_INTERNAL ? !internal : !registry.contains(message.getClass())) {
            throw new KryoNetException(message.getClass().getName() + " is not allowed in a " + kindName(kind)
                    + " frame");
        }
        return message;
    }

    static String kindName(int kind) {
        return switch (kind) {
            case Wire.KIND_INTERNAL -> "internal";
            case Wire.KIND_RELIABLE -> "reliable";
            case Wire.KIND_UNRELIABLE -> "unreliable";
            default -> "unknown (" + kind + ")";
        };
    }
}

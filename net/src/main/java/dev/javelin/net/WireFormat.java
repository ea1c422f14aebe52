package dev.javelin.net;

import dev.javelin.engine.transport.MessageRegistry;

/**
 * What one {@link KryoNetTransport} shares among its endpoints: the registry, the size limits and a frame
 * encoder per sending thread (Kryo instances are not thread-safe, and a per-thread encoder needs no lock on the
 * send path).
 */
final class WireFormat {

    private final MessageRegistry registry;
    private final int maxReliableBytes;
    private final ThreadLocal<FrameEncoder> encoders;

    WireFormat(MessageRegistry registry, int maxReliableBytes) {
        this.registry = registry;
        this.maxReliableBytes = maxReliableBytes;
        this.encoders = ThreadLocal.withInitial(() -> new FrameEncoder(registry, maxReliableBytes));
        // Fail at construction, not on first send, if a registered class cannot be serialized.
        encoders.get();
    }

    MessageRegistry registry() {
        return registry;
    }

    int maxReliableBytes() {
        return maxReliableBytes;
    }

    /**
     * Size of KryoNet's object buffers: the largest frame (a reliable message, header included) plus room for a
     * datagram's token prefix.
     */
    int objectBufferBytes() {
        return maxReliableBytes + Wire.TOKENED_PREFIX_BYTES + 16;
    }

    /** The calling thread's encoder. */
    FrameEncoder encoder() {
        return encoders.get();
    }

    FrameDecoder newDecoder() {
        return new FrameDecoder(registry);
    }
}

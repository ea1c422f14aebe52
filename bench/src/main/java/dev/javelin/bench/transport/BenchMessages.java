package dev.javelin.bench.transport;

import dev.javelin.engine.transport.MessageRegistry;

/** The messages of the transport benchmark. */
final class BenchMessages {

    private BenchMessages() {
    }

    /**
     * What the server sends every client: a snapshot-sized payload stamped with the send time. A mutable class
     * so one instance is reused for every send, as a real server reuses its buffers.
     */
    static final class Probe {
        public long sentNanos;
        public byte[] payload;

        public Probe() {
        }

        Probe(int payloadBytes) {
            this.payload = new byte[payloadBytes];
        }
    }

    /** What each client sends the server every tick, like an input message. */
    record Input(int sequence, byte[] bits) {
    }

    static MessageRegistry registry() {
        return MessageRegistry.builder().register(0, Probe.class).register(1, Input.class).build();
    }
}

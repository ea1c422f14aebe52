/**
 * The network transport: {@link dev.javelin.net.KryoNetTransport} implements the engine's
 * {@code Transport} over KryoNet (TCP for reliable messages, UDP for unreliable ones) with a Kryo 5
 * serialization, a versioned handshake, pings, timeouts and hostile-input-safe decoders. Everything but the
 * transport and its options is package-private.
 */
package dev.javelin.net;

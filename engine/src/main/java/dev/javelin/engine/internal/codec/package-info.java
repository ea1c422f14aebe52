/**
 * Engine-internal: the snapshot machinery. Games do not use it directly; the server and client engines
 * do. The server captures its world once per snapshot tick into a {@link dev.javelin.engine.internal.codec.WorldFrame}
 * and writes one snapshot per client with that client's {@link dev.javelin.engine.internal.codec.SnapshotEncoder};
 * each client reads them with a {@link dev.javelin.engine.internal.codec.SnapshotDecoder}. Each object's fields
 * are written by the codec generated from its {@code @Net} fields (see {@link dev.javelin.engine.schema}).
 * Quantized state is the truth on both sides: {@link dev.javelin.engine.GameEngine} snaps registered objects
 * to their quantized values after every step, so a decoded state is bit for bit the server's.
 *
 * <p>Every failure on hostile bytes is a {@link dev.javelin.engine.internal.wire.CodecException}.
 */
package dev.javelin.engine.internal.codec;

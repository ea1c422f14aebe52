/**
 * The snapshot codec: network schemas, the class registry, bit packing and delta-encoded snapshots.
 *
 * <p>A game declares each networked class's fields in a {@link dev.javelin.engine.codec.Schema} (built on
 * the base schemas of {@link dev.javelin.engine.codec.Schemas}) and registers classes and game events with
 * stable ids in a {@link dev.javelin.engine.codec.ClassRegistry}. The server captures its world once per
 * snapshot tick into a {@link dev.javelin.engine.codec.WorldFrame} and writes one snapshot per client with
 * that client's {@link dev.javelin.engine.codec.SnapshotEncoder}; each client reads them with a
 * {@link dev.javelin.engine.codec.SnapshotDecoder}. Quantized state is the truth on both sides:
 * {@link dev.javelin.engine.GameEngine} snaps registered objects to their quantized values after every step,
 * so a decoded state is bit for bit the server's.
 *
 * <p>Every failure on hostile bytes is a {@link dev.javelin.engine.codec.CodecException}.
 */
package dev.javelin.engine.codec;

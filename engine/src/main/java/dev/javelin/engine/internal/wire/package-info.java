/**
 * Engine-internal: bit packing, variable-length codes and the per-field codes that generated codecs
 * ({@link dev.javelin.engine.internal.wire.NetCodec} subclasses written by javelin-codegen) call. Games never
 * use it directly; only the code generated from their {@code @Net} fields does.
 */
package dev.javelin.engine.internal.wire;

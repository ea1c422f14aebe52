package dev.javelin.engine.transport;

/**
 * A message that makes its own copy for an in-memory transport, because a field-by-field copy would be wrong
 * for it: a message that views part of a buffer its sender reuses copies just the bytes the wire would carry.
 * The copy shares nothing mutable with the original.
 *
 * <p>Threads: called on the sending thread, inside {@code send}.
 */
public interface DetachedCopy {

    /** A copy that the receiver may keep after the sender reuses this message's buffers. */
    Object detachedCopy();

    /** About how many bytes this message would take on a wire, for the transport's size limit. */
    int wireSizeBytes();
}

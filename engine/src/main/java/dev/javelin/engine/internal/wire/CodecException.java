package dev.javelin.engine.internal.wire;

/**
 * Every failure of the snapshot codec: bytes that are truncated, out of range, refer to an unknown
 * baseline or class, or fail their checksum ({@link DesyncException}), and a writer running out of room.
 * Decoders throw nothing else on bad input, whatever the bytes say.
 *
 * <p>Unchecked, since a caller can do nothing about malformed input but drop it (and, for a desync, ask
 * for a full snapshot).
 */
public class CodecException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** A failure described by {@code message}, which names what was wrong. */
    public CodecException(String message) {
        super(message);
    }
}

package dev.javelin.engine.internal.codec;

import dev.javelin.engine.internal.wire.CodecException;

/**
 * A snapshot decoded cleanly but the checksum over the client's resulting view does not match the
 * server's: the client's baseline differs from the server's record of it (a bug, mismatched registries
 * or corrupted bytes). The decoder keeps its previous state, and asks for a full snapshot from then on
 * (see {@link SnapshotDecoder#fullRequested()}).
 */
public final class DesyncException extends CodecException {

    private static final long serialVersionUID = 1L;

    private final int sequence;
    private final int expected;
    private final int actual;

    DesyncException(int sequence, int expected, int actual) {
        super("snapshot " + sequence + " desync: server checksum " + Integer.toHexString(expected)
                + " but the decoded view hashes to " + Integer.toHexString(actual));
        this.sequence = sequence;
        this.expected = expected;
        this.actual = actual;
    }

    /** The sequence number of the snapshot that failed. */
    public int sequence() {
        return sequence;
    }

    /** The checksum the server wrote. */
    public int expected() {
        return expected;
    }

    /** The checksum of what the client decoded. */
    public int actual() {
        return actual;
    }
}

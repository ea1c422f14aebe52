package dev.javelin.engine.client;

/** What the client has seen, for the net graph and the tools. Written on the simulation thread; volatile. */
public final class ClientStats {

    volatile long snapshotsIn;
    volatile long snapshotBytesIn;
    volatile long decodeErrors;
    volatile long desyncs;
    volatile long inputsSent;
    volatile long bytesOut;
    volatile long unexpectedMessages;
    volatile long stepResets;

    public long snapshotsIn() {
        return snapshotsIn;
    }

    /** Codec bytes received in snapshots. */
    public long snapshotBytesIn() {
        return snapshotBytesIn;
    }

    /** Snapshots that failed to decode. */
    public long decodeErrors() {
        return decodeErrors;
    }

    /** Snapshots whose decoded world disagreed with the server's checksum. */
    public long desyncs() {
        return desyncs;
    }

    /** Estimated bytes sent in input messages. */
    public long bytesOut() {
        return bytesOut;
    }

    public long inputsSent() {
        return inputsSent;
    }

    public long unexpectedMessages() {
        return unexpectedMessages;
    }

    /** Times the step count was reset because it drifted too far. */
    public long stepResets() {
        return stepResets;
    }
}

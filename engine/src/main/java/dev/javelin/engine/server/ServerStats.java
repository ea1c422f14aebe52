package dev.javelin.engine.server;

/**
 * What the server has done, for monitoring and the load tool. Written on the simulation thread;
 * volatile so that another thread may read it.
 */
public final class ServerStats {

    volatile long steps;
    volatile long snapshotsSent;
    volatile long snapshotBytesSent;
    volatile long inputsApplied;
    volatile long inputsRejected;
    volatile long inputsOverRate;
    volatile long badMessages;
    volatile long playersJoined;
    volatile long playersLeft;
    volatile long joinsRefused;
    volatile int rooms;
    final StepTimes stepTimes = new StepTimes();
    volatile long messagesReceived;
    volatile long messagesRefused;

    public long steps() {
        return steps;
    }

    public long snapshotsSent() {
        return snapshotsSent;
    }

    /** Codec bytes sent in snapshots (transport framing not included). */
    public long snapshotBytesSent() {
        return snapshotBytesSent;
    }

    public long inputsApplied() {
        return inputsApplied;
    }

    /** Inputs refused: validator, malformed, far future, out of order, queue full. */
    public long inputsRejected() {
        return inputsRejected;
    }

    /** Inputs dropped by the per-player rate limit. */
    public long inputsOverRate() {
        return inputsOverRate;
    }

    /** Messages that made no sense where they arrived (an input before joining, a second join, ...). */
    public long badMessages() {
        return badMessages;
    }

    public long playersJoined() {
        return playersJoined;
    }

    public long playersLeft() {
        return playersLeft;
    }

    /** Joins refused: player cap, credential or version too long, or the game's {@link JoinApprover}. */
    public long joinsRefused() {
        return joinsRefused;
    }

    /**
     * Players present now: joined and not yet left (a dropped player within its reconnect grace counts).
     *
     * @return the number of players
     */
    public long players() {
        return playersJoined - playersLeft;
    }

    /**
     * Rooms open, the default room included (as of the last step).
     *
     * @return the number of rooms
     */
    public int rooms() {
        return rooms;
    }

    /**
     * How long each step took on the simulation thread (wall clock, the game's step and the snapshots).
     *
     * @return the histogram, live
     */
    public StepTimes stepTimes() {
        return stepTimes;
    }

    /**
     * Inputs and messages refused so far.
     *
     * @return {@link #inputsRejected} + {@link #inputsOverRate} + {@link #badMessages} + {@link #joinsRefused}
     */
    public long refusals() {
        return inputsRejected + inputsOverRate + badMessages + joinsRefused;
    }

    /** Game messages from clients handed to the game's handlers. */
    public long messagesReceived() {
        return messagesReceived;
    }

    /**
     * Game messages from clients refused: sent before joining, of a type with no handler, over their type's
     * size bound or over the sender's message rate. None of them reached the game. Those before joining or of a
     * type with no handler are also counted in {@link #badMessages()}.
     */
    public long messagesRefused() {
        return messagesRefused;
    }
}

package dev.javelin.engine.server;

import dev.javelin.engine.world.GameObject;
import java.util.ArrayList;
import java.util.List;

/**
 * A player on the server: its id (the owner id of its objects, kept across reconnects), its name and
 * room, and its link to a transport connection. The server engine owns the mutable state; games and
 * policies read it.
 *
 * <p>Threads: the server's simulation thread.
 */
public final class ServerPlayer {

    private final int id;
    private final String name;
    private final long resumeToken;
    private final PlayerInputQueue inputs;
    private int roomId;
    private int connectionId;
    long lastHeardNanos;
    long droppedAtNanos;
    int snapshotAck = -1;
    long echoTimeNanos;
    long echoReceivedNanos;
    long inputsRejected;
    long inputsOverRate;
    double rateTokens;
    long rateRefilledNanos;
    // The player's own objects, refilled by the server on each step that sends snapshots.
    final List<GameObject> owned = new ArrayList<>();
    SnapshotSender.PlayerStream stream;

    ServerPlayer(int id, String name, long resumeToken, int roomId, PlayerInputQueue inputs) {
        this.id = id;
        this.name = name;
        this.resumeToken = resumeToken;
        this.roomId = roomId;
        this.inputs = inputs;
    }

    /** The player id. */
    public int id() {
        return id;
    }

    /** The name it joined with. */
    public String name() {
        return name;
    }

    /** The room it is in. */
    public int roomId() {
        return roomId;
    }

    void setRoomId(int roomId) {
        this.roomId = roomId;
    }

    /** The transport connection it plays through, or 0 while it is dropped and may still come back. */
    public int connectionId() {
        return connectionId;
    }

    void setConnectionId(int connectionId) {
        this.connectionId = connectionId;
    }

    long resumeToken() {
        return resumeToken;
    }

    /** Its queue of inputs waiting for their step. */
    public PlayerInputQueue inputs() {
        return inputs;
    }

    /** Inputs refused (validator, authority, far future, malformed). */
    public long inputsRejected() {
        return inputsRejected;
    }

    /** Inputs dropped for exceeding the rate limit. */
    public long inputsOverRate() {
        return inputsOverRate;
    }

    @Override
    public String toString() {
        return "player " + id + " '" + name + "' (room " + roomId + ", connection " + connectionId + ")";
    }
}

package dev.javelin.engine.server;

import dev.javelin.engine.world.GameObject;
import java.util.ArrayList;
import java.util.List;

/**
 * A player on the server: its id (the owner id of its objects, kept across reconnects), its name and
 * room, and its link to a transport connection. Games and policies read it; the server's roster, input
 * gate and snapshot sender change it through package-private methods, each named for what happened.
 *
 * <p>Threads: the server's simulation thread.
 */
public final class ServerPlayer {

    private final int id;
    private final String name;
    private final long resumeToken;
    private int roomId;
    private final PlayerInputQueue inputs;
    // The player's own objects, refilled by the snapshot sender on each step that sends snapshots.
    private final List<GameObject> owned = new ArrayList<>();
    private int connectionId;
    private long lastHeardNanos;
    private long droppedAtNanos;
    private long echoTimeNanos;
    private long echoReceivedNanos;
    private long inputsRejected;
    private long inputsOverRate;
    private double rateTokens;
    private long rateRefilledNanos;
    private SnapshotSender.PlayerStream stream;

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

    /** Puts the player in room {@code room}; see {@code ServerEngine.moveToRoom}. */
    void moveTo(int room) {
        this.roomId = room;
    }

    /** The transport connection it plays through, or 0 while it is dropped and may still come back. */
    public int connectionId() {
        return connectionId;
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

    long resumeToken() {
        return resumeToken;
    }

    /** Binds the player to {@code connection} at {@code now}: heard now, a full rate budget of {@code tokens}. */
    void connect(int connection, long now, double tokens) {
        connectionId = connection;
        lastHeardNanos = now;
        rateTokens = tokens;
        rateRefilledNanos = now;
    }

    /** The connection is gone at {@code now}; the player waits out its reconnect grace. */
    void drop(long now) {
        connectionId = 0;
        droppedAtNanos = now;
    }

    void heard(long now) {
        lastHeardNanos = now;
    }

    long lastHeardNanos() {
        return lastHeardNanos;
    }

    long droppedAtNanos() {
        return droppedAtNanos;
    }

    /** Records the client time an input message carried, to be echoed in snapshots for the round trip. */
    void echo(long clientTimeNanos, long now) {
        if (clientTimeNanos != 0 && clientTimeNanos != echoTimeNanos) {
            echoTimeNanos = clientTimeNanos;
            echoReceivedNanos = now;
        }
    }

    long echoTimeNanos() {
        return echoTimeNanos;
    }

    /** How long the echoed client time has been held by the server at {@code now}, 0 if none. */
    long echoHeldNanos(long now) {
        return echoTimeNanos == 0 ? 0 : now - echoReceivedNanos;
    }

    void countRejected() {
        inputsRejected++;
    }

    void countOverRate(int n) {
        inputsOverRate += n;
    }

    /** Refills the rate limit's token bucket at {@code perSecond} tokens a second, holding at most that many. */
    void refill(long now, int perSecond) {
        rateTokens = Math.min(perSecond, rateTokens + (now - rateRefilledNanos) * (perSecond / 1e9));
        rateRefilledNanos = now;
    }

    /** Takes one token for an input; false if none is left (the input is over the rate). */
    boolean takeToken() {
        if (rateTokens < 1) {
            return false;
        }
        rateTokens--;
        return true;
    }

    List<GameObject> owned() {
        return owned;
    }

    SnapshotSender.PlayerStream stream() {
        return stream;
    }

    void stream(SnapshotSender.PlayerStream s) {
        stream = s;
    }

    @Override
    public String toString() {
        return "player " + id + " '" + name + "' (room " + roomId + ", connection " + connectionId + ")";
    }
}

package dev.javelin.engine.client;

import dev.javelin.engine.transport.DisconnectReason;
import dev.javelin.engine.transport.Transport;
import dev.javelin.engine.transport.TransportClient;
import java.io.IOException;
import java.time.Duration;
import java.util.Set;

/**
 * Tries to get a client back to its server after the connection was lost: connects again and asks to resume
 * as the same player with its resume token, first at once, then after 250 ms, 500 ms, 1 s and every 2 s, until
 * the grace period (which should match the server's {@code reconnectGraceSeconds}) has passed since the loss.
 * A connection the server ended on purpose (a kick, a shutdown, a refusal) is not retried.
 *
 * <p>Threads: the client's simulation thread; {@link #status()} from any thread.
 */
final class Reconnector {

    private static final long FIRST_DELAY_NANOS = 250_000_000L;
    private static final long MAX_DELAY_NANOS = 2_000_000_000L;
    private static final long MAX_TRY_NANOS = 1_000_000_000L;
    private static final Set<DisconnectReason.Cause> RETRIED = Set.of(DisconnectReason.Cause.CONNECTION_LOST,
            DisconnectReason.Cause.TIMED_OUT, DisconnectReason.Cause.SEND_BUFFER_FULL);

    private final Transport transport;
    private final String host;
    private final int tcpPort;
    private final int udpPort;
    private final long graceNanos;
    private long lostAt;
    private long nextTryAt;
    private long delay;
    private int attempts;
    private boolean active;
    private volatile String status;

    Reconnector(ClientBuilder b) {
        this.transport = b.transport;
        this.host = b.host;
        this.tcpPort = b.tcpPort;
        this.udpPort = b.udpPort;
        this.graceNanos = b.reconnectGrace.toNanos();
    }

    /** Notes that the connection ended for {@code reason} at {@code now}; true if it will be retried. */
    boolean lost(DisconnectReason reason, long now) {
        active = graceNanos > 0 && RETRIED.contains(reason.cause());
        lostAt = now;
        nextTryAt = now;
        delay = FIRST_DELAY_NANOS;
        attempts = 0;
        status = "connection lost: " + reason + (active ? ", reconnecting" : "");
        return active;
    }

    /** True while retries go on. */
    boolean active() {
        return active;
    }

    /**
     * If a try is due, connects; returns the new connection (the caller sends the resume request), or
     * null if no try was due or it failed. Blocks for at most one second. Gives up once the grace has passed.
     */
    TransportClient attempt(long now) {
        if (!active || now < nextTryAt) {
            return null;
        }
        long left = lostAt + graceNanos - now;
        if (left <= 0) {
            active = false;
            status = status.replace(", reconnecting", "") + "; gave up after " + attempts + " tries";
            return null;
        }
        attempts++;
        status = status.replaceAll(", reconnecting.*", "") + ", reconnecting (try " + attempts + ", "
                + String.format("%.1f", left / 1e9) + " s left)";
        try {
            TransportClient c = transport.connect(host, tcpPort, udpPort,
                    Duration.ofNanos(Math.max(1_000_000L, Math.min(left, MAX_TRY_NANOS))));
            active = false;
            return c;
        } catch (IOException | RuntimeException e) {
            nextTryAt = now + delay;
            delay = Math.min(MAX_DELAY_NANOS, delay * 2);
            return null;
        }
    }

    /** Called when the server welcomed the client back. */
    void resumed() {
        status = null;
        active = false;
    }

    /** "connection lost: reason[, reconnecting (try n, s left)][; gave up ...]", or null while connected. */
    String status() {
        return status;
    }
}

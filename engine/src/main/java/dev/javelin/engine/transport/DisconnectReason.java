package dev.javelin.engine.transport;

import dev.javelin.engine.util.SafeText;
import java.util.Objects;

/**
 * Why a connection ended: a {@link Cause} the engine can act on plus a text for people and logs.
 *
 * @param cause  what happened, never null
 * @param detail a human-readable explanation (the kick message, the version numbers, the exception), never
 *               null, possibly empty
 */
public record DisconnectReason(Cause cause, String detail) {

    /** What ended a connection. */
    public enum Cause {
        /** This side called {@code disconnect} or {@code close}. */
        CLOSED_LOCALLY,
        /** The peer said goodbye ({@code disconnect} or {@code close} on its side). */
        CLOSED_BY_PEER,
        /** The server disconnected this client on purpose (seen by the client). */
        KICKED,
        /** The server shut down (seen by the client). */
        SERVER_SHUTDOWN,
        /** Nothing was heard from the peer within the configured timeout: it hung, or the network died. */
        TIMED_OUT,
        /** Nobody answered at that address and port (seen by a client that tried to connect). */
        UNREACHABLE,
        /** The connection broke without a goodbye: the peer's process died or a socket error occurred. */
        CONNECTION_LOST,
        /** The peer did not speak the handshake (a stray client, a port scanner), or too late. */
        HANDSHAKE_REJECTED,
        /** Both sides speak the handshake but disagree on the protocol version or the message registry. */
        VERSION_MISMATCH,
        /** The peer sent bytes that do not decode to a registered message. */
        PROTOCOL_ERROR,
        /** The peer did not read its reliable messages fast enough and the send buffer overflowed. */
        SEND_BUFFER_FULL
    }

    public DisconnectReason {
        Objects.requireNonNull(cause, "cause");
        Objects.requireNonNull(detail, "detail");
        // A detail may be the peer's words (its goodbye, its server's kick message): never log or show them raw.
        detail = SafeText.of(detail);
    }

    /** A reason with {@code cause} and {@code detail} (null becomes empty). */
    public static DisconnectReason of(Cause cause, String detail) {
        return new DisconnectReason(cause, detail == null ? "" : detail);
    }

    @Override
    public String toString() {
        return detail.isEmpty() ? cause.name() : cause + ": " + detail;
    }
}

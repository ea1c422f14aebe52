package dev.javelin.engine.transport;

import java.io.IOException;
import java.util.Objects;

/**
 * A connect or bind that failed, with the {@link DisconnectReason} that says why: no server there, the
 * handshake timed out, the server rejected this client's protocol version, and so on.
 */
public class TransportException extends IOException {

    private final transient DisconnectReason reason;

    /** @param reason why, never null; its text becomes the message */
    public TransportException(DisconnectReason reason) {
        this(reason, null);
    }

    /** @param reason why, never null; @param cause the underlying exception, may be null */
    public TransportException(DisconnectReason reason, Throwable cause) {
        super(Objects.requireNonNull(reason, "reason").toString(), cause);
        this.reason = reason;
    }

    /** Why the operation failed; never null. */
    public DisconnectReason reason() {
        return reason;
    }
}

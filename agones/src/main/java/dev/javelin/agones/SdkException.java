package dev.javelin.agones;

import java.io.IOException;

/**
 * A call to the Agones SDK sidecar failed: no answer (sidecar not up yet, timed out) or an HTTP error status.
 * Immutable; thrown on the calling thread.
 */
public final class SdkException extends IOException {

    private final int status;

    /** An error answer: {@code status} is the HTTP status, {@code message} one line naming the call. */
    public SdkException(String message, int status) {
        super(message);
        this.status = status;
    }

    /** No answer at all; {@link #status()} is 0. */
    public SdkException(String message, Throwable cause) {
        super(message, cause);
        this.status = 0;
    }

    /** The HTTP status of the answer, or 0 when there was none (refused, timed out, broken stream). */
    public int status() {
        return status;
    }

    /**
     * True when retrying the same call later may succeed: no answer, or a 5xx, 408 or 429. A 4xx other than those
     * says the request itself is wrong (an invalid label, a player tracking call with the feature gate off).
     */
    public boolean retryable() {
        return status == 0 || status >= 500 || status == 408 || status == 429;
    }
}

package dev.javelin.sample;

import dev.javelin.engine.util.SafeText;
import dev.javelin.engine.transport.TransportException;
import java.net.BindException;
import java.net.ConnectException;
import java.net.UnknownHostException;

/**
 * Turns what made the launcher fail at run time (a port in use, an unknown host, a refused connection, a server of
 * another game or version, something that is not a game server at all) into the one line the user sees. Stateless;
 * any thread.
 */
final class LaunchFailure {

    private LaunchFailure() {
    }

    /** One line, without a stack trace, saying what failed; never null. */
    static String describe(Throwable e) {
        if (e instanceof TransportException te) {
            return SafeText.of(te.reason().toString());
        }
        Throwable root = e;
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BindException) {
                return "cannot listen: " + t.getMessage() + " (is another server using the port?)";
            }
            if (t instanceof UnknownHostException) {
                return "unknown host " + t.getMessage();
            }
            if (t instanceof ConnectException) {
                return "cannot connect: " + t.getMessage() + " (is the server running at that address?)";
            }
            root = t;
        }
        String message = root.getMessage();
        return SafeText.of(root.getClass().getSimpleName() + (message == null ? "" : ": " + message));
    }
}

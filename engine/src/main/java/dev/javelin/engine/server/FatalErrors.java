package dev.javelin.engine.server;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * The process policy for a dedicated server: an error that reaches the top of any thread (an
 * {@link OutOfMemoryError} in the simulation, TCP or UDP thread, a {@link StackOverflowError}, any throwable no code
 * caught) ends the process with a non-zero status, so that a supervisor restarts it, instead of leaving a zombie
 * that holds its ports with its threads dead.
 *
 * <p>On such an error the handler frees a reserve of heap it kept for the purpose, logs one line naming the error and
 * the thread, runs the last words it was given (typically {@code transport.close(why)}, which tells each client why)
 * on a helper thread for at most {@link #LAST_WORDS_MILLIS} ms, and halts the JVM with {@link #EXIT_STATUS}. It
 * halts rather than exits: shutdown hooks could block on the very threads that died.
 *
 * <p>Install once, from the launcher's main thread, before the server starts. A library or a test that shares its
 * JVM with other work should not install it.
 */
public final class FatalErrors {

    /** The exit status after a fatal error: 70, {@code EX_SOFTWARE} in sysexits.h. */
    public static final int EXIT_STATUS = 70;
    /** How long the last words may take before the process halts anyway, in milliseconds. */
    public static final long LAST_WORDS_MILLIS = 2_000;

    private static final AtomicBoolean DYING = new AtomicBoolean();
    /** Heap freed first, so that logging and the goodbyes can allocate after an OutOfMemoryError. */
    private static volatile byte[] reserve;

    private FatalErrors() {
    }

    /**
     * Makes every uncaught throwable, in any thread, fatal to the process.
     *
     * @param log        where the one line goes (the server's log; called on the dying thread); not null
     * @param lastWords  what to do before halting, given the line (say, close the transport with it); not null
     */
    public static void exitOnUncaught(Consumer<String> log, Consumer<String> lastWords) {
        Objects.requireNonNull(log, "log");
        Objects.requireNonNull(lastWords, "lastWords");
        reserve = new byte[2 << 20];
        Thread.setDefaultUncaughtExceptionHandler((thread, error) -> die(thread, error, log, lastWords));
    }

    private static void die(Thread thread, Throwable error, Consumer<String> log, Consumer<String> lastWords) {
        reserve = null;
        if (!DYING.compareAndSet(false, true)) {
            // Another thread is already saying the last words; this one just waits for the halt.
            parkForever();
        }
        String line = "server failed: " + error.getClass().getSimpleName()
                + (error.getMessage() == null ? "" : " (" + oneLine(error.getMessage()) + ")")
                + " in thread " + thread.getName() + "; exiting with status " + EXIT_STATUS;
        try {
            log.accept(line);
        } catch (Throwable ignored) {
            // The log is best effort: the exit status still tells the supervisor.
        }
        try {
            Thread words = new Thread(() -> lastWords.accept(line), "javelin-last-words");
            words.setDaemon(true);
            words.start();
            words.join(LAST_WORDS_MILLIS);
        } catch (Throwable cannotEvenStartAThread) {
            try {
                lastWords.accept(line);
            } catch (Throwable ignored) {
                // halting anyway
            }
        }
        Runtime.getRuntime().halt(EXIT_STATUS);
    }

    private static String oneLine(String text) {
        return text.replace('\n', ' ').replace('\r', ' ');
    }

    private static void parkForever() {
        while (true) {
            try {
                Thread.sleep(Long.MAX_VALUE);
            } catch (InterruptedException e) {
                // keep waiting for the halt
            }
        }
    }
}

package dev.javelin.engine.loop;

/**
 * A monotonic time source in nanoseconds. Loops and sync strategies take one so tests can drive time
 * by hand ({@link ManualClock}); production uses {@link #system()}. Simulation steps never read it.
 */
@FunctionalInterface
public interface Clock {

    /** Monotonic nanoseconds; only differences are meaningful. Thread-safe. */
    long nanoTime();

    /** {@link System#nanoTime()}. */
    static Clock system() {
        return System::nanoTime;
    }
}

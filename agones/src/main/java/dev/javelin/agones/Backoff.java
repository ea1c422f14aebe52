package dev.javelin.agones;

import java.time.Duration;

/**
 * Exponential backoff between retries: {@code first}, then doubled after each failure, never above {@code max}.
 * Immutable.
 *
 * @param first the wait after the first failure, positive
 * @param max   the longest wait, at least {@code first}
 */
public record Backoff(Duration first, Duration max) {

    public Backoff {
        if (first == null || max == null || first.isNegative() || first.isZero() || max.compareTo(first) < 0) {
            throw new IllegalArgumentException("backoff needs 0 < first <= max, was " + first + ", " + max);
        }
    }

    /** 100 ms doubling up to 5 s: a sidecar that starts after the game is found within a few seconds. */
    public static Backoff standard() {
        return new Backoff(Duration.ofMillis(100), Duration.ofSeconds(5));
    }

    /** The wait after {@code failures} consecutive failures (1 for the first). */
    public Duration after(int failures) {
        Duration d = first;
        for (int i = 1; i < failures && d.compareTo(max) < 0; i++) {
            d = d.multipliedBy(2);
        }
        return d.compareTo(max) > 0 ? max : d;
    }
}

package dev.javelin.metrics;

import java.util.Locale;

/**
 * What a server did during one interval, from its {@code ServerStats}. Immutable.
 *
 * @param seconds          length of the interval in seconds
 * @param players          players present at its end (a dropped player within its reconnect grace counts)
 * @param rooms            rooms opened at its end
 * @param steps            steps run during the interval
 * @param stepP50Millis    median step duration during the interval, in milliseconds (0 without steps)
 * @param stepP99Millis    99th-percentile step duration, in milliseconds (0 without steps)
 * @param kbitInPerSecond  kilobits (1,000 bits) per second received by the transport, framing included; -1 if
 *                         the transport does not count its bytes
 * @param kbitOutPerSecond kilobits per second of snapshots the server encoded (their payload: framing and
 *                         reliable messages not included; snapshots are nearly all of a server's traffic out)
 * @param refusals         inputs and messages refused during the interval (rejected, over the rate limit, or
 *                         making no sense where they arrived)
 */
public record ServerSample(double seconds, long players, int rooms, long steps, double stepP50Millis,
                           double stepP99Millis, double kbitInPerSecond, double kbitOutPerSecond, long refusals) {

    /**
     * One line for a server's log, for example
     * {@code players 3, rooms 1, tick p50 0.42 ms p99 1.31 ms, in 24.0 kbit/s, out 310.5 kbit/s, refused 0}.
     *
     * @return the line, without a line break
     */
    public String statusLine() {
        String in = kbitInPerSecond < 0 ? "n/a" : String.format(Locale.ROOT, "%.1f kbit/s", kbitInPerSecond);
        return String.format(Locale.ROOT, "players %d, rooms %d, tick p50 %.2f ms p99 %.2f ms, in %s, out %.1f kbit/s, "
                + "refused %d", players, rooms, stepP50Millis, stepP99Millis, in, kbitOutPerSecond, refusals);
    }
}

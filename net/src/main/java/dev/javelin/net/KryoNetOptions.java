package dev.javelin.net;

import dev.javelin.engine.loop.Clock;
import dev.javelin.engine.transport.Transport;

import java.time.Duration;
import java.util.Objects;

/**
 * Settings of a {@link KryoNetTransport}. Start from {@link #defaults()} and change what you need with the
 * {@code with*} methods; the constructor checks that the values fit together.
 *
 * @param maxReliableMessageBytes largest reliable message, encoded; KryoNet's receive buffers are this big
 *                                (one per connection), so it bounds memory per client. Default 16 KiB.
 * @param tcpWriteBufferBytes     per-connection send buffer for reliable messages waiting for the socket; a
 *                                connection whose buffer overflows (its peer stopped reading) is closed with
 *                                {@code SEND_BUFFER_FULL}. At least {@code maxReliableMessageBytes + 64}.
 *                                Default 64 KiB.
 * @param keepAlive               a TCP keep-alive is sent after this much silence. Default 1 s.
 * @param timeout                 a peer not heard from for this long is disconnected with {@code TIMED_OUT};
 *                                longer than {@code keepAlive} and {@code pingInterval}. Default 5 s, so a dead
 *                                peer is detected within 10 s with room to spare.
 * @param pingInterval            how often each side pings the other for round trip and clock. Default 500 ms.
 * @param handshakeTimeout        a TCP client that has not completed the handshake after this long is dropped
 *                                (port scanners, stray HTTP clients). Default 5 s.
 * @param clock                   the clock stamped into pings; the server's is the time base of
 *                                {@code TransportClient.serverTimeNanos()}. Default {@link Clock#system()}.
 */
public record KryoNetOptions(int maxReliableMessageBytes, int tcpWriteBufferBytes, Duration keepAlive,
                             Duration timeout, Duration pingInterval, Duration handshakeTimeout, Clock clock) {

    public KryoNetOptions {
        Objects.requireNonNull(keepAlive, "keepAlive");
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(pingInterval, "pingInterval");
        Objects.requireNonNull(handshakeTimeout, "handshakeTimeout");
        Objects.requireNonNull(clock, "clock");
        if (maxReliableMessageBytes < Transport.MAX_UNRELIABLE_MESSAGE_BYTES) {
            throw new IllegalArgumentException("maxReliableMessageBytes must be at least "
                    + Transport.MAX_UNRELIABLE_MESSAGE_BYTES + ", was " + maxReliableMessageBytes);
        }
        if (tcpWriteBufferBytes < maxReliableMessageBytes + 64) {
            throw new IllegalArgumentException("tcpWriteBufferBytes must be at least maxReliableMessageBytes + 64 = "
                    + (maxReliableMessageBytes + 64) + ", was " + tcpWriteBufferBytes);
        }
        requirePositive("keepAlive", keepAlive);
        requirePositive("pingInterval", pingInterval);
        requirePositive("handshakeTimeout", handshakeTimeout);
        if (timeout.compareTo(keepAlive) <= 0 || timeout.compareTo(pingInterval) <= 0) {
            throw new IllegalArgumentException("timeout (" + timeout.toMillis() + " ms) must be longer than keepAlive ("
                    + keepAlive.toMillis() + " ms) and pingInterval (" + pingInterval.toMillis() + " ms)");
        }
    }

    /** The defaults listed on this record. */
    public static KryoNetOptions defaults() {
        return new KryoNetOptions(Transport.DEFAULT_MAX_RELIABLE_MESSAGE_BYTES, 64 * 1024, Duration.ofSeconds(1),
                Duration.ofSeconds(5), Duration.ofMillis(500), Duration.ofSeconds(5), Clock.system());
    }

    /** These options with another reliable message limit (the write buffer grows to fit if needed). */
    public KryoNetOptions withMaxReliableMessageBytes(int bytes) {
        return new KryoNetOptions(bytes, Math.max(tcpWriteBufferBytes, bytes + 64), keepAlive, timeout, pingInterval,
                handshakeTimeout, clock);
    }

    /** These options with another per-connection TCP send buffer. */
    public KryoNetOptions withTcpWriteBufferBytes(int bytes) {
        return new KryoNetOptions(maxReliableMessageBytes, bytes, keepAlive, timeout, pingInterval, handshakeTimeout,
                clock);
    }

    /** These options with other keep-alive, timeout and ping periods (tests use short ones). */
    public KryoNetOptions withLiveness(Duration newKeepAlive, Duration newTimeout, Duration newPingInterval) {
        return new KryoNetOptions(maxReliableMessageBytes, tcpWriteBufferBytes, newKeepAlive, newTimeout,
                newPingInterval, handshakeTimeout, clock);
    }

    /** These options with another handshake timeout. */
    public KryoNetOptions withHandshakeTimeout(Duration newHandshakeTimeout) {
        return new KryoNetOptions(maxReliableMessageBytes, tcpWriteBufferBytes, keepAlive, timeout, pingInterval,
                newHandshakeTimeout, clock);
    }

    /** These options with another clock. */
    public KryoNetOptions withClock(Clock newClock) {
        return new KryoNetOptions(maxReliableMessageBytes, tcpWriteBufferBytes, keepAlive, timeout, pingInterval,
                handshakeTimeout, newClock);
    }

    private static void requirePositive(String name, Duration d) {
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, was " + d);
        }
    }
}

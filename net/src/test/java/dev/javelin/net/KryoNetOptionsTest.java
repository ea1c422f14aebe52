package dev.javelin.net;

import dev.javelin.engine.transport.Transport;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KryoNetOptionsTest {

    @Test
    void inconsistentSettingsAreRefusedWithTheirValues() {
        KryoNetOptions d = KryoNetOptions.defaults();
        assertThrows(IllegalArgumentException.class, () -> d.withMaxReliableMessageBytes(100));
        assertThrows(IllegalArgumentException.class, () -> d.withTcpWriteBufferBytes(d.maxReliableMessageBytes()));
        String msg = assertThrows(IllegalArgumentException.class, () -> d.withLiveness(Duration.ofSeconds(2),
                Duration.ofSeconds(1), Duration.ofMillis(100))).getMessage();
        assertTrue(msg.contains("1000 ms") && msg.contains("2000 ms"), msg);
        assertThrows(IllegalArgumentException.class, () -> d.withHandshakeTimeout(Duration.ZERO));
    }

    @Test
    void raisingTheReliableLimitGrowsTheWriteBuffer() {
        KryoNetOptions big = KryoNetOptions.defaults().withMaxReliableMessageBytes(200_000);
        assertEquals(200_064, big.tcpWriteBufferBytes());
        assertEquals(Transport.DEFAULT_MAX_RELIABLE_MESSAGE_BYTES, KryoNetOptions.defaults().maxReliableMessageBytes());
    }
}

package dev.javelin.net;

import com.esotericsoftware.kryonet.FrameworkMessage;
import com.esotericsoftware.kryonet.KryoNetException;
import dev.javelin.engine.world.Input;
import dev.javelin.engine.transport.Channel;
import dev.javelin.engine.transport.MessageRegistry;
import dev.javelin.engine.transport.TestMessages;
import dev.javelin.engine.transport.TestMessages.Chat;
import dev.javelin.engine.transport.TestMessages.Holder;
import dev.javelin.engine.transport.TestMessages.Plain;
import dev.javelin.engine.transport.TestMessages.Snapshot;
import dev.javelin.engine.transport.TestMessages.Unregistered;
import dev.javelin.engine.transport.Transport;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The frame format on its own, no sockets: sizes, round trips and hostile bytes. */
class WireFormatTest {

    private static final MessageRegistry REGISTRY = MessageRegistry.builder()
            .register(0, Chat.class)
            .register(1, Snapshot.class)
            .register(2, TestMessages.Probe.class)
            .register(3, TestMessages.Color.class)
            .register(4, TestMessages.Point.class)
            .register(5, TestMessages.Point[].class)
            .register(6, TestMessages.Mixed.class)
            .register(7, Plain.class)
            .register(8, Holder.class)
            .register(9, Input.class)
            .build();

    private final WireFormat format = new WireFormat(REGISTRY, 16 * 1024);
    private final WireSerialization serialization = new WireSerialization(format);

    private byte[] encode(Object message, Channel channel) {
        FrameEncoder frame = format.encoder().encodeMessage(message, channel, false, 0, 0);
        return Arrays.copyOf(frame.bytes(), frame.length());
    }

    private Object decode(byte[] frame) {
        Object read = serialization.read(null, ByteBuffer.wrap(frame));
        return read instanceof WireSerialization.Inbound in ? in.message : read;
    }

    @Test
    void aSnapshotCostsItsPayloadPlusFiveBytes() {
        byte[] payload = new byte[Transport.MAX_UNRELIABLE_PAYLOAD_BYTES];
        payload[7] = 7;
        byte[] frame = encode(new Snapshot(300, payload), Channel.UNRELIABLE);
        // header 1 + class id 1 + step varint 2 + length varint 2 + payload
        assertEquals(1 + 1 + 2 + 2 + payload.length, frame.length);
        assertEquals(0xA2, frame[0] & 0xff);
        assertEquals(new Snapshot(300, payload), decode(frame));
    }

    @Test
    void aChatCostsExactlyItsFields() {
        byte[] frame = encode(new Chat("hi", 5), Channel.RELIABLE);
        // header 1 + class id 1 + "hi" as ASCII 2 + zig-zag varint 1
        assertEquals(5, frame.length);
        assertEquals(0xA1, frame[0] & 0xff);
    }

    @Test
    void everySupportedShapeRoundTrips() {
        Object[] messages = {
            TestMessages.mixed(3), new Plain(1, "p", new int[] {1, -2, Integer.MIN_VALUE}), new Holder(null),
            new Holder(new TestMessages.Point(1, 2)), new Holder(TestMessages.Color.GREEN), new Chat("\u00e9t\u00e9 \u2603", -9),
            new Input("fire", 0.5f, -1f, 1234, 99), TestMessages.Color.RED, new TestMessages.Point[] {null}
        };
        for (Object m : messages) {
            Object back = decode(encode(m, Channel.RELIABLE));
            if (m instanceof Object[] a) {
                assertArrayEquals(a, (Object[]) back);
            } else {
                assertEquals(m, back);
            }
        }
    }

    /** A package-private class with a public constructor: Kryo's ReflectASM path fails to create it. */
    static final class Hidden {
        public int number;
        public String label;
        int[] values;

        public Hidden() {
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Hidden h && h.number == number && java.util.Objects.equals(h.label, label)
                    && Arrays.equals(h.values, values);
        }

        @Override
        public int hashCode() {
            return number;
        }
    }

    /** A package-private record. */
    record HiddenRecord(int a, Hidden inner) {
    }

    @Test
    void nonPublicClassesAndRecordsRoundTrip() {
        MessageRegistry registry = MessageRegistry.builder().register(0, Hidden.class).register(1, HiddenRecord.class)
                .build();
        WireFormat hiddenFormat = new WireFormat(registry, 4096);
        WireSerialization reader = new WireSerialization(hiddenFormat);
        Hidden hidden = new Hidden();
        hidden.number = 3;
        hidden.label = "h";
        hidden.values = new int[] {1, 2};
        for (Object m : new Object[] {hidden, new HiddenRecord(9, hidden)}) {
            FrameEncoder frame = hiddenFormat.encoder().encodeMessage(m, Channel.UNRELIABLE, false, 0, 0);
            Object read = reader.read(null, ByteBuffer.wrap(Arrays.copyOf(frame.bytes(), frame.length())));
            assertEquals(m, ((WireSerialization.Inbound) read).message);
        }
    }

    @Test
    void frameworkMessagesComeBackAsThemselves() {
        FrameworkMessage.RegisterTCP register = new FrameworkMessage.RegisterTCP();
        register.connectionID = 77;
        ByteBuffer buffer = ByteBuffer.allocate(64);
        serialization.write(null, buffer, register);
        buffer.flip();
        Object back = serialization.read(null, buffer);
        assertEquals(77, assertInstanceOf(FrameworkMessage.RegisterTCP.class, back).connectionID);
        assertEquals(0, buffer.remaining());
    }

    @Test
    void theUnreliableLimitIsOnTheEncodedMessage() {
        int overhead = encode(new Snapshot(1, new byte[0]), Channel.UNRELIABLE).length;
        int most = Transport.MAX_UNRELIABLE_MESSAGE_BYTES - overhead - 1;
        assertEquals(Transport.MAX_UNRELIABLE_MESSAGE_BYTES, encode(new Snapshot(1, new byte[most]), Channel.UNRELIABLE).length);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> encode(new Snapshot(1, new byte[most + 1]), Channel.UNRELIABLE));
        assertTrue(e.getMessage().contains(Snapshot.class.getName()) && e.getMessage().contains("UNRELIABLE"),
                e.getMessage());
        // The encoder is still usable afterwards.
        assertEquals(new Chat("ok", 1), decode(encode(new Chat("ok", 1), Channel.UNRELIABLE)));
    }

    @Test
    void unregisteredClassesAreRefusedOnSendWithTheirName() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> encode(new Unregistered(1), Channel.RELIABLE))
                .getMessage().contains(Unregistered.class.getName()));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> encode(new Holder(new Unregistered(1)), Channel.RELIABLE)).getMessage().contains("Unregistered"));
    }

    @Test
    void encodingAMessageAllocatesNothing() {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        Snapshot snapshot = new Snapshot(12, new byte[1000]);
        FrameEncoder encoder = format.encoder();
        for (int i = 0; i < 20_000; i++) {
            encoder.encodeMessage(snapshot, Channel.UNRELIABLE, i % 2 == 0, i, i);
        }
        long before = threads.getCurrentThreadAllocatedBytes();
        for (int i = 0; i < 10_000; i++) {
            encoder.encodeMessage(snapshot, Channel.UNRELIABLE, i % 2 == 0, i, i);
        }
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;
        assertTrue(allocated < 10_000, "10,000 encodes allocated " + allocated + " bytes");
    }

    // Hostile bytes: each must fail with a clear KryoNetException and allocate nothing large.

    private static byte[] frame(int... bytes) {
        byte[] b = new byte[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            b[i] = (byte) bytes[i];
        }
        return b;
    }

    private String rejects(byte[] frame) {
        return assertThrows(KryoNetException.class, () -> decode(frame)).getMessage();
    }

    @Test
    void aByteArrayClaimingTwoGigabytesIsRefusedBeforeAllocating() {
        // Snapshot (kryo id 64 + 1 = 65, written as varint 67), step 0, then a byte[] length of 2^31 - 2.
        String msg = rejects(frame(0xA2, 67, 0, 0xFF, 0xFF, 0xFF, 0xFF, 0x07, 1, 2, 3));
        assertTrue(msg.contains("byte[]") && msg.contains("claims"), msg);
    }

    @Test
    void aStringClaimingAHugeLengthIsRefusedBeforeAllocating() {
        // Chat (kryo id 64, varint 66), then a UTF-8 string flagged with a char count near 2^31.
        String msg = rejects(frame(0xA1, 66, 0xFF, 0xFF, 0xFF, 0xFF, 0x07, 'a', 'b'));
        assertTrue(msg.contains("string") && msg.contains("claims"), msg);
    }

    @Test
    void garbageHeadersUnknownIdsTruncationAndLeftoversAreRefused() {
        assertTrue(rejects("GET / HTTP/1.1\r\n".getBytes()).contains("not a Javelin frame"));
        assertTrue(rejects(frame(0x16, 0x03, 0x01, 0x02, 0x00)).contains("not a Javelin frame"));
        assertTrue(rejects(frame(0xA1)).contains("too short"));
        assertTrue(rejects(frame(0xA1, 0x7F, 0x01)).contains("undecodable"));
        assertTrue(rejects(frame(0xA1, 66, 0x82)).contains("undecodable"), "truncated");
        assertEquals(new Chat("a", 1), decode(frame(0xA1, 66, 0x82, 'a', 2)));
        assertTrue(rejects(frame(0xA1, 66, 0x82, 'a', 2, 9, 9)).contains("left over"));
        assertTrue(rejects(frame(0xAA, 66, 1, 2)).contains("not a Javelin frame"), "tokened frames never arrive here");
    }

    @Test
    void registeredButNonMessageClassesAndMisplacedInternalsAreRefused() {
        // A bare byte[] (kryo id 32, varint 34) is registered for use inside messages, never as one.
        assertTrue(rejects(frame(0xA1, 34, 2, 9)).contains("not allowed"));
        // A game frame may not carry an internal message (KeepAlive, kryo id 12) and vice versa.
        assertTrue(rejects(frame(0xA1, 14)).contains("not allowed"));
        assertTrue(rejects(frame(0xA0, 66, 0x82, 'a', 2)).contains("not allowed"));
    }

    @Test
    void aRecordWhoseConstructorRefusesTheValuesIsRefused() {
        byte[] good = encode(new Input("fire", 0, 0, 1, 1), Channel.RELIABLE);
        // Replace the action "fire" (ASCII, last byte flagged) with an empty-looking string: 0x81 = "" in Kryo.
        byte[] bad = new byte[good.length - 3];
        bad[0] = good[0];
        bad[1] = good[1];
        bad[2] = (byte) 0x81;
        System.arraycopy(good, 6, bad, 3, good.length - 6);
        String msg = rejects(bad);
        assertTrue(msg.contains("refused") && msg.contains("input action"), msg);
    }

    @Test
    void nestingDeeperThanTheLimitIsRefused() {
        Object deep = TestMessages.Color.RED;
        for (int i = 0; i < Wire.MAX_DEPTH + 2; i++) {
            deep = new Holder(deep);
        }
        Object message = deep;
        assertThrows(IllegalArgumentException.class, () -> encode(message, Channel.RELIABLE));
        Object ok = new Holder(new Holder(TestMessages.Color.RED));
        assertEquals(ok, decode(encode(ok, Channel.RELIABLE)));
    }

    @Test
    void theSameRegistryDecodesTheSameBytesOnAnotherInstance() {
        byte[] frame = encode(TestMessages.mixed(5), Channel.RELIABLE);
        WireSerialization other = new WireSerialization(new WireFormat(REGISTRY, 16 * 1024));
        Object read = other.read(null, ByteBuffer.wrap(frame));
        assertEquals(TestMessages.mixed(5), ((WireSerialization.Inbound) read).message);
        assertSame(read, other.read(null, ByteBuffer.wrap(frame)), "the inbound holder is reused");
    }
}

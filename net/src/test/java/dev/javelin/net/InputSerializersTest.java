package dev.javelin.net;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.esotericsoftware.kryo.kryo5.Kryo;
import com.esotericsoftware.kryo.kryo5.KryoException;
import com.esotericsoftware.kryo.kryo5.io.Output;
import dev.javelin.engine.world.Input;
import dev.javelin.engine.protocol.InputMessage;
import dev.javelin.engine.protocol.Protocol;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The input message's hand-written serializers: the record format byte for byte, cached names, limits. */
class InputSerializersTest {

    private static final int INPUT_ID = Wire.USER_ID_BASE + Protocol.registry().idOf(Input.class);
    private static final int MESSAGE_ID = Wire.USER_ID_BASE + Protocol.registry().idOf(InputMessage.class);

    private final Kryo fast = WireKryo.create(Protocol.registry());

    private static InputMessage sample() {
        return new InputMessage(41, -123_456_789_012L, true, new Input[] {
            new Input("move", 0.5f, -1f, 100, 7, 12.25f),                      // a view lag (interpolating client)
            new Input("x", 0f, 0f, -3, 8),                                   // one character: Kryo's length form
            new Input("ζ-fire", 1e-3f, 3f, 101, 9),                          // not ASCII
            new Input("a".repeat(Input.MAX_ACTION_LENGTH), 0f, 0f, 102, 10),
            null,
        });
    }

    private static byte[] write(Kryo kryo, Object message) {
        Output out = new Output(4096);
        kryo.writeClassAndObject(out, message);
        return out.toBytes();
    }

    private static Object read(Kryo kryo, byte[] bytes) {
        BoundedInput in = new BoundedInput();
        in.setBuffer(bytes, 0, bytes.length);
        Object o = kryo.readClassAndObject(in);
        assertEquals(bytes.length, in.position(), "the whole message is read");
        return o;
    }

    @Test
    void writesExactlyTheBytesOfTheRecordFormat() {
        Kryo records = WireKryo.create(Protocol.registry());
        records.register(Input.class, new RecordMessageSerializer<>(records, Input.class), INPUT_ID);
        records.register(InputMessage.class, new RecordMessageSerializer<>(records, InputMessage.class), MESSAGE_ID);

        byte[] bytes = write(fast, sample());
        assertArrayEquals(write(records, sample()), bytes);
        // Each reads what the other wrote.
        InputMessage back = (InputMessage) read(records, bytes);
        assertEquals(Arrays.asList(sample().inputs()), Arrays.asList(back.inputs()));
    }

    @Test
    void roundTripsEveryShapeOfActionName() {
        InputMessage m = (InputMessage) read(fast, write(fast, sample()));
        assertEquals(41, m.snapshotAck());
        assertEquals(-123_456_789_012L, m.clientTimeNanos());
        assertTrue(m.wantFull());
        assertEquals(Arrays.asList(sample().inputs()), Arrays.asList(m.inputs()));
    }

    @Test
    void aRepeatedActionNameIsTheSameStringEachTime() {
        InputMessage a = (InputMessage) read(fast, write(fast, sample()));
        InputMessage b = (InputMessage) read(fast, write(fast, sample()));
        assertSame(a.inputs()[0].action(), b.inputs()[0].action());
        assertSame(a.inputs()[3].action(), b.inputs()[3].action());
    }

    @Test
    void namesThatShareACacheSlotStillDecodeToThemselves() {
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < 500; i++) {
                String name = "act" + i;
                Input in = (Input) read(fast, write(fast, new Input(name, 0, 0, i, i)));
                assertEquals(name, in.action());
            }
        }
    }

    @Test
    void anAsciiNameLongerThanAnActionMayBeIsRefusedBeforeAStringIsMade() {
        Output out = new Output(256);
        out.writeVarInt(INPUT_ID + 2, true);   // Kryo writes class ids plus two
        byte[] name = "b".repeat(Input.MAX_ACTION_LENGTH + 1).getBytes();
        name[name.length - 1] |= (byte) 0x80;
        out.writeBytes(name);
        out.writeFloat(0);
        out.writeFloat(0);
        out.writeVarInt(1, false);
        out.writeVarInt(1, false);
        KryoException e = assertThrows(KryoException.class, () -> read(fast, out.toBytes()));
        assertTrue(e.getMessage().contains("longer than " + Input.MAX_ACTION_LENGTH), e.getMessage());
    }

    @Test
    void valuesTheRecordRefusesAreRefusedAsADecodeError() {
        Output out = new Output(256);
        out.writeVarInt(INPUT_ID + 2, true);
        out.writeString("move");
        out.writeFloat(Float.NaN);
        out.writeFloat(0);
        out.writeVarInt(1, false);
        out.writeVarInt(1, false);
        out.writeFloat(0);                                                  // view lag
        KryoException e = assertThrows(KryoException.class, () -> read(fast, out.toBytes()));
        assertTrue(e.getMessage().contains("refused"), e.getMessage());
    }
}

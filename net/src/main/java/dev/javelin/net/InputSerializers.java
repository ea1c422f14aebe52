package dev.javelin.net;

import com.esotericsoftware.kryo.kryo5.Kryo;
import com.esotericsoftware.kryo.kryo5.KryoException;
import com.esotericsoftware.kryo.kryo5.Serializer;
import com.esotericsoftware.kryo.kryo5.io.Output;
import dev.javelin.engine.world.Input;
import dev.javelin.engine.protocol.InputMessage;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Hand-written serializers for the two messages a server decodes most, {@link InputMessage} and {@link Input}:
 * every client sends one input message per step, each carrying its unacknowledged inputs again. They write
 * exactly the bytes {@link RecordMessageSerializer} writes for these records (so peers and tools built on the
 * record format interoperate), but read without the argument array and the boxed components, and an input's
 * action name, almost always one of a handful, comes from a small cache of the names seen recently instead of
 * a new string per input. Both constructors still run, so the records' own validation still applies.
 *
 * <p>Each Kryo instance has its own serializers, and a Kryo instance is used by one thread at a time, so the
 * cache needs no lock.
 */
final class InputSerializers {

    private InputSerializers() {
    }

    /** {@code snapshotAck} (zig-zag varint), {@code clientTimeNanos} (zig-zag varlong), {@code wantFull}, inputs. */
    static final class MessageSerializer extends Serializer<InputMessage> {

        MessageSerializer() {
            setImmutable(true);
        }

        @Override
        public void write(Kryo kryo, Output output, InputMessage m) {
            output.writeVarInt(m.snapshotAck(), false);
            output.writeVarLong(m.clientTimeNanos(), false);
            output.writeBoolean(m.wantFull());
            kryo.writeObjectOrNull(output, m.inputs(), Input[].class);
        }

        @Override
        public InputMessage read(Kryo kryo, com.esotericsoftware.kryo.kryo5.io.Input input,
                                 Class<? extends InputMessage> type) {
            int ack = input.readVarInt(false);
            long time = input.readVarLong(false);
            boolean wantFull = input.readBoolean();
            Input[] inputs = kryo.readObjectOrNull(input, Input[].class);
            return new InputMessage(ack, time, wantFull, inputs);
        }
    }

    /** {@code action} (Kryo's string format, with a null marker), x, y (floats), step, sequence (zig-zag varints). */
    static final class InputSerializer extends Serializer<Input> {

        // Direct-mapped: a name evicts the one in its slot. A peer sending random names only makes misses.
        private static final int CACHE = 64;
        private final byte[][] cachedBytes = new byte[CACHE][];
        private final String[] cachedNames = new String[CACHE];
        private final byte[] scratch = new byte[Input.MAX_ACTION_LENGTH];

        InputSerializer() {
            setImmutable(true);
        }

        @Override
        public void write(Kryo kryo, Output output, Input in) {
            output.writeString(in.action());
            output.writeFloat(in.x());
            output.writeFloat(in.y());
            output.writeVarInt(in.step(), false);
            output.writeVarInt(in.sequence(), false);
            output.writeFloat(in.viewLag());
        }

        @Override
        public Input read(Kryo kryo, com.esotericsoftware.kryo.kryo5.io.Input input, Class<? extends Input> type) {
            String action = readAction(input);
            float x = input.readFloat();
            float y = input.readFloat();
            int step = input.readVarInt(false);
            int sequence = input.readVarInt(false);
            float viewLag = input.readFloat();
            try {
                return new Input(action, x, y, step, sequence, viewLag);
            } catch (IllegalArgumentException e) {
                throw new KryoException("the constructor of " + Input.class.getName()
                        + " refused the decoded values: " + e, e);
            }
        }

        /**
         * Kryo writes a string of two or more ASCII characters as its bytes with the last one's high bit set;
         * anything else (null, empty, one character, non-ASCII) starts with a flagged length, and is read the
         * ordinary way. An ASCII name longer than an action may be is refused here, before any string is made.
         */
        private String readAction(com.esotericsoftware.kryo.kryo5.io.Input input) {
            int start = input.position();
            if (input.limit() - start < 2 || (input.getBuffer()[start] & 0x80) != 0) {
                return input.readString();
            }
            int n = 0;
            while (true) {
                byte b = input.readByte();
                if (n == scratch.length) {
                    throw new KryoException("input action longer than " + Input.MAX_ACTION_LENGTH + " characters");
                }
                scratch[n++] = (byte) (b & 0x7f);
                if ((b & 0x80) != 0) {
                    break;
                }
            }
            int hash = 1;
            for (int i = 0; i < n; i++) {
                hash = 31 * hash + scratch[i];
            }
            int slot = (hash ^ (hash >>> 16)) & (CACHE - 1);
            byte[] known = cachedBytes[slot];
            if (known != null && Arrays.equals(known, 0, known.length, scratch, 0, n)) {
                return cachedNames[slot];
            }
            String name = new String(scratch, 0, n, StandardCharsets.US_ASCII);
            cachedBytes[slot] = Arrays.copyOf(scratch, n);
            cachedNames[slot] = name;
            return name;
        }
    }
}

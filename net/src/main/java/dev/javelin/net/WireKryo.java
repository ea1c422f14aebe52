package dev.javelin.net;

import com.esotericsoftware.kryo.kryo5.Kryo;
import com.esotericsoftware.kryonet.FrameworkMessage;
import dev.javelin.engine.world.Input;
import dev.javelin.engine.protocol.InputMessage;
import dev.javelin.engine.protocol.SnapshotPacket;
import dev.javelin.engine.transport.MessageRegistry;

/**
 * Builds the Kryo 5 instances that encode and decode frames. Every instance built from the same registry
 * assigns the same ids, on every machine: 0-9 Kryo's primitives and String, 10-14 KryoNet's framework messages
 * (in KryoNet's own order), 16-22 Javelin's internal messages, 32-41 the bounded built-in arrays and
 * {@code ArrayList}, and {@link Wire#USER_ID_BASE} + id for each class of the {@link MessageRegistry}.
 *
 * <p>Registration is required (a peer can name only these classes), references are off (no object graphs,
 * no back-references to forge) and nesting is capped at {@link Wire#MAX_DEPTH}.
 */
final class WireKryo {

    private WireKryo() {
    }

    static Kryo create(MessageRegistry registry) {
        Kryo kryo = new Kryo();
        kryo.setRegistrationRequired(true);
        kryo.setReferences(false);
        kryo.setMaxDepth(Wire.MAX_DEPTH);
        kryo.setInstantiatorStrategy(new ConstructorInstantiator());
        kryo.register(FrameworkMessage.RegisterTCP.class, 10);
        kryo.register(FrameworkMessage.RegisterUDP.class, 11);
        kryo.register(FrameworkMessage.KeepAlive.class, 12);
        kryo.register(FrameworkMessage.DiscoverHost.class, 13);
        kryo.register(FrameworkMessage.Ping.class, 14);
        registerRecord(kryo, Wire.Hello.class, 16);
        registerRecord(kryo, Wire.ConnectionAccepted.class, 17);
        registerRecord(kryo, Wire.Reject.class, 18);
        registerRecord(kryo, Wire.Goodbye.class, 19);
        registerRecord(kryo, Wire.ClockPing.class, 20);
        registerRecord(kryo, Wire.ClockPong.class, 21);
        registerRecord(kryo, Wire.UdpPort.class, 22);
        BoundedSerializers.registerBuiltIns(kryo);
        for (Class<?> type : registry.types()) {
            int id = Wire.USER_ID_BASE + registry.idOf(type);
            if (type == Input.class) {
                kryo.register(type, new InputSerializers.InputSerializer(), id);
            } else if (type == InputMessage.class) {
                kryo.register(type, new InputSerializers.MessageSerializer(), id);
            } else if (type == SnapshotPacket.class) {
                kryo.register(type, new SnapshotPacketSerializer(), id);
            } else if (type.isRecord()) {
                registerRecord(kryo, type, id);
            } else if (type.isArray()) {
                kryo.register(type, new BoundedSerializers.ObjectArray(type.getComponentType()), id);
            } else {
                kryo.register(type, id);
            }
        }
        return kryo;
    }

    private static <T> void registerRecord(Kryo kryo, Class<T> type, int id) {
        kryo.register(type, new RecordMessageSerializer<>(kryo, type), id);
    }

    /** True for the internal messages that only Javelin itself sends. */
    static boolean isInternal(Object message) {
        return message instanceof FrameworkMessage || message instanceof Wire.Hello || message instanceof Wire.ConnectionAccepted
                || message instanceof Wire.Reject || message instanceof Wire.Goodbye
                || message instanceof Wire.ClockPing || message instanceof Wire.ClockPong || message instanceof Wire.UdpPort;
    }
}

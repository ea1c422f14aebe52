package dev.javelin.bench.codec;

import com.esotericsoftware.kryo.kryo5.Kryo;
import com.esotericsoftware.kryo.kryo5.Serializer;
import com.esotericsoftware.kryo.kryo5.io.Input;
import com.esotericsoftware.kryo.kryo5.io.Output;
import dev.javelin.bench.bandwidth.CubeGame;
import dev.javelin.engine.world.DynamicObject;
import dev.javelin.engine.world.GameObject;

/**
 * The Kryo 5 side of the codec benchmark, set up for speed as Kryo's documentation recommends:
 * registration required (a class is written as its small registered id), references off, unsafe
 * input and output, and one hand-written serializer per class that writes exactly the fields Javelin
 * networks (ids as variable-length ints, floats and vectors raw), so Kryo does no reflection and no
 * field lookups. Reading makes new objects, as a Kryo serializer does. Not thread-safe (Kryo is not).
 */
final class KryoBaseline {

    private KryoBaseline() {
    }

    static Kryo kryo() {
        Kryo kryo = new Kryo();
        kryo.setRegistrationRequired(true);
        kryo.setReferences(false);
        kryo.register(DynamicObject.class, new DynamicSerializer(), 10);
        kryo.register(CubeGame.Cube.class, new CubeSerializer(), 11);
        return kryo;
    }

    private static void writeIds(Output out, GameObject o) {
        out.writeVarInt(o.ownerId(), true);
        out.writeVarInt(o.roomId(), true);
        out.writeVarInt(o.predictionKey(), true);
    }

    private static void readIds(Input in, GameObject o) {
        o.setOwnerId(in.readVarInt(true));
        o.setRoomId(in.readVarInt(true));
        o.setPredictionKey(in.readVarInt(true));
    }

    /** Every networked field of a {@link DynamicObject}. */
    static final class DynamicSerializer extends Serializer<DynamicObject> {
        @Override
        public void write(Kryo kryo, Output out, DynamicObject o) {
            writeIds(out, o);
            out.writeFloat(o.position.x);
            out.writeFloat(o.position.y);
            out.writeFloat(o.velocity.x);
            out.writeFloat(o.velocity.y);
            out.writeFloat(o.angle);
            out.writeFloat(o.angularVelocity);
            out.writeFloat(o.width);
            out.writeFloat(o.height);
            out.writeFloat(o.friction);
            out.writeFloat(o.maxSpeed);
            out.writeFloat(o.mass);
            out.writeBoolean(o.isStatic);
        }

        @Override
        public DynamicObject read(Kryo kryo, Input in, Class<? extends DynamicObject> type) {
            DynamicObject o = new DynamicObject();
            readIds(in, o);
            o.position.set(in.readFloat(), in.readFloat());
            o.velocity.set(in.readFloat(), in.readFloat());
            o.angle = in.readFloat();
            o.angularVelocity = in.readFloat();
            o.width = in.readFloat();
            o.height = in.readFloat();
            o.friction = in.readFloat();
            o.maxSpeed = in.readFloat();
            o.mass = in.readFloat();
            o.isStatic = in.readBoolean();
            return o;
        }
    }

    /** Every networked field of a cube (velocities are not networked in that scene). */
    static final class CubeSerializer extends Serializer<CubeGame.Cube> {
        @Override
        public void write(Kryo kryo, Output out, CubeGame.Cube o) {
            writeIds(out, o);
            out.writeFloat(o.position.x);
            out.writeFloat(o.position.y);
            out.writeFloat(o.position.z);
            out.writeFloat(o.orientation.x);
            out.writeFloat(o.orientation.y);
            out.writeFloat(o.orientation.z);
            out.writeFloat(o.orientation.w);
            out.writeFloat(o.size.x);
            out.writeFloat(o.size.y);
            out.writeFloat(o.size.z);
            out.writeFloat(o.friction);
            out.writeFloat(o.maxSpeed);
            out.writeFloat(o.mass);
            out.writeBoolean(o.isStatic);
        }

        @Override
        public CubeGame.Cube read(Kryo kryo, Input in, Class<? extends CubeGame.Cube> type) {
            CubeGame.Cube o = new CubeGame.Cube();
            readIds(in, o);
            o.position.set(in.readFloat(), in.readFloat(), in.readFloat());
            o.orientation.set(in.readFloat(), in.readFloat(), in.readFloat(), in.readFloat());
            o.size.set(in.readFloat(), in.readFloat(), in.readFloat());
            o.friction = in.readFloat();
            o.maxSpeed = in.readFloat();
            o.mass = in.readFloat();
            o.isStatic = in.readBoolean();
            return o;
        }
    }
}

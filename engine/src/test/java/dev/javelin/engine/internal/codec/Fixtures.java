package dev.javelin.engine.internal.codec;

import dev.javelin.engine.schema.ClassRegistry;
import dev.javelin.engine.schema.FloatRange;
import dev.javelin.engine.schema.Net;
import dev.javelin.engine.schema.NetPrecision;
import dev.javelin.engine.world.DynamicObject;
import dev.javelin.engine.world.PhysicalObject3D;

/** Classes, precisions and a registry shared by the codec tests. */
final class Fixtures {

    private Fixtures() {
    }

    enum Team { RED, BLUE }

    /** A networked 2D ship with a few fields of its own, and one that is not networked. */
    public static class Ship extends DynamicObject {
        @Net(bits = 16)
        public int score;
        @Net(maxLength = 16)
        public String name = "";
        @Net
        public Team team;
        @Net
        public boolean shield;
        @Net(bits = 10, signed = true)
        public int health = 100;
        @Net(min = 0f, max = 1f, precision = 1f / 256)
        public float heat;
        /** Local bookkeeping: never sent, never copied. */
        public int localCounter;
    }

    /** A plain DynamicObject subclass with the base fields only. */
    public static class Rock extends DynamicObject {
    }

    /** A 3D crate. */
    public static class Crate extends PhysicalObject3D {
    }

    /** Not registered: lives locally only. */
    public static class Spark extends DynamicObject {
    }

    /** A game event. */
    public static class Boom {
        @Net
        public int shooter;
        @Net(min = -1024, max = 1024, precision = 1f / 16)
        public float x;
        @Net(maxLength = 24)
        public String what = "";
    }

    static NetPrecision precision2d() {
        return NetPrecision.builder()
                .position(new FloatRange(-1024, 1024, 1f / 64), new FloatRange(-1024, 1024, 1f / 64))
                .velocity(new FloatRange(-256, 256, 1f / 64))
                .angleBits(12)
                .angularVelocity(new FloatRange(-32, 32, 1f / 256))
                .build();
    }

    static NetPrecision precision3d() {
        return NetPrecision.builder()
                .position(new FloatRange(-32, 32, 1f / 512), new FloatRange(-32, 32, 1f / 512),
                        new FloatRange(0, 16, 1f / 512))
                .orientationBits(9)
                .velocity(new FloatRange(-32, 32, 1f / 256))
                .angularVelocity(new FloatRange(-16, 16, 1f / 256))
                .build();
    }

    static ClassRegistry registry() {
        return ClassRegistry.builder(precision2d())
                .object(1, Ship.class)
                .object(2, Rock.class)
                .object(7, Crate.class, precision3d())
                .event(1, Boom.class)
                .build();
    }
}

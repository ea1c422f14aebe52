package dev.javelin.engine.codec;

import dev.javelin.engine.world.DynamicObject;
import dev.javelin.engine.world.PhysicalObject3D;

/** Classes, schemas and a registry shared by the codec tests. */
final class Fixtures {

    private Fixtures() {
    }

    enum Team { RED, BLUE }

    /** A networked 2D ship with a few fields of its own. */
    public static class Ship extends DynamicObject {
        public int score;
        public String name = "";
        public Team team;
        public boolean shield;
        public int health = 100;
        public float heat;

        static final Schema<Ship> SCHEMA = base2d().extend(Ship.class)
                .uint("score", 16, s -> s.score, (s, v) -> s.score = v)
                .string("name", 16, s -> s.name, (s, v) -> s.name = v)
                .enumOf("team", Team.class, s -> s.team, (s, v) -> s.team = v)
                .bool("shield", s -> s.shield, (s, v) -> s.shield = v)
                .sint("health", 10, s -> s.health, (s, v) -> s.health = v)
                .quantized("heat", new FloatRange(0f, 1f, 1f / 256), s -> s.heat, (s, v) -> s.heat = v)
                .build();
    }

    /** A plain DynamicObject subclass using the base schema. */
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
        public int shooter;
        public float x;
        public String what = "";

        static final Schema<Boom> SCHEMA = Schema.builder(Boom.class)
                .varUint("shooter", b -> b.shooter, (b, v) -> b.shooter = v)
                .quantized("x", new FloatRange(-1024, 1024, 1f / 16), b -> b.x, (b, v) -> b.x = v)
                .string("what", 24, b -> b.what, (b, v) -> b.what = v)
                .build();
    }

    static Schema<DynamicObject> base2d() {
        return Schemas.dynamicObject(new FloatRange(-1024, 1024, 1f / 64), new FloatRange(-1024, 1024, 1f / 64),
                new FloatRange(-256, 256, 1f / 64), 12, new FloatRange(-32, 32, 1f / 256));
    }

    static Schema<PhysicalObject3D> base3d() {
        return Schemas.physicalObject3D(new FloatRange(-32, 32, 1f / 512), new FloatRange(-32, 32, 1f / 512),
                new FloatRange(0, 16, 1f / 512), 9, new FloatRange(-32, 32, 1f / 256), new FloatRange(-16, 16, 1f / 256));
    }

    static ClassRegistry registry() {
        return ClassRegistry.builder()
                .object(1, Ship.class, Ship.SCHEMA)
                .object(2, Rock.class, base2d())
                .object(7, Crate.class, base3d())
                .event(1, Boom.class, Boom.SCHEMA)
                .build();
    }
}

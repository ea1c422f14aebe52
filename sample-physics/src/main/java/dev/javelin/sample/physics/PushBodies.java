package dev.javelin.sample.physics;

import dev.javelin.engine.codec.ClassRegistry;
import dev.javelin.engine.codec.FloatRange;
import dev.javelin.engine.codec.RigidBodySchemas;
import dev.javelin.engine.codec.Schema;
import dev.javelin.engine.rigid.Fixture2D;
import dev.javelin.engine.rigid.PhysicalObject2D;
import dev.javelin.engine.rigid.Shape2D;
import java.util.List;

/**
 * The bodies of the push game and their network registration. Every class declares its fixtures from
 * networked fields only (width and height), so a client's copy has the same shapes as the server's.
 */
public final class PushBodies {

    private PushBodies() {
    }

    /** Collision category of the ground and walls. */
    public static final int SCENERY = 1;
    /** Collision category of crates and balls. */
    public static final int PROP = 2;
    /** Collision category of players. */
    public static final int PLAYER = 4;

    /** The ground and the walls: static boxes. */
    public static class Wall extends PhysicalObject2D {
        public Wall() {
            isStatic = true;
        }

        @Override
        protected void declareFixtures(List<Fixture2D> out) {
            out.add(Fixture2D.of(Shape2D.box(width, height)).friction(0.8f).filter(SCENERY, Fixture2D.ALL));
        }
    }

    /** A wooden crate, 1 by 1 unless the server made it otherwise. */
    public static class Crate extends PhysicalObject2D {
        public Crate() {
            width = height = 1f;
            // SimplePhysicsEngine has no surface friction: this per-step loss is what stops a crate there.
            friction = 0.03f;
        }

        @Override
        protected void declareFixtures(List<Fixture2D> out) {
            out.add(Fixture2D.of(Shape2D.box(width, height)).friction(0.6f).filter(PROP, Fixture2D.ALL));
        }
    }

    /** A rubber ball of diameter {@code width}. */
    public static class Ball extends PhysicalObject2D {
        public Ball() {
            width = height = 0.8f;
            mass = 0.5f;
            friction = 0.01f;
        }

        @Override
        protected void declareFixtures(List<Fixture2D> out) {
            out.add(Fixture2D.of(Shape2D.circle(width / 2)).friction(0.4f).restitution(0.5f).filter(PROP, Fixture2D.ALL));
        }
    }

    /**
     * A player: a heavy box that does not turn, never sleeps, and passes through other players (they
     * collide with scenery and props only).
     */
    public static class Pusher extends PhysicalObject2D {
        /**
         * The last step a held key ({@code left}/{@code right}) steers this pusher; after it the pusher stops.
         * Networked, since it changes what the physics does. 0 while driven by {@code move}.
         */
        public int steeredUntil;

        public Pusher() {
            width = height = 1.2f;
            mass = 6f;
            fixedRotation = true;
            canSleep = false;
        }

        @Override
        protected void declareFixtures(List<Fixture2D> out) {
            out.add(Fixture2D.of(Shape2D.box(width, height)).friction(0.2f).filter(PLAYER, SCENERY | PROP));
        }

        @Override
        public void syncTo(dev.javelin.engine.world.GameObject other) {
            super.syncTo(other);
            steeredUntil = ((Pusher) other).steeredUntil;
        }
    }

    private static final Schema<PhysicalObject2D> BODY = RigidBodySchemas.physicalObject2D(
            FloatRange.of(-32, 32, 512), FloatRange.of(-8, 56, 512), FloatRange.of(-64, 64, 256), 14,
            FloatRange.of(-32, 32, 256));

    /** The registry every engine of the push game shares. */
    public static final ClassRegistry REGISTRY = ClassRegistry.builder()
            .object(1, Wall.class, BODY.extend(Wall.class).build())
            .object(2, Crate.class, BODY.extend(Crate.class).build())
            .object(3, Ball.class, BODY.extend(Ball.class).build())
            .object(4, Pusher.class, BODY.extend(Pusher.class)
                    .varUint("steeredUntil", p -> p.steeredUntil, (p, v) -> p.steeredUntil = v).build())
            .build();
}

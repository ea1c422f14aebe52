package dev.javelin.sample.physics;

import dev.javelin.engine.schema.ClassRegistry;
import dev.javelin.engine.schema.FloatRange;
import dev.javelin.engine.schema.Net;
import dev.javelin.engine.schema.NetPrecision;
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
        @Net
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
    }

    /** Positions to 1/512 unit, velocities to 1/256 unit/s, angles in 14 bits, for every body of the game. */
    private static final NetPrecision PRECISION = NetPrecision.builder()
            .position(FloatRange.of(-32, 32, 512), FloatRange.of(-8, 56, 512))
            .velocity(FloatRange.of(-64, 64, 256)).angleBits(14)
            .angularVelocity(FloatRange.of(-32, 32, 256)).build();

    /** The registry every engine of the push game shares. */
    public static final ClassRegistry REGISTRY = ClassRegistry.builder(PRECISION)
            .object(1, Wall.class)
            .object(2, Crate.class)
            .object(3, Ball.class)
            .object(4, Pusher.class)
            .build();
}

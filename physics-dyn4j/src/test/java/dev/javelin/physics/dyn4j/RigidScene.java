package dev.javelin.physics.dyn4j;

import dev.javelin.engine.GameConfig;
import dev.javelin.engine.GameEngine;
import dev.javelin.engine.world.GameObject;
import dev.javelin.engine.world.Input;
import dev.javelin.engine.schema.ClassRegistry;
import dev.javelin.engine.schema.FloatRange;
import dev.javelin.engine.schema.NetPrecision;
import dev.javelin.engine.physics.PhysicsConfig;
import dev.javelin.engine.rigid.Fixture2D;
import dev.javelin.engine.rigid.Joint2D;
import dev.javelin.engine.rigid.PhysicalObject2D;
import dev.javelin.engine.rigid.Shape2D;
import java.util.List;

/**
 * A test world with everything that carries solver state: a stack and a pyramid of boxes that settle and
 * sleep, balls, a chain of hinges, a rod, a welded pair, and a player body that "push" inputs drive into
 * the stack.
 */
final class RigidScene extends GameEngine {

    /** A ball: one circle of diameter width. */
    public static class Ball extends PhysicalObject2D {
        public Ball() {
            width = height = 0.8f;
        }

        @Override
        protected void declareFixtures(List<Fixture2D> out) {
            out.add(Fixture2D.of(Shape2D.circle(width / 2)).restitution(0.3f));
        }
    }

    /** An L of two boxes, a convex triangle on top: several fixtures on one body. */
    public static class Ell extends PhysicalObject2D {
        public Ell() {
            width = 2;
            height = 2;
        }

        @Override
        protected void declareFixtures(List<Fixture2D> out) {
            out.add(Fixture2D.of(Shape2D.box(2, 0.5f, 0, -0.75f, 0)));
            out.add(Fixture2D.of(Shape2D.box(0.5f, 1.5f, -0.75f, 0.25f, 0)).density(2));
            out.add(Fixture2D.of(Shape2D.polygon(0.5f, -0.5f, 1f, -0.5f, 0.75f, 0f)));
        }
    }

    static final NetPrecision PRECISION = NetPrecision.builder()
            .position(FloatRange.of(-64, 64, 1024), FloatRange.of(-64, 64, 1024))
            .velocity(FloatRange.of(-64, 64, 1024)).angleBits(16)
            .angularVelocity(FloatRange.of(-32, 32, 1024)).build();

    static final ClassRegistry CLASSES = ClassRegistry.builder(PRECISION)
            .object(1, PhysicalObject2D.class)
            .object(2, Ball.class)
            .object(3, Ell.class)
            .object(4, Joint2D.class)
            .build();

    static Dyn4jConfig physicsConfig() {
        return Dyn4jConfig.builder().gravity(0, -10).build();
    }

    int collisionsStarted;
    int collisionsStopped;
    PhysicalObject2D player;

    RigidScene() {
        super(new GameConfig(60, 5, PhysicsConfig.builder().build()), new Dyn4jPhysicsEngine(physicsConfig()), CLASSES);
        events().collisionStart.subscribe((a, b) -> collisionsStarted++);
        events().collisionStop.subscribe((a, b) -> collisionsStopped++);
    }

    /** The scene's objects, added in a fixed order: the same ids on every engine that calls this. */
    RigidScene populate() {
        PhysicalObject2D ground = body(0, -0.5f, 80, 1);
        ground.isStatic = true;
        body(-30, 10, 1, 20).isStatic = true;
        body(30, 10, 1, 20).isStatic = true;
        for (int i = 0; i < 8; i++) {
            body(5, 0.5f + i, 1, 1);
        }
        for (int row = 0; row < 4; row++) {
            for (int i = 0; i < 4 - row; i++) {
                body(12 + i * 1.05f + row * 0.525f, 0.5f + row, 1, 1);
            }
        }
        for (int i = 0; i < 5; i++) {
            Ball b = addObject(new Ball());
            b.position.set(-5 + i * 0.3f, 3 + i * 1.2f);
        }
        PhysicalObject2D anchor = body(-15, 12, 0.5f, 0.5f);
        anchor.isStatic = true;
        PhysicalObject2D previous = anchor;
        for (int i = 0; i < 5; i++) {
            PhysicalObject2D link = body(-15 + 0.5f + i, 12, 1, 0.2f);
            addObject(Joint2D.revolute(previous, link, -15 + i, 12));
            previous = link;
        }
        Ball left = addObject(new Ball());
        left.position.set(-22, 6);
        Ball right = addObject(new Ball());
        right.position.set(-20, 6);
        addObject(Joint2D.distance(left, -22, 6, right, -20, 6));
        Ell ell = addObject(new Ell());
        ell.position.set(20, 4);
        PhysicalObject2D hat = body(20.5f, 5.5f, 1, 0.5f);
        addObject(Joint2D.weld(ell, hat, 20.5f, 5.25f));
        player = body(-2, 0.5f, 1, 1);
        player.setOwnerId(1);
        player.canSleep = false;
        player.mass = 4;
        return this;
    }

    /** Only the ground, a stack, a pyramid and the player: a scene that comes to rest. */
    RigidScene populateStacks() {
        body(0, -0.5f, 80, 1).isStatic = true;
        for (int i = 0; i < 8; i++) {
            body(5, 0.5f + i, 1, 1);
        }
        for (int row = 0; row < 4; row++) {
            for (int i = 0; i < 4 - row; i++) {
                body(12 + i * 1.05f + row * 0.525f, 0.5f + row, 1, 1);
            }
        }
        player = body(-2, 0.5f, 1, 1);
        player.setOwnerId(1);
        player.canSleep = false;
        return this;
    }

    private PhysicalObject2D body(float x, float y, float w, float h) {
        return addObject(new PhysicalObject2D(x, y, w, h));
    }

    @Override
    public void processInput(Input input, int playerId, boolean isServer) {
        if (input.action().equals("push")) {
            for (GameObject o : world().byOwner(playerId)) {
                if (o instanceof PhysicalObject2D p) {
                    p.velocity.x = input.x() * 6f;
                    if (input.y() > 0.5f && Math.abs(p.velocity.y) < 0.01f) {
                        p.velocity.y = 5f;
                    }
                }
            }
        }
    }

    /** Every networked field of every object, as raw bits, with the step: equal strings mean equal worlds. */
    static String fingerprint(GameEngine game) {
        StringBuilder sb = new StringBuilder().append(game.world().stepCount()).append('\n');
        for (GameObject g : game.world().objects()) {
            sb.append(g.id()).append(':');
            if (g instanceof PhysicalObject2D o) {
                sb.append(Float.floatToRawIntBits(o.position.x)).append(',')
                        .append(Float.floatToRawIntBits(o.position.y)).append(',')
                        .append(Float.floatToRawIntBits(o.velocity.x)).append(',')
                        .append(Float.floatToRawIntBits(o.velocity.y)).append(',')
                        .append(Float.floatToRawIntBits(o.angle)).append(',')
                        .append(Float.floatToRawIntBits(o.angularVelocity)).append(',')
                        .append(o.sleeping).append(',').append(o.restSteps);
            } else {
                sb.append(g);
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    /** The push input of {@code step} in the scripted run: right into the stack, back, sometimes a hop. */
    static Input scriptedInput(int step) {
        int phase = (step / 240) % 4;
        float x = phase == 0 ? 1f : phase == 1 ? 0.3f : phase == 2 ? -1f : -0.3f;
        float y = step % 97 == 0 ? 1f : 0f;
        return new Input("push", x, y, step, step);
    }
}

package dev.javelin.sample.physics;

import dev.javelin.engine.GameConfig;
import dev.javelin.engine.GameEngine;
import dev.javelin.engine.world.GameObject;
import dev.javelin.engine.world.Input;
import dev.javelin.engine.physics.PhysicsConfig;
import dev.javelin.engine.physics.PhysicsEngine;
import dev.javelin.engine.physics.SimplePhysicsEngine;
import dev.javelin.engine.physics.WorldBounds;
import dev.javelin.engine.rigid.PhysicalObject2D;
import dev.javelin.engine.server.InputValidator;
import dev.javelin.physics.dyn4j.Dyn4jConfig;
import dev.javelin.physics.dyn4j.Dyn4jPhysicsEngine;
import dev.javelin.sample.physics.PushBodies.Ball;
import dev.javelin.sample.physics.PushBodies.Crate;
import dev.javelin.sample.physics.PushBodies.Pusher;
import dev.javelin.sample.physics.PushBodies.Wall;
import java.util.Locale;

/**
 * The push game: a side view of a 40-unit-wide hall with a stack of crates, a pyramid and balls. Each
 * player drives a {@link Pusher}: {@code move} with x in [-1, 1] sets its speed, y &gt; 0.5 jumps when it
 * stands still vertically; from a keyboard, {@code left} and {@code right} (sent every step while held) run
 * and stop when no longer sent, {@code jump} hops. The server builds the hall ({@link #buildHall()}) and spawns a pusher for each
 * player who joins; clients get both from snapshots.
 *
 * <p>Threads: the simulation thread, like every {@link GameEngine}.
 */
public class PushGame extends GameEngine {

    /** Which physics engine runs the game. */
    public enum Physics {
        /** The engine's arcade physics: boxes and circles pushed apart, no rotation. */
        SIMPLE,
        /** Rigid bodies by dyn4j: stacks stand, topple and roll. */
        DYN4J;

        /** The engine named {@code name} ({@code simple} or {@code dyn4j}). */
        public static Physics parse(String name) {
            try {
                return valueOf(name.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new IllegalArgumentException("--physics must be simple or dyn4j, was '" + name + "'");
            }
        }
    }

    public static final float HALF_WIDTH = 20f;
    public static final float SPEED = 7f;
    public static final float JUMP = 6f;
    public static final float GRAVITY = -10f;

    private final Physics physics;

    public PushGame(Physics physics) {
        super(new GameConfig(GameConfig.DEFAULT_STEP_RATE, 7, PhysicsConfig.builder().build()), engine(physics),
                PushBodies.REGISTRY);
        this.physics = physics;
        events().playerJoined.subscribe(id -> {
            if (isAuthority()) {
                Pusher p = new Pusher();
                p.setOwnerId(id);
                p.position.set(-14 + 2.5f * ((id - 1) % 6), 0.6f);
                addObject(p);
            }
        });
        // A pusher steered by held keys stops the step after the keys stop coming (re-enacted steps included).
        events().preStep.subscribe((step, reenact) -> {
            for (GameObject o : world().objects()) {
                if (o instanceof Pusher p && p.steeredUntil != 0 && p.steeredUntil < step) {
                    p.velocity.x = 0f;
                    p.steeredUntil = 0;
                }
            }
        });
        events().playerDisconnected.subscribe(id -> {
            for (GameObject o : world().byOwner(id)) {
                removeObject(o.id());
            }
        });
    }

    /** The physics engine for {@code physics}, set up for the hall. */
    public static PhysicsEngine engine(Physics physics) {
        return switch (physics) {
            case DYN4J -> new Dyn4jPhysicsEngine(Dyn4jConfig.builder().gravity(0, GRAVITY).build());
            case SIMPLE -> new SimplePhysicsEngine(PhysicsConfig.builder().gravity(0, GRAVITY).autoResolve(true)
                    .restitution(0.1f).cellSize(2f).bounds(WorldBounds.NONE).build());
        };
    }

    public Physics physicsKind() {
        return physics;
    }

    /** Adds the hall: ground, two walls, a stack of six crates, a pyramid of ten and a heap of balls. Server only. */
    public void buildHall() {
        wall(0, -0.5f, 2 * HALF_WIDTH + 2, 1);
        wall(-HALF_WIDTH - 0.5f, 10, 1, 20);
        wall(HALF_WIDTH + 0.5f, 10, 1, 20);
        for (int i = 0; i < 6; i++) {
            Crate c = addObject(new Crate());
            c.position.set(-4, 0.5f + i);
        }
        for (int row = 0; row < 4; row++) {
            for (int i = 0; i < 4 - row; i++) {
                Crate c = addObject(new Crate());
                c.position.set(4 + i * 1.02f + row * 0.51f, 0.5f + row);
            }
        }
        for (int i = 0; i < 6; i++) {
            Ball b = addObject(new Ball());
            b.position.set(12 + (i % 3) * 0.82f, 0.4f + (i / 3) * 0.8f);
        }
    }

    private void wall(float x, float y, float w, float h) {
        Wall wall = new Wall();
        wall.position.set(x, y);
        wall.width = w;
        wall.height = h;
        addObject(wall);
    }

    @Override
    public void processInput(Input input, int playerId, boolean isServer) {
        Pusher p = pusherOf(playerId);
        if (p == null) {
            return;
        }
        switch (input.action()) {
            case "move" -> {
                p.velocity.x = Math.max(-1f, Math.min(1f, input.x())) * SPEED;
                p.steeredUntil = 0;
                if (input.y() > 0.5f) {
                    hop(p);
                }
            }
            case "left", "right" -> {
                p.velocity.x = input.action().equals("left") ? -SPEED : SPEED;
                p.steeredUntil = input.step() + 1;
            }
            case "jump" -> hop(p);
            default -> {
            }
        }
    }

    private static void hop(Pusher p) {
        if (Math.abs(p.velocity.y) < 0.05f) {
            p.velocity.y = JUMP;
        }
    }

    /** The server's input rule: {@code move} with both parameters in [-1, 1], {@code left}, {@code right}, {@code jump}. */
    public static InputValidator validator() {
        return (player, input) -> switch (input.action()) {
            case "move" -> Math.abs(input.x()) <= 1 && Math.abs(input.y()) <= 1;
            case "left", "right", "jump" -> true;
            default -> false;
        };
    }

    /** The pusher of {@code playerId}, or null. */
    public Pusher pusherOf(int playerId) {
        for (GameObject o : world().byOwner(playerId)) {
            if (o instanceof Pusher p) {
                return p;
            }
        }
        return null;
    }

    /** How many bodies are awake (moving or able to), for the bots' log line. */
    public int awakeBodies() {
        int n = 0;
        for (PhysicalObject2D p : world().byClass(PhysicalObject2D.class)) {
            if (!p.isStatic && !p.sleeping) {
                n++;
            }
        }
        return n;
    }
}

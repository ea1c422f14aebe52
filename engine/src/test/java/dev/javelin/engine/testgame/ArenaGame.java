package dev.javelin.engine.testgame;

import dev.javelin.engine.world.DynamicObject;
import dev.javelin.engine.GameConfig;
import dev.javelin.engine.GameEngine;
import dev.javelin.engine.world.GameObject;
import dev.javelin.engine.world.Input;
import dev.javelin.engine.schema.ClassRegistry;
import dev.javelin.engine.schema.FloatRange;
import dev.javelin.engine.schema.NetPrecision;
import dev.javelin.engine.physics.PhysicsConfig;
import dev.javelin.engine.physics.WorldBounds;
import dev.javelin.engine.server.InputValidator;
import java.util.ArrayList;
import java.util.List;

/**
 * A small networked test game: each player gets an {@link Avatar} that "move" inputs steer (velocity
 * = (x, y) × {@link #SPEED}); the server can add {@link Drone}s that drift and wrap. No collisions,
 * so a player's prediction depends on its own inputs only.
 *
 * <p>"nudge" (x = an object id) pushes that object {@link #NUDGE} units along +x: a command that names its
 * target, as unit orders in a strategy game do. The game trusts it; {@link #validator()} is what keeps a
 * player to its own objects, and what refuses unknown actions and "move" parameters outside [-1, 1].
 */
public class ArenaGame extends GameEngine {

    public static final float SIZE = 200f;
    public static final float SPEED = 30f;
    public static final float NUDGE = 1f;

    /** A player's body. */
    public static class Avatar extends DynamicObject {
        public Avatar() {
            super(0, 0, 2, 2);
        }
    }

    /** A server-driven drifter. */
    public static class Drone extends DynamicObject {
        public Drone() {
            super(0, 0, 1, 1);
        }
    }

    /**
     * A shot: "shoot" fires one from the player's avatar along +x at {@link #SHOT_SPEED}; the client predicts it
     * (keyed by the input's sequence) and the server removes it after {@link #SHOT_LIFE_STEPS}. The validator
     * refuses "shoot" with x < 0, so such a shot exists only as the client's prediction.
     */
    public static class Shot extends DynamicObject {
        /** The step it was fired at; the server's own book-keeping, not networked. */
        public int firedAtStep;

        public Shot() {
            super(0, 0, 0.5f, 0.5f);
        }
    }

    public static final float SHOT_SPEED = 60f;
    public static final int SHOT_LIFE_STEPS = 90;

    /** Positions to 1/256 unit, velocities to 1/64 unit per second, angles in 12 bits. */
    static final NetPrecision PRECISION = NetPrecision.builder()
            .position(FloatRange.of(0, SIZE, 256), FloatRange.of(0, SIZE, 256))
            .velocity(FloatRange.of(-128, 128, 64))
            .angleBits(12)
            .build();

    /** The class registry every engine of this game shares. */
    public static final ClassRegistry CLASSES = ClassRegistry.builder(PRECISION)
            .object(1, Avatar.class)
            .object(2, Drone.class)
            .object(3, Shot.class)
            .build();

    public static GameConfig arenaConfig() {
        return new GameConfig(60, 3, PhysicsConfig.builder().bounds(WorldBounds.wrap(SIZE, SIZE)).build());
    }

    private final List<Input> applied = new ArrayList<>();

    public ArenaGame() {
        super(arenaConfig(), new dev.javelin.engine.physics.SimplePhysicsEngine(arenaConfig().physics()), CLASSES);
        events().playerJoined.subscribe(id -> {
            if (isAuthority()) {
                Avatar a = new Avatar();
                a.setOwnerId(id);
                a.setRoomId(player(id).roomId());
                a.position.set(20 + 10 * id, 50);
                addObject(a);
            }
        });
        events().postStep.subscribe((step, reenact) -> {
            if (isAuthority() && !reenact) {
                for (Shot shot : world().byClass(Shot.class)) {
                    if (step - shot.firedAtStep >= SHOT_LIFE_STEPS) {
                        removeObject(shot.id());
                    }
                }
            }
        });
        events().playerDisconnected.subscribe(id -> {
            for (GameObject o : world().byOwner(id)) {
                removeObject(o.id());
            }
        });
    }

    /** Adds a drone in {@code room} at (x, y) moving at (vx, vy); server only. */
    public Drone addDrone(int room, float x, float y, float vx, float vy) {
        Drone d = new Drone();
        d.setRoomId(room);
        d.position.set(x, y);
        d.velocity.set(vx, vy);
        // Take the id now: during a step the add itself is deferred, and callers want the id at once.
        dev.javelin.engine.world.GameWorld.assignId(d, world().allocateId());
        return addObject(d);
    }

    @Override
    public void processInput(Input input, int playerId, boolean isServer) {
        if (isServer) {
            applied.add(input);
        }
        if (input.action().equals("nudge")) {
            if (world().get((int) input.x()) instanceof DynamicObject target) {
                target.position.x += NUDGE;
            }
            return;
        }
        if (input.action().equals("shoot")) {
            Avatar from = avatarOf(playerId);
            if (from != null && !(isReenacting() && !isServer)) {
                Shot shot = new Shot();
                shot.setOwnerId(playerId);
                shot.setRoomId(from.roomId());
                shot.setPredictionKey(input.sequence());
                shot.position.set(from.position.x, from.position.y);
                shot.velocity.set(SHOT_SPEED, 0);
                shot.firedAtStep = input.step();
                addObject(shot);
            }
            return;
        }
        if (!input.action().equals("move")) {
            return;
        }
        for (GameObject o : world().byOwner(playerId)) {
            if (o instanceof Avatar a) {
                a.velocity.set(input.x() * SPEED, input.y() * SPEED);
            }
        }
    }

    /**
     * The arena's server-side input rules: "move" with both parameters within [-1, 1]; "nudge" only of an
     * object the sending player owns; nothing else.
     */
    public InputValidator validator() {
        return (player, input) -> switch (input.action()) {
            case "move" -> Math.abs(input.x()) <= 1 && Math.abs(input.y()) <= 1;
            case "shoot" -> input.x() >= 0;
            case "nudge" -> {
                GameObject target = world().get((int) input.x());
                yield target != null && target.ownerId() == player.id();
            }
            default -> false;
        };
    }

    /** Inputs applied on the server, in order. */
    public List<Input> applied() {
        return applied;
    }

    /** The avatar of {@code playerId}, or null. */
    public Avatar avatarOf(int playerId) {
        for (GameObject o : world().byOwner(playerId)) {
            if (o instanceof Avatar a) {
                return a;
            }
        }
        return null;
    }
}

package dev.javelin.cubes.game;

import dev.javelin.engine.GameConfig;
import dev.javelin.engine.GameEngine;
import dev.javelin.engine.world.GameObject;
import dev.javelin.engine.world.Input;
import dev.javelin.engine.physics.PhysicsConfig;
import dev.javelin.physics.bullet.BulletConfig;
import dev.javelin.physics.bullet.BulletPhysicsEngine;

/**
 * Glenn Fiedler's networked-physics scene on Bullet: a pile of unit cubes on the ground and one big cube per
 * player, rolled with {@code forward}/{@code back}/{@code left}/{@code right} and made to hop with
 * {@code jump}; the cubes it hits tumble, stack and come to rest (and sleep). Only the authority builds the
 * scene ({@link #populate()}) and spawns players' cubes; clients get both from snapshots.
 *
 * <p>Units: metres, seconds, z up. Threads: the simulation thread, like every {@link GameEngine}.
 */
public class CubesGame extends GameEngine {

    /** Fiedler's pile: 30 × 30 cubes, plus the player's makes 901. */
    public static final int DEFAULT_GRID = 30;
    static final float ACCELERATION = 18f;
    static final float ROLL = 10f;
    static final float MAX_SPEED = 9f;
    static final float JUMP_SPEED = 6f;
    static final float SPACING = 1.5f;

    private final int grid;

    /** A game with the default pile; {@code config} from {@link #config(long, int)}. */
    public CubesGame(GameConfig config) {
        this(config, DEFAULT_GRID);
    }

    /** A game whose pile is {@code grid} × {@code grid} cubes (1 to 80). */
    public CubesGame(GameConfig config, int grid) {
        super(config, new BulletPhysicsEngine(BulletConfig.defaults()), CubesClasses.REGISTRY);
        if (grid < 1 || grid > 80) {
            throw new IllegalArgumentException("grid must be 1 to 80, was " + grid);
        }
        this.grid = grid;
        events().playerJoined.subscribe(this::spawnPlayer);
        events().playerDisconnected.subscribe(id -> {
            for (GameObject o : world().byOwner(id)) {
                removeObject(o.id());
            }
        });
    }

    /** The step rate and seed; the arcade physics settings are unused (Bullet runs the scene). */
    public static GameConfig config(long seed, int stepRate) {
        return new GameConfig(stepRate, seed, PhysicsConfig.builder().build());
    }

    /** Adds the ground and the pile, spaced on a grid with a little random yaw. Call once, on the authority. */
    public void populate() {
        addObject(new Floor());
        float start = -(grid - 1) * SPACING * 0.5f;
        for (int i = 0; i < grid; i++) {
            for (int j = 0; j < grid; j++) {
                Cube c = new Cube();
                c.position.set(start + i * SPACING, start + j * SPACING, 0.5f);
                c.orientation.rotationZ(random().nextFloat(-0.3f, 0.3f));
                addObject(c);
            }
        }
    }

    /** The pile's size along one side. */
    public int grid() {
        return grid;
    }

    /** The cube of {@code playerId}, or null. */
    public PlayerCube cubeOf(int playerId) {
        for (GameObject o : world().byOwner(playerId)) {
            if (o instanceof PlayerCube p) {
                return p;
            }
        }
        return null;
    }

    @Override
    public void processInput(Input input, int playerId, boolean isServer) {
        PlayerCube p = cubeOf(playerId);
        if (p == null) {
            return;
        }
        drive(p, input.action(), config().dtSeconds());
    }

    /** Pushes {@code p} by one input: speeds it up along the ground and spins it the way it would roll. */
    static void drive(PlayerCube p, String action, float dt) {
        float dx = 0f;
        float dy = 0f;
        switch (action) {
            case "forward" -> dy = 1f;
            case "back" -> dy = -1f;
            case "left" -> dx = -1f;
            case "right" -> dx = 1f;
            case "jump" -> {
                if (p.position.z < PlayerCube.HALF + 0.2f && Math.abs(p.velocity.z) < 0.5f) {
                    p.velocity.z = JUMP_SPEED;
                }
            }
            default -> {
                // Unknown actions are ignored: the server validates inputs before they get here.
            }
        }
        if (dx != 0f || dy != 0f) {
            p.velocity.x = clamp(p.velocity.x + dx * ACCELERATION * dt);
            p.velocity.y = clamp(p.velocity.y + dy * ACCELERATION * dt);
            // Rolling on the ground: about the horizontal axis across the push.
            p.angularVelocity.x += -dy * ROLL * dt;
            p.angularVelocity.y += dx * ROLL * dt;
        }
        p.activation = PlayerCube.ACTIVE;
        p.restSteps = 0;
    }

    private static float clamp(float v) {
        return Math.max(-MAX_SPEED, Math.min(MAX_SPEED, v));
    }

    private void spawnPlayer(int playerId) {
        if (!isAuthority() || cubeOf(playerId) != null) {
            return;
        }
        PlayerCube p = new PlayerCube();
        p.setOwnerId(playerId);
        // Players start around the pile, a few metres out, each on its own spot.
        float edge = grid * SPACING * 0.5f + 4f;
        int side = Math.floorMod(playerId, 4);
        float along = (Math.floorMod(playerId / 4, 5) - 2) * 3f;
        switch (side) {
            case 0 -> p.position.set(along, -edge, PlayerCube.HALF);
            case 1 -> p.position.set(edge, along, PlayerCube.HALF);
            case 2 -> p.position.set(along, edge, PlayerCube.HALF);
            default -> p.position.set(-edge, along, PlayerCube.HALF);
        }
        addObject(p);
    }
}

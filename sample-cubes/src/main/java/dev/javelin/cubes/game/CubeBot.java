package dev.javelin.cubes.game;

import java.util.List;
import org.joml.Vector3f;

/**
 * A bot's driving: heads for a target point and, once near, picks another across the pile, so its cube
 * ploughs through the cubes again and again; hops now and then. Deterministic from its seed.
 *
 * <p>Threads: the client's simulation thread.
 */
public final class CubeBot {

    private final java.util.Random random;
    private final Vector3f target = new Vector3f();
    private int steps;

    public CubeBot(long seed) {
        this.random = new java.util.Random(seed);
    }

    /** The actions to queue this step for {@code cube} (none while it has no cube), in a pile of {@code grid}. */
    public List<String> decide(PlayerCube cube, int grid) {
        if (cube == null) {
            return List.of();
        }
        float reach = grid * CubesGame.SPACING * 0.5f + 2f;
        if (steps++ % 300 == 0 || target.distance(cube.position.x, cube.position.y, 0f) < 2f) {
            target.set((random.nextFloat() * 2f - 1f) * reach, (random.nextFloat() * 2f - 1f) * reach, 0f);
        }
        float dx = target.x - cube.position.x;
        float dy = target.y - cube.position.y;
        String horizontal = Math.abs(dx) > 0.5f ? (dx > 0 ? "right" : "left") : null;
        String vertical = Math.abs(dy) > 0.5f ? (dy > 0 ? "forward" : "back") : null;
        boolean hop = random.nextInt(240) == 0;
        if (horizontal != null && vertical != null) {
            return hop ? List.of(horizontal, vertical, "jump") : List.of(horizontal, vertical);
        }
        String one = horizontal != null ? horizontal : vertical;
        if (one == null) {
            return hop ? List.of("jump") : List.of();
        }
        return hop ? List.of(one, "jump") : List.of(one);
    }
}

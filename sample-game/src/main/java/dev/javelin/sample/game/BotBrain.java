package dev.javelin.sample.game;

import dev.javelin.engine.util.Angles;
import dev.javelin.engine.world.GameObject;
import dev.javelin.engine.util.GameRandom;
import dev.javelin.engine.physics.WorldBounds;
import java.util.ArrayList;
import java.util.List;

/**
 * A simple pilot for bots: turn toward the nearest asteroid, thrust when far from it, fire when lined
 * up. Deterministic for a given seed and world, so tests that use it repeat.
 */
public final class BotBrain {

    private final GameRandom random;
    private final List<String> actions = new ArrayList<>(3);

    public BotBrain(long seed) {
        this.random = new GameRandom(seed);
    }

    /** The actions for this step, given the bot's ship and the world it sees; empty if it has no live ship. */
    public List<String> decide(Ship ship, Iterable<GameObject> world, WorldBounds bounds) {
        actions.clear();
        if (ship == null || !ship.alive) {
            return actions;
        }
        Asteroid target = null;
        float best = Float.MAX_VALUE;
        for (GameObject o : world) {
            if (o instanceof Asteroid a) {
                float dx = bounds.deltaX(ship.position.x, a.position.x);
                float dy = bounds.deltaY(ship.position.y, a.position.y);
                float d = dx * dx + dy * dy;
                if (d < best) {
                    best = d;
                    target = a;
                }
            }
        }
        if (target == null) {
            if (random.nextInt(4) == 0) {
                actions.add("up");
            }
            return actions;
        }
        float dx = bounds.deltaX(ship.position.x, target.position.x);
        float dy = bounds.deltaY(ship.position.y, target.position.y);
        float turn = Angles.delta(ship.angle, (float) StrictMath.atan2(dy, dx));
        if (turn > 0.08f) {
            actions.add("left");
        } else if (turn < -0.08f) {
            actions.add("right");
        }
        if (Math.abs(turn) < 0.25f && best < 500 * 500) {
            actions.add("fire");
        }
        if (best > 250 * 250 && random.nextInt(3) == 0) {
            actions.add("up");
        }
        return actions;
    }
}

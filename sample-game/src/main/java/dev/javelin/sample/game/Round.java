package dev.javelin.sample.game;

import dev.javelin.engine.schema.Net;
import dev.javelin.engine.world.GameObject;

/**
 * The round in play: the first ship to {@link #target} points wins it, the winner is shown for
 * {@link SpaceGame#ROUND_BREAK_STEPS} steps, then scores reset and the next round starts. One per world,
 * made by the server; it has no place in space and the physics never sees it.
 */
public class Round extends GameObject {

    /** The round's number, from 1. */
    @Net(bits = 16)
    public int number = 1;
    /** Points that win the round. */
    @Net(bits = 10)
    public int target = 10;
    /** The winner's name once the round is over, else empty. */
    @Net(maxLength = 16)
    public String winner = "";
    /** Step at which the next round starts while this one is over; 0 while it is being played. */
    @Net(bits = 32, signed = true)
    public int nextRoundAtStep;

    public Round() {
    }

    public Round(int target) {
        this.target = target;
    }

    /** True between a win and the start of the next round. */
    public boolean isOver() {
        return nextRoundAtStep > 0;
    }

    @Override
    public boolean isStatic() {
        return true;
    }

    @Override
    public float x() {
        return 0f;
    }

    @Override
    public float y() {
        return 0f;
    }

    @Override
    public float extentX() {
        return 0f;
    }

    @Override
    public float extentY() {
        return 0f;
    }

    @Override
    public float positionDistance(GameObject other) {
        return 0f;
    }

    @Override
    public void bendToward(GameObject target, float positionFraction, float angleFraction) {
        syncTo(target);
    }
}

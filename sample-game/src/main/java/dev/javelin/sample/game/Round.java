package dev.javelin.sample.game;

import dev.javelin.engine.world.GameObject;

/**
 * The round in play: the first ship to {@link #target} points wins it, the winner is shown for
 * {@link SpaceGame#ROUND_BREAK_STEPS} steps, then scores reset and the next round starts. One per world,
 * made by the server; it has no place in space and the physics never sees it.
 */
public class Round extends GameObject {

    /** The round's number, from 1. */
    public int number = 1;
    /** Points that win the round. */
    public int target = 10;
    /** The winner's name once the round is over, else empty. */
    public String winner = "";
    /** Step at which the next round starts while this one is over; 0 while it is being played. */
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
    public void syncTo(GameObject other) {
        super.syncTo(other);
        Round o = (Round) other;
        number = o.number;
        target = o.target;
        winner = o.winner;
        nextRoundAtStep = o.nextRoundAtStep;
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

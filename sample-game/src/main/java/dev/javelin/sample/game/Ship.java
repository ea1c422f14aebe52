package dev.javelin.sample.game;

import dev.javelin.engine.schema.Net;
import dev.javelin.engine.world.DynamicObject;

/**
 * A player's ship. It keeps its id for the whole game: when it is destroyed it goes dark for
 * {@link SpaceGame#RESPAWN_STEPS} and comes back elsewhere, so the score stays on the object the
 * scoreboard reads.
 */
public class Ship extends DynamicObject {

    public static final float SIZE = 24f;

    @Net(maxLength = 16)
    public String name = "";
    @Net(bits = 16)
    public int score;
    @Net(bits = 16)
    public int deaths;
    @Net
    public boolean alive = true;
    /** Step of the last shot, for the fire cooldown (networked, so a client predicts shots the server allows). */
    @Net(bits = 32, signed = true)
    public int lastFireStep = -1000;
    /** Step at which a dead ship comes back (networked, so a client can count down to it). */
    @Net(bits = 32, signed = true)
    public int respawnAtStep;
    /** Whether the engine fired in the step just run (networked, for the thrust flame). */
    @Net
    public boolean thrusting;
    /** Step of the last thrust applied (server-side bookkeeping for {@link #thrusting}). */
    public int lastThrustStep = -1000;
    /** Sequence of the last laser input the server judged (networked: the shooter's confirmation), 0 for none. */
    @Net
    public int laserSeq;
    /** What that laser hit as the server decided it, with lag compensation: an object id, or 0 for a miss. */
    @Net
    public int laserHitId;

    public Ship() {
        super(0, 0, SIZE, SIZE);
        maxSpeed = SpaceGame.SHIP_MAX_SPEED;
        friction = 0.005f;
    }
}

package dev.javelin.engine.world;

import dev.javelin.engine.schema.Net;
import dev.javelin.engine.schema.NetCodecs;
import dev.javelin.engine.util.MotionGrid;

/**
 * Anything that lives in a {@link GameWorld}: the common root of {@link DynamicObject} (2D) and
 * {@link PhysicalObject3D}.
 *
 * <p>Threads: an object belongs to the simulation thread of the engine that holds it. Other threads
 * never see it; the renderer reads published render states, the network reads snapshots.
 *
 * <p>Subclasses hold game state in fields. Every field that must be the same on the server and the
 * clients is marked {@link Net @Net}, once: the javelin-codegen annotation processor generates the code
 * that sends, quantizes and copies it ({@link #syncTo(GameObject)}, {@link #copy()}). Fields without it are
 * local to each side and never copied. Owner, room and prediction key are networked for every object.
 */
public abstract class GameObject {

    /** Owner id meaning "owned by no player" (the server's own objects). */
    public static final int NO_OWNER = 0;

    private int id;
    // Package-private, not private: the generated codec in this package reads and writes them.
    @Net
    int ownerId = NO_OWNER;
    @Net
    int roomId;
    @Net
    int predictionKey;
    private MotionGrid motionGrid;

    /** Stable world id, assigned by {@link GameWorld#add(GameObject)}; 0 until then. */
    public final int id() {
        return id;
    }

    final void assignId(int id) {
        this.id = id;
    }

    /** The player that drives this object, or {@link #NO_OWNER}. */
    public final int ownerId() {
        return ownerId;
    }

    public final void setOwnerId(int ownerId) {
        this.ownerId = ownerId;
    }

    /** The room this object belongs to; a player only receives its own room's objects. Default 0. */
    public final int roomId() {
        return roomId;
    }

    public final void setRoomId(int roomId) {
        this.roomId = roomId;
    }

    /**
     * A number the game gives an object it creates in answer to an input (usually the input's
     * sequence), on the server and on the predicting client alike, so the client can match its predicted
     * copy with the server's when that arrives. 0 for objects not created by prediction. Networked.
     */
    public final int predictionKey() {
        return predictionKey;
    }

    public final void setPredictionKey(int predictionKey) {
        this.predictionKey = predictionKey;
    }

    /**
     * The grid the physics moves this object on (its class's position and velocity precision, set by the
     * engine when the object is added), or null to move it freely. Local, never networked.
     */
    public final MotionGrid motionGrid() {
        return motionGrid;
    }

    public final void setMotionGrid(MotionGrid motionGrid) {
        this.motionGrid = motionGrid;
    }

    /** True for objects the physics never moves. */
    public abstract boolean isStatic();

    /** X of the object's centre in world units; the broad phase and interest management use it. */
    public abstract float x();

    /** Y of the object's centre in world units. */
    public abstract float y();

    /** Extent along x in world units (full width, not half). */
    public abstract float extentX();

    /** Extent along y in world units. */
    public abstract float extentY();

    /**
     * Copies every networked ({@link Net @Net}) field of {@code other} into this object, and its id.
     * {@code other} must be of the same class. Fields without {@code @Net} are left alone. Allocates
     * nothing (beyond the codec's one-time lookup per class).
     */
    public final void syncTo(GameObject other) {
        requireSameClass(other);
        this.id = other.id;
        NetCodecs.forCopying(getClass()).copyObject(other, this);
    }

    /**
     * Sets this object to the state between {@code from} (t = 0) and {@code to} (t = 1): positions lerp,
     * angles take the short way round, orientations slerp. Discrete fields take {@code to}'s value once
     * t reaches 1 and {@code from}'s before. Used by the interpolation strategy and the renderer.
     */
    public void interpolate(GameObject from, GameObject to, float t) {
        requireSameClass(from);
        requireSameClass(to);
        syncTo(t >= 1f ? to : from);
    }

    /**
     * How far this object's visible state is from {@code other}'s, in world units (position only).
     * Sync strategies use it to decide between bending and snapping, and the harness to measure error.
     */
    public abstract float positionDistance(GameObject other);

    /**
     * Moves this object a fraction of the way from where it is toward {@code target}: positions and
     * angles by {@code positionFraction} and {@code angleFraction} (0 keeps this state, 1 takes
     * target's). Velocities take the target's values at once, since bending exists only to hide a visible
     * jump. Sync strategies call it once per bending increment.
     */
    public abstract void bendToward(GameObject target, float positionFraction, float angleFraction);

    /**
     * Sets the visual offset so that this object is shown where {@code shownBefore} (a
     * {@link #displayCopy()} taken before a correction) was, while its simulated state stays the corrected
     * one. Sync strategies then shrink the offset step by step ("bending"). Never networked, never
     * simulated. Objects without a position keep the default, which does nothing.
     */
    public void setVisualOffset(GameObject shownBefore) {
    }

    /** Multiplies the position part of the visual offset by {@code positionKeep} and the angle part by {@code angleKeep}. */
    public void scaleVisualOffset(float positionKeep, float angleKeep) {
    }

    /** Length of the position part of the visual offset, in world units. */
    public float visualOffsetDistance() {
        return 0f;
    }

    /** Drops the visual offset: the object is shown exactly where it is simulated. */
    public void clearVisualOffset() {
    }

    /** A copy of this object as it should be shown: its networked state moved by the visual offset. */
    public GameObject displayCopy() {
        return copy();
    }

    /** A new object of the same class with the same id and networked state (see {@link #syncTo}). */
    public final GameObject copy() {
        GameObject c = newInstance();
        c.syncTo(this);
        return c;
    }

    /**
     * A new, blank instance of this object's exact class. The default uses the public no-argument
     * constructor, which network schemas require anyway.
     */
    protected GameObject newInstance() {
        try {
            return getClass().getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(getClass().getName()
                    + " needs a public no-argument constructor, or must override newInstance()", e);
        }
    }

    protected final void requireSameClass(GameObject other) {
        if (other.getClass() != getClass()) {
            throw new IllegalArgumentException("cannot sync " + getClass().getSimpleName()
                    + " with " + other.getClass().getSimpleName());
        }
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "#" + id;
    }
}

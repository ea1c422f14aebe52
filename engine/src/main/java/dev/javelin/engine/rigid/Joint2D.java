package dev.javelin.engine.rigid;

import dev.javelin.engine.schema.Net;

import dev.javelin.engine.world.GameObject;

/**
 * A joint between two {@link PhysicalObject2D}s, living in the world as an object of its own so that it is
 * networked, created and destroyed like any other (a client gets the server's joints with its snapshots).
 * Physics engines that support joints (the dyn4j binding) read it each step; a joint whose bodies are not
 * both in the world does nothing. {@code SimplePhysicsEngine} ignores joints.
 *
 * <p>Anchors are stored in each body's own coordinates, so the joint does not depend on where the bodies
 * were when it was made; the factories take a world point and convert it with the bodies' current poses.
 *
 * <ul>
 *   <li>{@link Kind#REVOLUTE}: the anchors stay together and the bodies turn freely about them (a hinge),
 *       optionally between {@link #lowerAngle} and {@link #upperAngle}.</li>
 *   <li>{@link Kind#DISTANCE}: the anchors stay {@link #length} apart; with {@link #frequency} &gt; 0 a
 *       spring of that frequency (Hz) and {@link #dampingRatio}.</li>
 *   <li>{@link Kind#WELD}: the bodies are glued at the anchor, neither sliding nor turning.</li>
 * </ul>
 *
 * <p>Units: world units, radians, hertz. Threads: the simulation thread only.
 */
public class Joint2D extends GameObject {

    /** The joint types. */
    public enum Kind { REVOLUTE, DISTANCE, WELD }

    @Net
    public Kind kind = Kind.REVOLUTE;
    /** Id of the first body. */
    @Net
    public int bodyA;
    /** Id of the second body. */
    @Net
    public int bodyB;
    /** Anchor on body A, in A's coordinates. */
    @Net
    public float anchorAX;
    @Net
    public float anchorAY;
    /** Anchor on body B, in B's coordinates. */
    @Net
    public float anchorBX;
    @Net
    public float anchorBY;
    /** Rest length of a distance joint. */
    @Net
    public float length;
    /** Spring frequency in Hz of a distance joint; 0 for a rigid rod. */
    @Net
    public float frequency;
    /** Spring damping ratio of a distance joint, 0 to 1. */
    @Net
    public float dampingRatio;
    /** True to limit a revolute joint's relative angle to [lowerAngle, upperAngle]. */
    @Net
    public boolean limited;
    @Net
    public float lowerAngle;
    @Net
    public float upperAngle;
    /** Body A's angle minus body B's when the joint was made: what a weld holds and revolute limits measure from. */
    @Net
    public float referenceAngle;
    /** True to let the two bodies collide with each other. */
    @Net
    public boolean collideConnected;
    /** Where the joint was made, in world coordinates: what interest management sees. */
    @Net
    public float worldX;
    @Net
    public float worldY;

    /** A blank joint, as a client decodes one. */
    public Joint2D() {
    }

    /** A hinge of {@code a} and {@code b} at the world point ({@code x}, {@code y}). */
    public static Joint2D revolute(PhysicalObject2D a, PhysicalObject2D b, float x, float y) {
        Joint2D j = between(Kind.REVOLUTE, a, b);
        j.anchorAX = localX(a, x, y);
        j.anchorAY = localY(a, x, y);
        j.anchorBX = localX(b, x, y);
        j.anchorBY = localY(b, x, y);
        j.referenceAngle = a.angle - b.angle;
        j.worldX = x;
        j.worldY = y;
        return j;
    }

    /** {@code a} and {@code b} glued at the world point ({@code x}, {@code y}). */
    public static Joint2D weld(PhysicalObject2D a, PhysicalObject2D b, float x, float y) {
        Joint2D j = revolute(a, b, x, y);
        j.kind = Kind.WELD;
        return j;
    }

    /**
     * A rod (or, with {@link #frequency} set afterwards, a spring) between the world points (ax, ay) on
     * {@code a} and (bx, by) on {@code b}, as long as they are apart now.
     */
    public static Joint2D distance(PhysicalObject2D a, float ax, float ay, PhysicalObject2D b, float bx, float by) {
        Joint2D j = between(Kind.DISTANCE, a, b);
        j.anchorAX = localX(a, ax, ay);
        j.anchorAY = localY(a, ax, ay);
        j.anchorBX = localX(b, bx, by);
        j.anchorBY = localY(b, bx, by);
        float dx = bx - ax;
        float dy = by - ay;
        j.length = (float) Math.sqrt(dx * dx + dy * dy);
        if (!(j.length > 0)) {
            throw new IllegalArgumentException("distance joint anchors must be apart");
        }
        j.worldX = (ax + bx) * 0.5f;
        j.worldY = (ay + by) * 0.5f;
        return j;
    }

    private static Joint2D between(Kind kind, PhysicalObject2D a, PhysicalObject2D b) {
        if (a == null || b == null || a == b) {
            throw new IllegalArgumentException("a joint needs two different bodies");
        }
        if (a.id() == 0 || b.id() == 0) {
            throw new IllegalArgumentException("add both bodies to the world before joining them");
        }
        Joint2D j = new Joint2D();
        j.kind = kind;
        j.bodyA = a.id();
        j.bodyB = b.id();
        return j;
    }

    private static float localX(PhysicalObject2D o, float x, float y) {
        float c = (float) StrictMath.cos(o.angle);
        float s = (float) StrictMath.sin(o.angle);
        return (x - o.position.x) * c + (y - o.position.y) * s;
    }

    private static float localY(PhysicalObject2D o, float x, float y) {
        float c = (float) StrictMath.cos(o.angle);
        float s = (float) StrictMath.sin(o.angle);
        return -(x - o.position.x) * s + (y - o.position.y) * c;
    }

    /** Joints are never moved by the physics. */
    @Override
    public boolean isStatic() {
        return true;
    }

    @Override
    public float x() {
        return worldX;
    }

    @Override
    public float y() {
        return worldY;
    }

    /** No extent: a joint is never part of a collision. */
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
        Joint2D o = (Joint2D) other;
        float dx = worldX - o.worldX;
        float dy = worldY - o.worldY;
        return (float) Math.sqrt(dx * dx + dy * dy);
    }

    @Override
    public void bendToward(GameObject target, float positionFraction, float angleFraction) {
        syncTo(target);
    }

    @Override
    public String toString() {
        return super.toString() + "[" + kind + " " + bodyA + "-" + bodyB + "]";
    }
}

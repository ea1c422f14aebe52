package dev.javelin.engine.world;

import dev.javelin.engine.schema.Net;
import dev.javelin.engine.schema.NetPrecision;
import dev.javelin.engine.util.Angles;

import org.joml.Vector2f;

/**
 * A 2D object that the physics moves: position, velocity, angle, angular velocity, a box of
 * width by height, friction and a speed cap.
 *
 * <p>Units: world units, seconds and radians. Velocity is in units per second, angular velocity in
 * radians per second; {@code friction} is the fraction of velocity lost per step (0 = none, 1 = stops at
 * once); {@code maxSpeed} is in units per second, 0 for no cap.
 *
 * <p>Networked: position, velocity, angle and angular velocity at the game's {@link NetPrecision}
 * (a key it leaves out is not sent), then box, friction, speed cap, mass and isStatic as exact values
 * (free on the wire while they keep their constructor's values).
 *
 * <p>Threads: the simulation thread only (see {@link GameObject}). Fields are public JOML vectors so
 * that game code reads naturally; replace their contents, never the vectors themselves.
 */
public class DynamicObject extends GameObject {

    @Net(precisionOf = NetPrecision.POSITION)
    public final Vector2f position = new Vector2f();
    @Net(precisionOf = NetPrecision.VELOCITY)
    public final Vector2f velocity = new Vector2f();
    @Net(angle = true, precisionOf = NetPrecision.ANGLE)
    public float angle;
    @Net(precisionOf = NetPrecision.ANGULAR_VELOCITY)
    public float angularVelocity;
    @Net
    public float width = 1f;
    @Net
    public float height = 1f;
    @Net
    public float friction;
    @Net
    public float maxSpeed;
    @Net
    public float mass = 1f;
    @Net
    public boolean isStatic;
    private final Vector2f offsetPosition = new Vector2f();
    private float offsetAngle;

    public DynamicObject() {
    }

    public DynamicObject(float x, float y, float width, float height) {
        position.set(x, y);
        this.width = width;
        this.height = height;
    }

    @Override
    public boolean isStatic() {
        return isStatic;
    }

    @Override
    public float x() {
        return position.x;
    }

    @Override
    public float y() {
        return position.y;
    }

    @Override
    public float extentX() {
        return width;
    }

    @Override
    public float extentY() {
        return height;
    }

    @Override
    public void interpolate(GameObject from, GameObject to, float t) {
        super.interpolate(from, to, t);
        DynamicObject a = (DynamicObject) from;
        DynamicObject b = (DynamicObject) to;
        a.position.lerp(b.position, t, position);
        a.velocity.lerp(b.velocity, t, velocity);
        angle = Angles.lerp(a.angle, b.angle, t);
        angularVelocity = a.angularVelocity + (b.angularVelocity - a.angularVelocity) * t;
    }

    @Override
    public float positionDistance(GameObject other) {
        DynamicObject o = (DynamicObject) other;
        return position.distance(o.position);
    }

    @Override
    public void bendToward(GameObject target, float positionFraction, float angleFraction) {
        requireSameClass(target);
        DynamicObject o = (DynamicObject) target;
        position.lerp(o.position, positionFraction);
        angle = Angles.lerp(angle, o.angle, angleFraction);
        velocity.set(o.velocity);
        angularVelocity = o.angularVelocity;
    }

    @Override
    public void setVisualOffset(GameObject shownBefore) {
        requireSameClass(shownBefore);
        DynamicObject b = (DynamicObject) shownBefore;
        b.position.sub(position, offsetPosition);
        offsetAngle = Angles.delta(angle, b.angle);
    }

    @Override
    public void scaleVisualOffset(float positionKeep, float angleKeep) {
        offsetPosition.mul(positionKeep);
        offsetAngle *= angleKeep;
    }

    @Override
    public float visualOffsetDistance() {
        return offsetPosition.length();
    }

    @Override
    public void clearVisualOffset() {
        offsetPosition.zero();
        offsetAngle = 0f;
    }

    @Override
    public GameObject displayCopy() {
        DynamicObject c = (DynamicObject) copy();
        c.position.add(offsetPosition);
        c.angle = Angles.normalize(c.angle + offsetAngle);
        return c;
    }

    @Override
    public String toString() {
        return super.toString() + "[pos=(" + position.x + ", " + position.y + ") vel=(" + velocity.x
                + ", " + velocity.y + ") angle=" + angle + "]";
    }
}

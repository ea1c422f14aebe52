package dev.javelin.engine.world;

import dev.javelin.engine.schema.Net;
import dev.javelin.engine.schema.NetPrecision;
import org.joml.Quaternionf;
import org.joml.Vector3f;

/**
 * A 3D object: position, velocity, orientation quaternion and angular velocity, with a box of
 * {@code size}. The broad phase and interest management use its x/y footprint; the narrow phase also
 * checks z.
 *
 * <p>Units: world units (metres in the cube benchmark), seconds, radians per second for angular
 * velocity (axis times rate). Threads: the simulation thread only.
 */
public class PhysicalObject3D extends GameObject {

    @Net(precisionOf = NetPrecision.POSITION)
    public final Vector3f position = new Vector3f();
    @Net(precisionOf = NetPrecision.ORIENTATION)
    public final Quaternionf orientation = new Quaternionf();
    @Net(precisionOf = NetPrecision.VELOCITY)
    public final Vector3f velocity = new Vector3f();
    @Net(precisionOf = NetPrecision.ANGULAR_VELOCITY)
    public final Vector3f angularVelocity = new Vector3f();
    @Net
    public final Vector3f size = new Vector3f(1f, 1f, 1f);
    @Net
    public float friction;
    @Net
    public float maxSpeed;
    @Net
    public float mass = 1f;
    @Net
    public boolean isStatic;
    private final Vector3f offsetPosition = new Vector3f();
    private final Quaternionf offsetOrientation = new Quaternionf();
    private static final Quaternionf IDENTITY = new Quaternionf();

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

    /** Z of the centre in world units. */
    public float z() {
        return position.z;
    }

    @Override
    public float extentX() {
        return size.x;
    }

    @Override
    public float extentY() {
        return size.y;
    }

    @Override
    public void interpolate(GameObject from, GameObject to, float t) {
        super.interpolate(from, to, t);
        PhysicalObject3D a = (PhysicalObject3D) from;
        PhysicalObject3D b = (PhysicalObject3D) to;
        a.position.lerp(b.position, t, position);
        a.velocity.lerp(b.velocity, t, velocity);
        a.orientation.slerp(b.orientation, t, orientation);
        a.angularVelocity.lerp(b.angularVelocity, t, angularVelocity);
    }

    @Override
    public float positionDistance(GameObject other) {
        return position.distance(((PhysicalObject3D) other).position);
    }

    @Override
    public void bendToward(GameObject target, float positionFraction, float angleFraction) {
        requireSameClass(target);
        PhysicalObject3D o = (PhysicalObject3D) target;
        position.lerp(o.position, positionFraction);
        orientation.nlerp(o.orientation, angleFraction);
        velocity.set(o.velocity);
        angularVelocity.set(o.angularVelocity);
    }

    @Override
    public void setVisualOffset(GameObject shownBefore) {
        requireSameClass(shownBefore);
        PhysicalObject3D b = (PhysicalObject3D) shownBefore;
        b.position.sub(position, offsetPosition);
        // offset * orientation = shown orientation
        orientation.invert(offsetOrientation).premul(b.orientation).normalize();
    }

    @Override
    public void scaleVisualOffset(float positionKeep, float angleKeep) {
        offsetPosition.mul(positionKeep);
        IDENTITY.nlerp(offsetOrientation, angleKeep, offsetOrientation);
    }

    @Override
    public float visualOffsetDistance() {
        return offsetPosition.length();
    }

    @Override
    public void clearVisualOffset() {
        offsetPosition.zero();
        offsetOrientation.identity();
    }

    @Override
    public GameObject displayCopy() {
        PhysicalObject3D c = (PhysicalObject3D) copy();
        c.position.add(offsetPosition);
        offsetOrientation.mul(c.orientation, c.orientation).normalize();
        return c;
    }
}

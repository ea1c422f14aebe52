package dev.javelin.physics.bullet;

import com.jme3.bullet.collision.shapes.CollisionShape;
import com.jme3.bullet.objects.PhysicsRigidBody;

/**
 * The Bullet body of one object, reused from step to step; everything the simulation reads from it is
 * written afresh before each step. Also reaches Bullet's activation state, which Libbulletjme keeps
 * protected.
 *
 * <p>Threads: the simulation thread only.
 */
final class Body extends PhysicsRigidBody {

    static final int DISABLE_DEACTIVATION = 4;

    int objectId;
    BodyShape shapeKey;
    final boolean dynamic;
    long lastUsed;
    // What was last set on the native body; only this class sets these, so equal values need no call.
    private float mass;
    private float friction = Float.NaN;
    private float restitution = Float.NaN;
    private float linearDamping = Float.NaN;
    private float angularDamping = Float.NaN;
    private float linearSleep = Float.NaN;
    private float angularSleep = Float.NaN;

    Body(CollisionShape shape, BodyShape shapeKey, float mass) {
        super(shape, mass);
        this.shapeKey = shapeKey;
        this.dynamic = mass > 0f;
        this.mass = mass;
    }

    /** Sets the mass of a dynamic body (positive). */
    void mass(float newMass) {
        if (newMass != mass) {
            setMass(newMass);
            mass = newMass;
        }
    }

    void material(float newFriction, float newRestitution) {
        if (newFriction != friction) {
            setFriction(newFriction);
            friction = newFriction;
        }
        if (newRestitution != restitution) {
            setRestitution(newRestitution);
            restitution = newRestitution;
        }
    }

    void damping(float linear, float angular, float linearSleepSpeed, float angularSleepSpeed) {
        if (linear != linearDamping || angular != angularDamping) {
            setDamping(linear, angular);
            linearDamping = linear;
            angularDamping = angular;
        }
        if (linearSleepSpeed != linearSleep || angularSleepSpeed != angularSleep) {
            setSleepingThresholds(linearSleepSpeed, angularSleepSpeed);
            linearSleep = linearSleepSpeed;
            angularSleep = angularSleepSpeed;
        }
    }

    void setActivation(int state) {
        setActivationState(nativeId(), state);
    }
}

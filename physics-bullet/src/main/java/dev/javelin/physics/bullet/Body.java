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

    Body(CollisionShape shape, BodyShape shapeKey, float mass) {
        super(shape, mass);
        this.shapeKey = shapeKey;
        this.dynamic = mass > 0f;
    }

    void setActivation(int state) {
        setActivationState(nativeId(), state);
    }
}

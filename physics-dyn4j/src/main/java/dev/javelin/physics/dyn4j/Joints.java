package dev.javelin.physics.dyn4j;

import dev.javelin.engine.rigid.Joint2D;
import org.dyn4j.dynamics.Body;
import org.dyn4j.dynamics.joint.DistanceJoint;
import org.dyn4j.dynamics.joint.Joint;
import org.dyn4j.dynamics.joint.RevoluteJoint;
import org.dyn4j.dynamics.joint.WeldJoint;
import org.dyn4j.geometry.Vector2;

/**
 * dyn4j joints whose anchors, reference angle and settings are set from a {@link Joint2D} exactly, every
 * step: dyn4j derives them from the bodies' poses when a joint is made, which on a client that makes it
 * later would differ from the server's by rounding.
 */
final class Joints {

    private Joints() {
    }

    /** A dyn4j joint with its declaration pushed in again each step. */
    interface Synced {
        void sync(Joint2D j);

        Joint<Body> joint();
    }

    static Synced create(Joint2D j, Body a, Body b) {
        Vector2 at = a.getTransform().getTransformed(new Vector2(j.anchorAX, j.anchorAY));
        return switch (j.kind) {
            case REVOLUTE -> new Revolute(a, b, at);
            case WELD -> new Weld(a, b, at);
            case DISTANCE -> new Distance(a, b, at, b.getTransform().getTransformed(new Vector2(j.anchorBX, j.anchorBY)));
        };
    }

    private static final class Revolute extends RevoluteJoint<Body> implements Synced {
        Revolute(Body a, Body b, Vector2 at) {
            super(a, b, at);
        }

        @Override
        public void sync(Joint2D j) {
            localAnchor1.set(j.anchorAX, j.anchorAY);
            localAnchor2.set(j.anchorBX, j.anchorBY);
            referenceAngle = j.referenceAngle;
            setCollisionAllowed(j.collideConnected);
            if (j.limited) {
                setLimits(j.lowerAngle, j.upperAngle);
            }
            setLimitsEnabled(j.limited);
        }

        @Override
        public Joint<Body> joint() {
            return this;
        }
    }

    private static final class Weld extends WeldJoint<Body> implements Synced {
        Weld(Body a, Body b, Vector2 at) {
            super(a, b, at);
        }

        @Override
        public void sync(Joint2D j) {
            localAnchor1.set(j.anchorAX, j.anchorAY);
            localAnchor2.set(j.anchorBX, j.anchorBY);
            referenceAngle = j.referenceAngle;
            setCollisionAllowed(j.collideConnected);
        }

        @Override
        public Joint<Body> joint() {
            return this;
        }
    }

    private static final class Distance extends DistanceJoint<Body> implements Synced {
        Distance(Body a, Body b, Vector2 atA, Vector2 atB) {
            super(a, b, atA, atB);
        }

        @Override
        public void sync(Joint2D j) {
            localAnchor1.set(j.anchorAX, j.anchorAY);
            localAnchor2.set(j.anchorBX, j.anchorBY);
            restDistance = j.length;
            setCollisionAllowed(j.collideConnected);
            boolean spring = j.frequency > 0f;
            if (spring) {
                setSpringFrequency(j.frequency);
                setSpringDampingRatio(Math.max(0f, Math.min(1f, j.dampingRatio)));
            }
            setSpringEnabled(spring);
            setSpringDamperEnabled(spring && j.dampingRatio > 0f);
        }

        @Override
        public Joint<Body> joint() {
            return this;
        }
    }
}

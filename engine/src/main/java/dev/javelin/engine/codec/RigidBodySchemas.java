package dev.javelin.engine.codec;

import dev.javelin.engine.world.GameObject;
import dev.javelin.engine.rigid.Joint2D;
import dev.javelin.engine.rigid.PhysicalObject2D;

/**
 * Ready-made schemas for 2D rigid bodies and joints ({@link dev.javelin.engine.rigid}); a game extends them
 * for its subclasses with {@link Schema#extend(Class)}.
 *
 * <p>A body's wire order: position, velocity, angle, angular velocity (quantized to the precisions the
 * game passes), the sleep flag and rest counter, then owner, room and the exact-float body properties
 * (size, mass, damping, inertia, gravity scale, flags, shape revision), which cost nothing while they keep
 * their constructor values and nothing in a delta while they do not change. Every field the physics reads is
 * here, velocities and the sleep state included, so that a client that restores a server state and steps
 * it reproduces the server bit for bit; and a sleeping body, whose fields do not change, costs no bytes.
 * Joints are all exact fields: they cost bytes once, when created.
 */
public final class RigidBodySchemas {

    private RigidBodySchemas() {
    }

    /**
     * The schema of {@link PhysicalObject2D}.
     *
     * @param x               range and precision of position x, in world units
     * @param y               range and precision of position y
     * @param velocity        range and precision of each velocity component, units per second
     * @param angleBits       bits per turn of the angle, 2 to 20 (16 gives 0.0055 degrees)
     * @param angularVelocity range and precision of the angular velocity, radians per second
     */
    public static Schema<PhysicalObject2D> physicalObject2D(FloatRange x, FloatRange y, FloatRange velocity,
                                                            int angleBits, FloatRange angularVelocity) {
        if (velocity == null || angularVelocity == null) {
            throw new IllegalArgumentException("a rigid body's velocity and angular velocity must be networked:"
                    + " a client that re-enacts needs them");
        }
        return Schema.builder(PhysicalObject2D.class)
                .vec2("position", x, y, o -> o.position)
                .vec2("velocity", velocity, velocity, o -> o.velocity)
                .angle("angle", angleBits, o -> o.angle, (o, v) -> o.angle = v)
                .quantized("angularVelocity", angularVelocity, o -> o.angularVelocity, (o, v) -> o.angularVelocity = v)
                .bool("sleeping", o -> o.sleeping, (o, v) -> o.sleeping = v)
                .varUint("restSteps", o -> o.restSteps, (o, v) -> o.restSteps = v)
                .varUint("ownerId", GameObject::ownerId, GameObject::setOwnerId)
                .varUint("roomId", GameObject::roomId, GameObject::setRoomId)
                .float32("width", o -> o.width, (o, v) -> o.width = v)
                .float32("height", o -> o.height, (o, v) -> o.height = v)
                .float32("mass", o -> o.mass, (o, v) -> o.mass = v)
                .float32("friction", o -> o.friction, (o, v) -> o.friction = v)
                .float32("maxSpeed", o -> o.maxSpeed, (o, v) -> o.maxSpeed = v)
                .float32("linearDamping", o -> o.linearDamping, (o, v) -> o.linearDamping = v)
                .float32("angularDamping", o -> o.angularDamping, (o, v) -> o.angularDamping = v)
                .float32("inertia", o -> o.inertia, (o, v) -> o.inertia = v)
                .float32("gravityScale", o -> o.gravityScale, (o, v) -> o.gravityScale = v)
                .bool("isStatic", o -> o.isStatic, (o, v) -> o.isStatic = v)
                .bool("kinematic", o -> o.kinematic, (o, v) -> o.kinematic = v)
                .bool("fixedRotation", o -> o.fixedRotation, (o, v) -> o.fixedRotation = v)
                .bool("canSleep", o -> o.canSleep, (o, v) -> o.canSleep = v)
                .varUint("shapeRevision", PhysicalObject2D::shapeRevision, PhysicalObject2D::setShapeRevision)
                .build();
    }

    /** The schema of {@link Joint2D}: every field exact. */
    public static Schema<Joint2D> joint2D() {
        return Schema.builder(Joint2D.class)
                .enumOf("kind", Joint2D.Kind.class, o -> o.kind, (o, v) -> o.kind = v == null ? Joint2D.Kind.REVOLUTE : v)
                .varUint("bodyA", o -> o.bodyA, (o, v) -> o.bodyA = v)
                .varUint("bodyB", o -> o.bodyB, (o, v) -> o.bodyB = v)
                .float32("anchorAX", o -> o.anchorAX, (o, v) -> o.anchorAX = v)
                .float32("anchorAY", o -> o.anchorAY, (o, v) -> o.anchorAY = v)
                .float32("anchorBX", o -> o.anchorBX, (o, v) -> o.anchorBX = v)
                .float32("anchorBY", o -> o.anchorBY, (o, v) -> o.anchorBY = v)
                .float32("length", o -> o.length, (o, v) -> o.length = v)
                .float32("frequency", o -> o.frequency, (o, v) -> o.frequency = v)
                .float32("dampingRatio", o -> o.dampingRatio, (o, v) -> o.dampingRatio = v)
                .float32("referenceAngle", o -> o.referenceAngle, (o, v) -> o.referenceAngle = v)
                .bool("limited", o -> o.limited, (o, v) -> o.limited = v)
                .float32("lowerAngle", o -> o.lowerAngle, (o, v) -> o.lowerAngle = v)
                .float32("upperAngle", o -> o.upperAngle, (o, v) -> o.upperAngle = v)
                .bool("collideConnected", o -> o.collideConnected, (o, v) -> o.collideConnected = v)
                .float32("worldX", o -> o.worldX, (o, v) -> o.worldX = v)
                .float32("worldY", o -> o.worldY, (o, v) -> o.worldY = v)
                .varUint("ownerId", GameObject::ownerId, GameObject::setOwnerId)
                .varUint("roomId", GameObject::roomId, GameObject::setRoomId)
                .build();
    }
}

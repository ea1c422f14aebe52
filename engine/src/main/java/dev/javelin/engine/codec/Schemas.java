package dev.javelin.engine.codec;

import dev.javelin.engine.world.DynamicObject;
import dev.javelin.engine.world.GameObject;
import dev.javelin.engine.world.PhysicalObject3D;

/**
 * Ready-made schemas for the engine's object classes, parameterised by the game's world size and speeds.
 * A game extends them for its subclasses ({@link Schema#extend(Class)}).
 *
 * <p>What is networked, in wire order (most often changed first, so masks stay short):
 * <ul>
 *   <li>{@link DynamicObject}: position, velocity, angle, angular velocity (quantized), then owner id,
 *       room id (variable-length), width, height, friction, maxSpeed, mass (exact floats, free while they
 *       keep the values the constructor gave them, and in deltas while they do not change) and isStatic.</li>
 *   <li>{@link PhysicalObject3D}: position, orientation (smallest three), velocity, angular velocity, then
 *       owner, room, size, friction, maxSpeed, mass, isStatic.</li>
 * </ul>
 * Every field the physics reads is networked, so a client that rewinds to a decoded state and steps with
 * the same inputs reproduces the server exactly. Velocities may be left out (pass null) for games that
 * only interpolate: then they are neither sent nor quantized.
 */
public final class Schemas {

    private Schemas() {
    }

    /** Owner id, room id and prediction key, the fields of every {@link GameObject}. */
    public static Schema<GameObject> gameObject() {
        return Schema.builder(GameObject.class)
                .varUint("ownerId", GameObject::ownerId, GameObject::setOwnerId)
                .varUint("roomId", GameObject::roomId, GameObject::setRoomId)
                .varUint("predictionKey", GameObject::predictionKey, GameObject::setPredictionKey)
                .build();
    }

    /**
     * The schema of {@link DynamicObject}.
     *
     * @param x               range and precision of position x, in world units
     * @param y               range and precision of position y
     * @param velocity        range and precision of each velocity component in units per second, or null
     *                        to leave velocity out
     * @param angleBits       bits per full turn of the angle, 2 to 20 (12 gives 0.09 degrees)
     * @param angularVelocity range and precision in radians per second, or null to leave it out
     */
    public static Schema<DynamicObject> dynamicObject(FloatRange x, FloatRange y, FloatRange velocity, int angleBits,
                                                      FloatRange angularVelocity) {
        Schema.Builder<DynamicObject> b = Schema.builder(DynamicObject.class)
                .vec2("position", x, y, o -> o.position);
        if (velocity != null) {
            b.vec2("velocity", velocity, velocity, o -> o.velocity);
        }
        b.angle("angle", angleBits, o -> o.angle, (o, v) -> o.angle = v);
        if (angularVelocity != null) {
            b.quantized("angularVelocity", angularVelocity, o -> o.angularVelocity, (o, v) -> o.angularVelocity = v);
        }
        return b.varUint("ownerId", GameObject::ownerId, GameObject::setOwnerId)
                .varUint("roomId", GameObject::roomId, GameObject::setRoomId)
                .varUint("predictionKey", GameObject::predictionKey, GameObject::setPredictionKey)
                .float32("width", o -> o.width, (o, v) -> o.width = v)
                .float32("height", o -> o.height, (o, v) -> o.height = v)
                .float32("friction", o -> o.friction, (o, v) -> o.friction = v)
                .float32("maxSpeed", o -> o.maxSpeed, (o, v) -> o.maxSpeed = v)
                .float32("mass", o -> o.mass, (o, v) -> o.mass = v)
                .bool("isStatic", o -> o.isStatic, (o, v) -> o.isStatic = v)
                .build();
    }

    /**
     * The schema of {@link PhysicalObject3D}.
     *
     * @param x                range and precision of position x, in world units
     * @param y                range and precision of position y
     * @param z                range and precision of position z
     * @param orientationBits  bits per smallest-three component, 4 to 16 (9 is plenty for rendering)
     * @param velocity         range and precision of each velocity component in units per second, or null
     * @param angularVelocity  range and precision of each angular velocity component in radians per second,
     *                         or null
     */
    public static Schema<PhysicalObject3D> physicalObject3D(FloatRange x, FloatRange y, FloatRange z,
                                                            int orientationBits, FloatRange velocity,
                                                            FloatRange angularVelocity) {
        Schema.Builder<PhysicalObject3D> b = Schema.builder(PhysicalObject3D.class)
                .vec3("position", x, y, z, o -> o.position)
                .quaternion("orientation", orientationBits, o -> o.orientation);
        if (velocity != null) {
            b.vec3("velocity", velocity, velocity, velocity, o -> o.velocity);
        }
        if (angularVelocity != null) {
            b.vec3("angularVelocity", angularVelocity, angularVelocity, angularVelocity, o -> o.angularVelocity);
        }
        return b.varUint("ownerId", GameObject::ownerId, GameObject::setOwnerId)
                .varUint("roomId", GameObject::roomId, GameObject::setRoomId)
                .varUint("predictionKey", GameObject::predictionKey, GameObject::setPredictionKey)
                .float32Vec3("size", o -> o.size)
                .float32("friction", o -> o.friction, (o, v) -> o.friction = v)
                .float32("maxSpeed", o -> o.maxSpeed, (o, v) -> o.maxSpeed = v)
                .float32("mass", o -> o.mass, (o, v) -> o.mass = v)
                .bool("isStatic", o -> o.isStatic, (o, v) -> o.isStatic = v)
                .build();
    }
}

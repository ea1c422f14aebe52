package dev.javelin.bench.bandwidth;

import dev.javelin.engine.GameConfig;
import dev.javelin.engine.world.GameObject;
import dev.javelin.engine.world.Input;
import dev.javelin.engine.world.PhysicalObject3D;
import dev.javelin.engine.schema.ClassRegistry;
import dev.javelin.engine.schema.FloatRange;
import dev.javelin.engine.schema.NetPrecision;
import dev.javelin.engine.physics.CollisionDetector;
import dev.javelin.engine.physics.PhysicsConfig;
import dev.javelin.engine.physics.SimplePhysicsEngine;
import dev.javelin.engine.physics.WorldBounds;
import org.joml.Vector3f;

/**
 * Scene (a), in the spirit of Glenn Fiedler's snapshot compression study: 900 unit cubes at rest on a
 * floor in a 30 x 30 grid, and one heavy 2 m cube driven along a Lissajous path that shoves them around.
 * Cubes that are hit start to spin (a game rule: the physics has no torque), and both spin and sliding die
 * down, so most cubes rest at any time. Gravity on z, a floor and walls from {@link WorldBounds}, pushing
 * apart by the physics' auto-resolve. Deterministic: same seed, same run.
 *
 * <p>Networked: position within [-32, 32) m on x and y and [0, 16) m on z at 512 values per metre, and
 * orientation as smallest-three with 9 bits per component; velocities are not sent (the client of this
 * scene interpolates), as in the study.
 */
public final class CubeGame extends dev.javelin.engine.GameEngine {

    static final FloatRange XY = FloatRange.of(-32f, 32f, 512f);
    static final FloatRange Z = FloatRange.of(0f, 16f, 512f);
    /** Velocities are left out: the scene interpolates. */
    static final NetPrecision PRECISION = NetPrecision.builder().position(XY, XY, Z).orientationBits(9).build();
    public static final ClassRegistry REGISTRY = ClassRegistry.builder(PRECISION)
            .object(1, Cube.class)
            .build();

    /** A unit cube that slides to a stop on the floor. */
    public static final class Cube extends PhysicalObject3D {
        public Cube() {
            friction = 0.02f;
        }
    }

    static final int GRID = 30;
    private static final float SPIN_DAMPING = 0.92f;

    private PhysicalObject3D pusher;
    private boolean driving = true;

    public CubeGame() {
        super(sceneConfig(), new SimplePhysicsEngine(sceneConfig().physics()), REGISTRY);
        for (int i = 0; i < GRID; i++) {
            for (int j = 0; j < GRID; j++) {
                Cube c = new Cube();
                c.position.set(-29f + 2f * i, -29f + 2f * j, 0.5f);
                c.orientation.rotationZ(random().nextFloat() * 6.2831855f);
                addObject(c);
            }
        }
        pusher = new Cube();
        pusher.friction = 0f;
        pusher.size.set(3f, 3f, 3f);
        pusher.mass = 40f;
        pusher.position.set(0f, -30f, 1.5f);
        addObject(pusher);
        events().collisionStart.subscribe(this::spin);
        events().preStep.subscribe((step, reenact) -> drive(step));
        events().postStep.subscribe((step, reenact) -> damp());
    }

    private static GameConfig sceneConfig() {
        WorldBounds bounds = new WorldBounds(WorldBounds.Mode.CLAMP, -32f, -32f, 64f, 64f,
                Float.NEGATIVE_INFINITY, Float.POSITIVE_INFINITY).withZ(0f, 16f);
        return new GameConfig(60, 42L, PhysicsConfig.builder()
                .gravity(0f, 0f, -9.81f)
                .bounds(bounds)
                .autoResolve(true)
                .restitution(0.2f)
                .detector(CollisionDetector.Kind.SPATIAL_HASH)
                .cellSize(2f)
                .build());
    }

    /** Stops the pusher; everything comes to rest soon after. */
    public void stopDriving() {
        driving = false;
    }

    private void drive(int step) {
        if (!driving) {
            pusher.velocity.set(0f, 0f, pusher.velocity.z);
            return;
        }
        // The velocity of a Lissajous path (up to about 7 m/s), so the pusher sweeps the whole grid.
        float t = step / 60f;
        pusher.velocity.x = 27f * 0.37f * (float) StrictMath.cos(0.37f * t);
        pusher.velocity.y = 27f * 0.29f * (float) StrictMath.cos(0.29f * t + 1.3f);
    }

    private void spin(GameObject a, GameObject b) {
        kick(a, b);
        kick(b, a);
    }

    private void kick(GameObject hit, GameObject by) {
        if (hit == pusher || !(hit instanceof PhysicalObject3D c) || !(by instanceof PhysicalObject3D o)) {
            return;
        }
        // Roll about the horizontal axis across the push, plus a little yaw.
        Vector3f w = c.angularVelocity;
        float dx = o.velocity.x - c.velocity.x;
        float dy = o.velocity.y - c.velocity.y;
        w.set(-dy * 0.8f, dx * 0.8f, (dx - dy) * 0.3f);
    }

    private void damp() {
        var objects = world().objects();
        for (int i = 0, n = objects.size(); i < n; i++) {
            PhysicalObject3D c = (PhysicalObject3D) objects.get(i);
            if (c == pusher) {
                continue;
            }
            Vector3f w = c.angularVelocity;
            w.mul(SPIN_DAMPING);
            if (w.lengthSquared() < 0.01f) {
                w.zero();
            }
        }
    }

    @Override
    public void processInput(Input input, int playerId, boolean isServer) {
    }
}

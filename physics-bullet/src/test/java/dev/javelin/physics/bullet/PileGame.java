package dev.javelin.physics.bullet;

import dev.javelin.engine.GameConfig;
import dev.javelin.engine.GameEngine;
import dev.javelin.engine.world.GameObject;
import dev.javelin.engine.world.Input;

/**
 * A test scene: a static floor, a pile of cubes dropped in layers (so they stack and tumble), and a
 * pusher cube that inputs shove ("push" adds velocity along x, "jump" along z).
 */
final class PileGame extends GameEngine {

    final RigidBody3D pusher;

    PileGame(int side, int layers) {
        this(side, layers, BulletConfig.defaults().withSolverIterations(20));
    }

    PileGame(int side, int layers, BulletConfig physics) {
        super(GameConfig.defaults(), new BulletPhysicsEngine(physics));
        RigidBody3D floor = new RigidBody3D();
        floor.shape = BodyShape.box(50f, 50f, 1f);
        floor.position.z = -1f;
        floor.isStatic = true;
        addObject(floor);
        for (int l = 0; l < layers; l++) {
            for (int i = 0; i < side; i++) {
                for (int j = 0; j < side; j++) {
                    RigidBody3D c = new RigidBody3D();
                    c.position.set(i * 1.1f + l * 0.3f, j * 1.1f + l * 0.2f, 0.5f + l * 1.05f);
                    c.orientation.rotationZ(0.1f * (i + j + l));
                    addObject(c);
                }
            }
        }
        pusher = new RigidBody3D();
        pusher.size.set(2f, 2f, 2f);
        pusher.mass = 8f;
        pusher.position.set(-4f, side * 0.5f, 1f);
        addObject(pusher);
    }

    @Override
    public void processInput(Input input, int playerId, boolean isServer) {
        switch (input.action()) {
            case "push" -> pusher.velocity.x += 0.5f;
            case "jump" -> pusher.velocity.z += 4f;
            default -> {
            }
        }
        pusher.activation = RigidBody3D.ACTIVE;
        pusher.restSteps = 0;
    }

    /** Every simulated float of every object, as raw bits, for bit-exact comparison. */
    static int[] state(GameEngine game) {
        int n = game.world().size();
        int[] out = new int[n * 16];
        int k = 0;
        for (GameObject g : game.world().objects()) {
            RigidBody3D o = (RigidBody3D) g;
            out[k++] = o.id();
            out[k++] = Float.floatToRawIntBits(o.position.x);
            out[k++] = Float.floatToRawIntBits(o.position.y);
            out[k++] = Float.floatToRawIntBits(o.position.z);
            out[k++] = Float.floatToRawIntBits(o.orientation.x);
            out[k++] = Float.floatToRawIntBits(o.orientation.y);
            out[k++] = Float.floatToRawIntBits(o.orientation.z);
            out[k++] = Float.floatToRawIntBits(o.orientation.w);
            out[k++] = Float.floatToRawIntBits(o.velocity.x);
            out[k++] = Float.floatToRawIntBits(o.velocity.y);
            out[k++] = Float.floatToRawIntBits(o.velocity.z);
            out[k++] = Float.floatToRawIntBits(o.angularVelocity.x);
            out[k++] = Float.floatToRawIntBits(o.angularVelocity.y);
            out[k++] = Float.floatToRawIntBits(o.angularVelocity.z);
            out[k++] = o.activation;
            out[k++] = o.restSteps;
        }
        return out;
    }
}

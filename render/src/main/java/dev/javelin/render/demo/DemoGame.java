package dev.javelin.render.demo;

import dev.javelin.engine.schema.Net;
import dev.javelin.engine.util.Angles;
import dev.javelin.engine.world.DynamicObject;
import dev.javelin.engine.GameConfig;
import dev.javelin.engine.GameEngine;
import dev.javelin.engine.world.GameObject;
import dev.javelin.engine.world.Input;
import dev.javelin.engine.physics.CollisionDetector;
import dev.javelin.engine.physics.PhysicsConfig;
import dev.javelin.engine.physics.WorldBounds;

/** The demo's rules: a ship that thrusts, turns and fires among drifting rocks in a wrapping field. */
final class DemoGame extends GameEngine {

    static final float WIDTH = 160f;
    static final float HEIGHT = 100f;

    /** The player's ship: a name and a colour on top of the 2D physics state. */
    public static class Ship extends DynamicObject {
        @Net(maxLength = 32)
        public String name = "";
        @Net
        public int colour;
    }

    /** A drifting rock. */
    public static class Rock extends DynamicObject {
    }

    /** A short-lived shot. */
    public static class Bullet extends DynamicObject {
    }

    private final Ship ship;

    DemoGame(int rocks) {
        super(GameConfig.defaults().withPhysics(PhysicsConfig.builder()
                .bounds(WorldBounds.wrap(WIDTH, HEIGHT))
                .detector(CollisionDetector.Kind.SPATIAL_HASH).cellSize(4f)
                .build()));
        ship = new Ship();
        ship.position.set(WIDTH / 2, HEIGHT / 2);
        ship.width = 3f;
        ship.height = 2f;
        ship.friction = 0.01f;
        ship.maxSpeed = 40f;
        ship.name = "player";
        ship.colour = 0x40C0FFFF;
        addObject(ship);
        for (int i = 0; i < rocks; i++) {
            Rock r = new Rock();
            float size = 1f + random().nextFloat() * 3f;
            r.width = size;
            r.height = size;
            r.position.set(random().nextFloat() * WIDTH, random().nextFloat() * HEIGHT);
            r.velocity.set(random().nextFloat() * 16f - 8f, random().nextFloat() * 16f - 8f);
            r.angularVelocity = random().nextFloat() * 4f - 2f;
            addObject(r);
        }
    }

    Ship ship() {
        return ship;
    }

    @Override
    public void processInput(Input input, int playerId, boolean isServer) {
        switch (input.action()) {
            case "up" -> {
                ship.velocity.x += Angles.cos(ship.angle) * 1.2f;
                ship.velocity.y += Angles.sin(ship.angle) * 1.2f;
            }
            case "left" -> ship.angle = Angles.normalize(ship.angle + 0.08f);
            case "right" -> ship.angle = Angles.normalize(ship.angle - 0.08f);
            case "fire" -> fire();
            default -> {
            }
        }
    }

    private void fire() {
        Bullet b = new Bullet();
        b.width = 0.6f;
        b.height = 0.6f;
        float c = Angles.cos(ship.angle);
        float s = Angles.sin(ship.angle);
        b.position.set(ship.position.x + c * 2f, ship.position.y + s * 2f);
        b.velocity.set(ship.velocity.x + c * 60f, ship.velocity.y + s * 60f);
        addObject(b);
        timer().after(60, () -> removeObject(b.id()));
    }
}

package dev.javelin.engine.sync;

import dev.javelin.engine.world.DynamicObject;
import dev.javelin.engine.GameConfig;
import dev.javelin.engine.GameEngine;
import dev.javelin.engine.world.GameObject;
import dev.javelin.engine.world.GameWorld;
import dev.javelin.engine.TestGame;
import dev.javelin.engine.physics.PhysicsConfig;
import dev.javelin.engine.physics.WorldBounds;
import java.util.ArrayList;
import java.util.List;

/** Test worlds: a server-side game and updates cut from it. */
final class Worlds {

    static final GameConfig CONFIG = GameConfig.defaults().withPhysics(PhysicsConfig.builder()
            .bounds(WorldBounds.wrap(200, 200)).build());

    private Worlds() {
    }

    /** Ship 1 owned by player 7 at (10, 10); rock 2, unowned, at (50, 50) drifting +6 units/s on x. */
    static TestGame newGame() {
        TestGame g = new TestGame(CONFIG);
        DynamicObject ship = new DynamicObject(10, 10, 2, 2);
        ship.setOwnerId(7);
        g.addObject(ship);
        DynamicObject rock = new DynamicObject(50, 50, 4, 4);
        rock.velocity.set(6, 0);
        g.addObject(rock);
        return g;
    }

    /** The server's state now, as a snapshot would carry it. */
    static WorldUpdate update(GameEngine server, int sequence, int... destroyed) {
        List<GameObject> carried = new ArrayList<>();
        for (GameObject o : server.world().objects()) {
            carried.add(o.copy());
        }
        return new WorldUpdate(sequence, server.world().stepCount(), carried, destroyed, List.of());
    }

    static DynamicObject dyn(GameEngine g, int id) {
        return (DynamicObject) g.world().get(id);
    }

    static boolean isClientId(int id) {
        return GameWorld.isClientId(id);
    }
}

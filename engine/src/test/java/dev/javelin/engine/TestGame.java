package dev.javelin.engine;

import dev.javelin.engine.world.DynamicObject;
import dev.javelin.engine.world.GameObject;
import dev.javelin.engine.world.Input;

/** A minimal game for tests: "push" inputs add the input's (x, y) to the player's objects' velocity. */
public class TestGame extends GameEngine {

    public TestGame(GameConfig config) {
        super(config);
    }

    @Override
    public void processInput(Input input, int playerId, boolean isServer) {
        if (input.action().equals("push")) {
            for (GameObject o : world().byOwner(playerId)) {
                if (o instanceof DynamicObject d) {
                    d.velocity.add(input.x(), input.y());
                }
            }
        }
    }
}

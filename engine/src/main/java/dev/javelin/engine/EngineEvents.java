package dev.javelin.engine;

import dev.javelin.engine.util.Signal;
import dev.javelin.engine.world.GameObject;

/**
 * The typed events of a {@link GameEngine}. All are dispatched on the simulation thread, in the order
 * the engine reaches them; objects passed to listeners are live and must not be kept past the call
 * unless the listener means to hold a live reference.
 */
public final class EngineEvents {

    /** Called at the start and at the end of a step. {@code step} is the number of the step being run. */
    @FunctionalInterface
    public interface StepListener {
        void onStep(int step, boolean isReenact);
    }

    /** Called when an object is added to or destroyed in the world. */
    @FunctionalInterface
    public interface ObjectListener {
        void onObject(GameObject object);
    }

    /** Called when a player joins or disconnects. */
    @FunctionalInterface
    public interface PlayerListener {
        void onPlayer(int playerId);
    }

    /** Called when two objects start or stop touching; {@code a.id() < b.id()} always. */
    @FunctionalInterface
    public interface CollisionListener {
        void onCollision(GameObject a, GameObject b);
    }

    /** Called when a game event from the server reaches a client; {@code step} is the server step it happened at. */
    @FunctionalInterface
    public interface GameEventListener {
        void onEvent(Object event, int step);
    }

    public final Signal<GameEventListener> gameEvent = new Signal<>();
    public final Signal<StepListener> preStep = new Signal<>();
    public final Signal<StepListener> postStep = new Signal<>();
    /**
     * The very end of a step: after {@code postStep}, the objects added or removed during it and quantization, so
     * listeners see exactly the state a snapshot of this step carries (lag compensation history, replay checksums).
     */
    public final Signal<StepListener> stepEnded = new Signal<>();
    public final Signal<ObjectListener> objectAdded = new Signal<>();
    public final Signal<ObjectListener> objectDestroyed = new Signal<>();
    public final Signal<PlayerListener> playerJoined = new Signal<>();
    public final Signal<PlayerListener> playerDisconnected = new Signal<>();
    public final Signal<CollisionListener> collisionStart = new Signal<>();
    public final Signal<CollisionListener> collisionStop = new Signal<>();
}

package dev.javelin.engine.server;

/**
 * Told when the server disposes of a room that stayed empty past its grace (see
 * {@link ServerEngine.Builder#disposeEmptyRooms}); it runs on the simulation thread at the start of a step,
 * before the room's remaining objects are removed from the world, so the game can save or move them.
 */
@FunctionalInterface
public interface RoomListener {

    /**
     * @param name the room's name
     * @param id   the id it had; a room created later under the same name gets a new id
     */
    void disposed(String name, int id);
}

package dev.javelin.engine.view;

import dev.javelin.engine.world.GameObject;

/**
 * One object of a {@link RenderState}: its id, its class, and frozen copies of its state at the
 * previous and at the current step. The renderer draws a blend of the two.
 *
 * <p>The copies belong to the render state: nobody may modify them. They are copies made with
 * {@link GameObject#copy()}, so a draw callback can read any networked game field (a ship's colour or
 * name) from them. An object that was new at the current step has the same instance as previous and
 * current.
 *
 * @param id       the object's world id
 * @param type     the object's exact class
 * @param previous state at the previous published step, never null
 * @param current  state at the current step, never null, same class as {@code previous}
 */
public record RenderObject(int id, Class<? extends GameObject> type, GameObject previous, GameObject current) {

    public RenderObject {
        if (type == null || previous == null || current == null) {
            throw new IllegalArgumentException("render object type, previous and current must not be null");
        }
        if (previous.getClass() != type || current.getClass() != type) {
            throw new IllegalArgumentException("render object " + id + " of type " + type.getSimpleName()
                    + " has states of class " + previous.getClass().getSimpleName() + " and "
                    + current.getClass().getSimpleName());
        }
        if (previous.id() != id || current.id() != id) {
            throw new IllegalArgumentException("render object " + id + " has states with ids " + previous.id()
                    + " and " + current.id());
        }
    }

    /** True when the object first appeared at this step (previous and current are the same state). */
    public boolean isNew() {
        return previous == current;
    }
}

package dev.javelin.render;

import dev.javelin.engine.world.GameObject;

/**
 * Draws the objects of one class; registered with {@link Renderer#onDraw}. Called on the render thread
 * in the world pass, once per visible copy of each object of that class (or a subclass without a
 * callback of its own).
 *
 * @param <T> the object class
 */
@FunctionalInterface
public interface DrawCallback<T extends GameObject> {

    /**
     * Draws {@code shown}: the object as interpolated for this frame (position, angle and game fields),
     * with its position inside the world's bounds. It is a scratch copy owned by the renderer, valid only
     * during this call: read it, never keep it.
     */
    void draw(Graphics g, T shown);
}

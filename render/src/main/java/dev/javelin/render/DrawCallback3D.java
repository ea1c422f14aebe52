package dev.javelin.render;

import dev.javelin.engine.world.GameObject;

/**
 * Draws the objects of one class in 3D; registered with {@link GlRenderer3D#onDraw3D} (or, for the
 * debug view of collision shapes, {@link GlRenderer3D#onDebugShape}). Called on the render thread once
 * per shown object of that class (or of a subclass without a callback of its own) each frame.
 *
 * @param <T> the object class
 */
@FunctionalInterface
public interface DrawCallback3D<T extends GameObject> {

    /**
     * Draws {@code shown}: the object as interpolated for this frame (position lerped, orientation
     * slerped, game fields as the class blends them). It is a scratch copy owned by the renderer, valid
     * only during this call: read it, never keep it.
     */
    void draw(Graphics3D g, T shown);
}

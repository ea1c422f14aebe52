package dev.javelin.render;

import org.joml.Quaternionfc;
import org.joml.Vector3fc;

/**
 * What 3D draw callbacks and {@link GlRenderer3D}'s scene hook draw with: instances of {@link Mesh}es
 * placed in the world. Every instance of one mesh in a frame goes to OpenGL in one instanced draw call,
 * whatever order the calls come in, so drawing thousands of objects costs a few draw calls.
 *
 * <p>Units: world units; orientations are unit quaternions (the mesh's own axes turned into the
 * world); scale multiplies the mesh's own size per axis (the built-in meshes are 1 across, so scale by
 * an object's size). Colours are {@code 0xRRGGBBAA} ({@link Color}); alpha is ignored, meshes are
 * opaque. Triangle meshes are lit by the renderer's light; line meshes are drawn in their colour.
 *
 * <p>Threads: the render thread only, during a frame.
 */
public interface Graphics3D {

    /**
     * Draws {@code mesh} turned by the quaternion ({@code qx}, {@code qy}, {@code qz}, {@code qw}) (unit
     * length), scaled by ({@code sx}, {@code sy}, {@code sz}) (positive) along its own axes, with its
     * origin at ({@code x}, {@code y}, {@code z}).
     */
    void draw(Mesh mesh, float x, float y, float z, float qx, float qy, float qz, float qw,
              float sx, float sy, float sz, int rgba);

    /** {@link #draw(Mesh, float, float, float, float, float, float, float, float, float, float, int)} from JOML vectors. */
    default void draw(Mesh mesh, Vector3fc position, Quaternionfc orientation, Vector3fc scale, int rgba) {
        draw(mesh, position.x(), position.y(), position.z(), orientation.x(), orientation.y(), orientation.z(),
                orientation.w(), scale.x(), scale.y(), scale.z(), rgba);
    }

    /** {@code mesh} unturned, scaled by {@code scale} on every axis, at ({@code x}, {@code y}, {@code z}). */
    default void draw(Mesh mesh, float x, float y, float z, float scale, int rgba) {
        draw(mesh, x, y, z, 0f, 0f, 0f, 1f, scale, scale, scale, rgba);
    }

    /** A one-pixel line segment from ({@code x1}, {@code y1}, {@code z1}) to ({@code x2}, {@code y2}, {@code z2}), unlit. */
    void line(float x1, float y1, float z1, float x2, float y2, float z2, int rgba);

    /** The camera of this frame (its per-frame accessors describe this frame). */
    Camera3D camera();

    /** The interpolation fraction of this frame, 0..1 (see {@link dev.javelin.engine.view.RenderState#alpha}). */
    float alpha();
}

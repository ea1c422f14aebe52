package dev.javelin.render;

/**
 * A rectangle of a {@link Texture} to draw as a sprite, in texture coordinates with v = 0 at the top
 * row of the image. Immutable; any thread.
 *
 * @param texture the texture, never null
 * @param u0      left edge, 0..1
 * @param v0      top edge, 0..1
 * @param u1      right edge, 0..1
 * @param v1      bottom edge, 0..1
 * @param width   width in texels (the sprite's natural size)
 * @param height  height in texels
 */
public record TextureRegion(Texture texture, float u0, float v0, float u1, float v1, int width, int height) {

    public TextureRegion {
        if (texture == null) {
            throw new IllegalArgumentException("texture region needs a texture");
        }
    }
}

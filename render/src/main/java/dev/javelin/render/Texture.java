package dev.javelin.render;

import java.nio.ByteBuffer;

/**
 * An image to draw from, with its sampling filter. Immutable and bound to no GL context: it holds its
 * pixels in memory and each {@link GlRenderer} uploads it on first use, on its render thread. So
 * textures may be made on any thread, before the window exists, and used by several renderer runs.
 *
 * <p>Draw a part of it through a {@link TextureRegion}; pack many images into one texture with
 * {@link TextureAtlas} so that they share one draw call.
 */
public final class Texture {

    /** How the texture is sampled between texels. */
    public enum Filter { NEAREST, LINEAR }

    enum Format { RGBA, ALPHA }

    private final int width;
    private final int height;
    private final byte[] data;
    private final Format format;
    private final Filter filter;
    private final String name;

    private Texture(int width, int height, byte[] data, Format format, Filter filter, String name) {
        this.width = width;
        this.height = height;
        this.data = data;
        this.format = format;
        this.filter = filter;
        this.name = name;
    }

    /** A texture holding a copy of {@code pixels}; {@code name} labels it in errors and logs. */
    public static Texture of(Pixels pixels, Filter filter, String name) {
        if (pixels == null || filter == null) {
            throw new IllegalArgumentException("texture pixels and filter must not be null");
        }
        return new Texture(pixels.width(), pixels.height(), pixels.toByteArray(), Format.RGBA, filter, name);
    }

    /** Loads a PNG from the classpath ({@code "javelin/textures/x.png"}), sampled with {@code filter}. */
    public static Texture load(String classpathPath, Filter filter) {
        return of(Pixels.load(classpathPath), filter, classpathPath);
    }

    /** A single opaque white texel: shapes are drawn with it, tinted. */
    public static Texture white() {
        Pixels p = new Pixels(1, 1);
        p.set(0, 0, Color.WHITE);
        return of(p, Filter.NEAREST, "white");
    }

    /** An alpha-only texture (a font bitmap): drawn as white with this alpha, then tinted. */
    static Texture alpha(int width, int height, byte[] alpha, Filter filter, String name) {
        if (alpha.length != width * height) {
            throw new IllegalArgumentException("alpha texture " + name + " needs " + width * height + " bytes");
        }
        return new Texture(width, height, alpha.clone(), Format.ALPHA, filter, name);
    }

    /** Width in texels. */
    public int width() {
        return width;
    }

    /** Height in texels. */
    public int height() {
        return height;
    }

    /** How the texture is sampled. */
    public Filter filter() {
        return filter;
    }

    /** The name given at creation, for errors and logs. */
    public String name() {
        return name;
    }

    /** The whole texture as a region. */
    public TextureRegion region() {
        return new TextureRegion(this, 0f, 0f, 1f, 1f, width, height);
    }

    /** The part of the texture from texel ({@code x}, {@code y}) (0 = top row) of {@code w} by {@code h} texels. */
    public TextureRegion region(int x, int y, int w, int h) {
        if (x < 0 || y < 0 || w < 1 || h < 1 || x + w > width || y + h > height) {
            throw new IllegalArgumentException("region (" + x + ", " + y + ", " + w + " x " + h + ") is outside "
                    + name + " (" + width + " x " + height + ")");
        }
        return new TextureRegion(this, (float) x / width, (float) y / height, (float) (x + w) / width,
                (float) (y + h) / height, w, h);
    }

    Format format() {
        return format;
    }

    /** The texels in a new native buffer the caller frees with {@code MemoryUtil.memFree}. */
    ByteBuffer copyToNative() {
        return Resources.toNative(data);
    }

    @Override
    public String toString() {
        return "Texture[" + name + ", " + width + " x " + height + "]";
    }
}

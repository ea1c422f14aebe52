package dev.javelin.render;

/**
 * What draw callbacks and renderer hooks draw with. Called on the render thread only, during a frame.
 *
 * <p>Two coordinate spaces. In the <em>world</em> pass (background, objects, foreground) coordinates and
 * sizes are world units with y up, and angles are radians counter-clockwise; in a wrapping world the
 * renderer may call a hook several times per frame with the drawing shifted by a world's width or
 * height, so that the copies across the seam show. In the <em>screen</em> pass (HUD) they are
 * framebuffer pixels with (0, 0) at the top-left and y down. Colours are {@code 0xRRGGBBAA}
 * ({@link Color}).
 *
 * <p>Sprites, glyphs and shapes that use the same texture in a row share one draw call; shapes use a
 * white texel, so mixing them with atlas sprites splits batches.
 */
public interface Graphics {

    /**
     * Draws {@code region} as a quad centred on ({@code x}, {@code y}), {@code width} by {@code height},
     * rotated by {@code angle} radians about its centre and multiplied by {@code rgba}. The image's top
     * row is drawn at the quad's top side.
     */
    void sprite(TextureRegion region, float x, float y, float width, float height, float angle, int rgba);

    /** {@link #sprite(TextureRegion, float, float, float, float, float, int)} untinted. */
    default void sprite(TextureRegion region, float x, float y, float width, float height, float angle) {
        sprite(region, x, y, width, height, angle, Color.WHITE);
    }

    /** A filled rectangle centred on ({@code x}, {@code y}), rotated by {@code angle} radians. */
    void fillRect(float x, float y, float width, float height, float angle, int rgba);

    /** The outline of a rectangle centred on ({@code x}, {@code y}), rotated by {@code angle}, lines {@link #lineWidth()} wide. */
    void rect(float x, float y, float width, float height, float angle, int rgba);

    /** A line segment {@link #lineWidth()} pixels wide. */
    void line(float x1, float y1, float x2, float y2, int rgba);

    /** A filled circle. */
    void fillCircle(float x, float y, float radius, int rgba);

    /** A circle's outline. */
    void circle(float x, float y, float radius, int rgba);

    /** A closed polygon's outline through the points {@code x0, y0, x1, y1, ...} (at least 2 points). */
    void polygon(float[] xy, int rgba);

    /** A filled convex polygon through {@code x0, y0, x1, y1, ...} (at least 3 points), as a fan. */
    void fillPolygon(float[] xy, int rgba);

    /**
     * Text in the current {@link #font()}, {@code size} high (world units or pixels, by pass), starting at
     * the left end of its baseline ({@code x}, {@code y}); '\n' starts a new line below.
     */
    void text(String text, float x, float y, float size, int rgba);

    /** The width {@code text} takes at {@code size}. */
    default float textWidth(String text, float size) {
        return font().width(text, size);
    }

    /** The font {@link #text} uses; the renderer's default (DejaVu Sans) unless set. */
    Font font();

    /** Uses {@code font} for later text in this frame and the next ones; null restores the default. */
    void setFont(Font font);

    /** Width of lines and outlines in pixels, whatever the zoom; default 1. */
    float lineWidth();

    /** Sets the width of lines and outlines in pixels (positive). */
    void setLineWidth(float pixels);

    /** World units per framebuffer pixel in the world pass; 1 in the screen pass. */
    float pixelSize();

    /** True in the screen (HUD) pass. */
    boolean isScreenPass();

    /** Framebuffer width in pixels. */
    int width();

    /** Framebuffer height in pixels. */
    int height();

    /** The interpolation fraction of this frame, 0..1 (see {@link dev.javelin.engine.view.RenderState#alpha}). */
    float alpha();
}

package dev.javelin.render;

/**
 * Colours as packed {@code int}s in {@code 0xRRGGBBAA} order (red in the high byte, alpha in the low),
 * the form every {@link Graphics} method takes. Pure functions; any thread.
 */
public final class Color {

    public static final int WHITE = 0xFFFFFFFF;
    public static final int BLACK = 0x000000FF;
    public static final int RED = 0xFF0000FF;
    public static final int GREEN = 0x00FF00FF;
    public static final int BLUE = 0x0000FFFF;
    public static final int YELLOW = 0xFFFF00FF;
    public static final int CYAN = 0x00FFFFFF;
    public static final int MAGENTA = 0xFF00FFFF;
    public static final int GREY = 0x808080FF;
    public static final int TRANSPARENT = 0x00000000;

    private Color() {
    }

    /** Packs components in 0..255 (clamped). */
    public static int rgba(int r, int g, int b, int a) {
        return clamp(r) << 24 | clamp(g) << 16 | clamp(b) << 8 | clamp(a);
    }

    /** Packs components in 0..1 (clamped). */
    public static int rgba(float r, float g, float b, float a) {
        return rgba(Math.round(r * 255f), Math.round(g * 255f), Math.round(b * 255f), Math.round(a * 255f));
    }

    /** {@code rgba} with its alpha replaced by {@code alpha} (0..1). */
    public static int withAlpha(int rgba, float alpha) {
        return (rgba & 0xFFFFFF00) | clamp(Math.round(alpha * 255f));
    }

    public static int red(int rgba) {
        return rgba >>> 24;
    }

    public static int green(int rgba) {
        return (rgba >>> 16) & 0xFF;
    }

    public static int blue(int rgba) {
        return (rgba >>> 8) & 0xFF;
    }

    public static int alpha(int rgba) {
        return rgba & 0xFF;
    }

    private static int clamp(int c) {
        return c < 0 ? 0 : Math.min(c, 255);
    }
}

package dev.javelin.render;

import static org.lwjgl.stb.STBTruetype.stbtt_GetFontVMetrics;
import static org.lwjgl.stb.STBTruetype.stbtt_InitFont;
import static org.lwjgl.stb.STBTruetype.stbtt_PackBegin;
import static org.lwjgl.stb.STBTruetype.stbtt_PackEnd;
import static org.lwjgl.stb.STBTruetype.stbtt_PackFontRange;
import static org.lwjgl.stb.STBTruetype.stbtt_PackSetOversampling;
import static org.lwjgl.stb.STBTruetype.stbtt_ScaleForPixelHeight;

import java.nio.ByteBuffer;
import java.nio.IntBuffer;
import org.lwjgl.stb.STBTTFontinfo;
import org.lwjgl.stb.STBTTPackContext;
import org.lwjgl.stb.STBTTPackedchar;
import org.lwjgl.system.MemoryStack;
import org.lwjgl.system.MemoryUtil;

/**
 * A TrueType font rasterised by stb_truetype into a glyph bitmap (printable ASCII and Latin-1) at one
 * pixel height, then drawn at any size by scaling. Characters outside that set draw as '?'. No kerning.
 * Immutable once loaded and bound to no GL context (the bitmap is uploaded by each renderer on first
 * use); any thread.
 */
public final class Font {

    /** The font the renderer uses by default: DejaVu Sans, from the assets module. */
    public static final String DEFAULT_PATH = "javelin/fonts/DejaVuSans.ttf";

    private static final int[][] RANGES = {{32, 95}, {160, 96}};

    private final String name;
    private final float bakedSize;
    private final float ascent;
    private final float descent;
    private final float lineGap;
    private final Texture texture;
    // Per glyph slot: texture coordinates, offsets from the pen (pixels at bakedSize, y down) and advance.
    private final float[] u0;
    private final float[] v0;
    private final float[] u1;
    private final float[] v1;
    private final float[] x0;
    private final float[] y0;
    private final float[] x1;
    private final float[] y1;
    private final float[] advance;
    private final int[] slotOf = new int[256];
    private final int fallback;

    private Font(String name, float bakedSize, float[] metrics, Texture texture, STBTTPackedchar.Buffer chars) {
        this.name = name;
        this.bakedSize = bakedSize;
        this.ascent = metrics[0];
        this.descent = metrics[1];
        this.lineGap = metrics[2];
        this.texture = texture;
        int n = chars.capacity();
        u0 = new float[n];
        v0 = new float[n];
        u1 = new float[n];
        v1 = new float[n];
        x0 = new float[n];
        y0 = new float[n];
        x1 = new float[n];
        y1 = new float[n];
        advance = new float[n];
        float tw = texture.width();
        float th = texture.height();
        for (int i = 0; i < n; i++) {
            STBTTPackedchar c = chars.get(i);
            u0[i] = c.x0() / tw;
            v0[i] = c.y0() / th;
            u1[i] = c.x1() / tw;
            v1[i] = c.y1() / th;
            x0[i] = c.xoff();
            y0[i] = c.yoff();
            x1[i] = c.xoff2();
            y1[i] = c.yoff2();
            advance[i] = c.xadvance();
        }
        java.util.Arrays.fill(slotOf, -1);
        int slot = 0;
        for (int[] range : RANGES) {
            for (int k = 0; k < range[1]; k++) {
                slotOf[range[0] + k] = slot++;
            }
        }
        fallback = slotOf['?'];
    }

    /** DejaVu Sans from the assets module, rasterised at 32 pixels. */
    public static Font defaultFont() {
        return load(DEFAULT_PATH, 32f);
    }

    /**
     * Loads a TrueType font from the classpath and rasterises it at {@code pixelHeight} (8 to 128);
     * text drawn near that size looks sharpest.
     */
    public static Font load(String classpathPath, float pixelHeight) {
        if (!(pixelHeight >= 8 && pixelHeight <= 128)) {
            throw new IllegalArgumentException("font pixelHeight must be within 8..128, was " + pixelHeight);
        }
        ByteBuffer ttf = Resources.toNative(Resources.read(classpathPath));
        STBTTFontinfo info = STBTTFontinfo.malloc();
        try (MemoryStack stack = MemoryStack.stackPush()) {
            if (!stbtt_InitFont(info, ttf)) {
                throw new IllegalArgumentException("not a TrueType font: " + classpathPath);
            }
            float scale = stbtt_ScaleForPixelHeight(info, pixelHeight);
            IntBuffer a = stack.mallocInt(1);
            IntBuffer d = stack.mallocInt(1);
            IntBuffer g = stack.mallocInt(1);
            stbtt_GetFontVMetrics(info, a, d, g);
            float[] metrics = {a.get(0) * scale, -d.get(0) * scale, g.get(0) * scale};
            int glyphs = 0;
            for (int[] r : RANGES) {
                glyphs += r[1];
            }
            STBTTPackedchar.Buffer chars = STBTTPackedchar.malloc(glyphs);
            try {
                for (int side = 256; side <= 4096; side *= 2) {
                    Texture t = tryPack(ttf, pixelHeight, side, chars, classpathPath);
                    if (t != null) {
                        return new Font(classpathPath, pixelHeight, metrics, t, chars);
                    }
                }
                throw new IllegalArgumentException("font " + classpathPath + " at " + pixelHeight
                        + " px does not fit a 4096 x 4096 bitmap");
            } finally {
                chars.free();
            }
        } finally {
            info.free();
            MemoryUtil.memFree(ttf);
        }
    }

    private static Texture tryPack(ByteBuffer ttf, float pixelHeight, int side, STBTTPackedchar.Buffer chars,
                                   String name) {
        ByteBuffer bitmap = MemoryUtil.memCalloc(side * side);
        STBTTPackContext pc = STBTTPackContext.malloc();
        try {
            if (!stbtt_PackBegin(pc, bitmap, side, side, 0, 1, MemoryUtil.NULL)) {
                return null;
            }
            stbtt_PackSetOversampling(pc, 2, 1);
            boolean ok = true;
            int at = 0;
            for (int[] r : RANGES) {
                chars.position(at);
                chars.limit(at + r[1]);
                ok &= stbtt_PackFontRange(pc, ttf, 0, pixelHeight, r[0], chars);
                at += r[1];
            }
            chars.clear();
            stbtt_PackEnd(pc);
            if (!ok) {
                return null;
            }
            byte[] alpha = new byte[side * side];
            bitmap.get(0, alpha);
            return Texture.alpha(side, side, alpha, Texture.Filter.LINEAR, name);
        } finally {
            pc.free();
            MemoryUtil.memFree(bitmap);
        }
    }

    /** The classpath path the font came from. */
    public String name() {
        return name;
    }

    /** The pixel height the glyphs were rasterised at. */
    public float bakedSize() {
        return bakedSize;
    }

    /** Distance from the baseline up to the top of the tallest glyphs, for text of height {@code size}. */
    public float ascent(float size) {
        return ascent * size / bakedSize;
    }

    /** Distance from the baseline down to the bottom of the lowest glyphs (positive), at {@code size}. */
    public float descent(float size) {
        return descent * size / bakedSize;
    }

    /** Baseline-to-baseline distance at {@code size}. */
    public float lineHeight(float size) {
        return (ascent + descent + lineGap) * size / bakedSize;
    }

    /** The width of {@code text} drawn at height {@code size} (widest line if it has several). */
    public float width(String text, float size) {
        float widest = 0;
        float w = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                widest = Math.max(widest, w);
                w = 0;
            } else {
                w += advance[slot(c)];
            }
        }
        return Math.max(widest, w) * size / bakedSize;
    }

    /** The glyph bitmap (alpha only). */
    Texture texture() {
        return texture;
    }

    int slot(char c) {
        int s = c < 256 ? slotOf[c] : -1;
        return s < 0 ? fallback : s;
    }

    float u0(int s) {
        return u0[s];
    }

    float v0(int s) {
        return v0[s];
    }

    float u1(int s) {
        return u1[s];
    }

    float v1(int s) {
        return v1[s];
    }

    float x0(int s) {
        return x0[s];
    }

    float y0(int s) {
        return y0[s];
    }

    float x1(int s) {
        return x1[s];
    }

    float y1(int s) {
        return y1[s];
    }

    float advance(int s) {
        return advance[s];
    }
}

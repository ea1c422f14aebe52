package dev.javelin.render;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.IntBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.lwjgl.stb.STBImage;
import org.lwjgl.stb.STBImageWrite;
import org.lwjgl.system.MemoryStack;
import org.lwjgl.system.MemoryUtil;

/**
 * An RGBA image in memory, 8 bits per channel, row 0 at the top: what a screenshot captures and what a
 * {@link Texture} is made from. Mutable (for images generated in code); not thread-safe, so hand it
 * to another thread only once done writing. PNG in and out go through stb_image / stb_image_write.
 */
public final class Pixels {

    private final int width;
    private final int height;
    private final byte[] rgba;

    /** A transparent black image of {@code width} by {@code height} pixels (each 1 to 16384). */
    public Pixels(int width, int height) {
        if (width < 1 || height < 1 || width > 16384 || height > 16384) {
            throw new IllegalArgumentException("image size must be within 1..16384 on each side, was "
                    + width + " x " + height);
        }
        this.width = width;
        this.height = height;
        this.rgba = new byte[width * height * 4];
    }

    /** An image of one colour, {@code width} by {@code height}. */
    public static Pixels solid(int width, int height, int rgba) {
        Pixels p = new Pixels(width, height);
        p.fill(0, 0, width, height, rgba);
        return p;
    }

    /**
     * A filled disc of {@code diameter} pixels in {@code rgba} on transparent texels, its rim
     * anti-aliased (alpha scaled by how much of each texel the disc covers): a generic round sprite.
     */
    public static Pixels disc(int diameter, int rgba) {
        Pixels p = new Pixels(diameter, diameter);
        float r = diameter * 0.5f;
        int alpha = Color.alpha(rgba);
        for (int y = 0; y < diameter; y++) {
            for (int x = 0; x < diameter; x++) {
                float dx = x + 0.5f - r;
                float dy = y + 0.5f - r;
                float cover = Math.max(0f, Math.min(1f, r - (float) Math.sqrt(dx * dx + dy * dy) + 0.5f));
                if (cover > 0f) {
                    p.set(x, y, (rgba & 0xFFFFFF00) | Math.round(alpha * cover));
                }
            }
        }
        return p;
    }

    /** Decodes a PNG (or JPEG, BMP, TGA: whatever stb_image reads) from the classpath. */
    public static Pixels load(String classpathPath) {
        return decode(Resources.read(classpathPath), classpathPath);
    }

    /** Decodes image file bytes; {@code name} only labels errors. */
    public static Pixels decode(byte[] encoded, String name) {
        ByteBuffer in = Resources.toNative(encoded);
        try (MemoryStack stack = MemoryStack.stackPush()) {
            IntBuffer w = stack.mallocInt(1);
            IntBuffer h = stack.mallocInt(1);
            IntBuffer comp = stack.mallocInt(1);
            ByteBuffer data = STBImage.stbi_load_from_memory(in, w, h, comp, 4);
            if (data == null) {
                throw new IllegalArgumentException("cannot decode image " + name + ": " + STBImage.stbi_failure_reason());
            }
            try {
                Pixels p = new Pixels(w.get(0), h.get(0));
                data.get(0, p.rgba);
                return p;
            } finally {
                STBImage.stbi_image_free(data);
            }
        } finally {
            MemoryUtil.memFree(in);
        }
    }

    /** Wraps rows read bottom-up (as glReadPixels gives them) into a top-down image. */
    static Pixels fromBottomUp(int width, int height, ByteBuffer bottomUp) {
        Pixels p = new Pixels(width, height);
        int row = width * 4;
        for (int y = 0; y < height; y++) {
            bottomUp.get((height - 1 - y) * row, p.rgba, y * row, row);
        }
        return p;
    }

    /** Width in pixels. */
    public int width() {
        return width;
    }

    /** Height in pixels. */
    public int height() {
        return height;
    }

    /** The pixel at column {@code x}, row {@code y} (0 = top) as {@code 0xRRGGBBAA}. */
    public int rgba(int x, int y) {
        int i = index(x, y);
        return (rgba[i] & 0xFF) << 24 | (rgba[i + 1] & 0xFF) << 16 | (rgba[i + 2] & 0xFF) << 8 | (rgba[i + 3] & 0xFF);
    }

    /** Sets the pixel at column {@code x}, row {@code y} (0 = top) to {@code 0xRRGGBBAA}. */
    public void set(int x, int y, int rgba) {
        int i = index(x, y);
        this.rgba[i] = (byte) (rgba >>> 24);
        this.rgba[i + 1] = (byte) (rgba >>> 16);
        this.rgba[i + 2] = (byte) (rgba >>> 8);
        this.rgba[i + 3] = (byte) rgba;
    }

    /** Fills the rectangle of {@code w} by {@code h} pixels at ({@code x}, {@code y}) with one colour. */
    public void fill(int x, int y, int w, int h, int rgba) {
        for (int j = y; j < y + h; j++) {
            for (int i = x; i < x + w; i++) {
                set(i, j, rgba);
            }
        }
    }

    /** Copies this image into {@code target} with its top-left corner at ({@code x}, {@code y}). */
    public void copyTo(Pixels target, int x, int y) {
        if (x < 0 || y < 0 || x + width > target.width || y + height > target.height) {
            throw new IllegalArgumentException("a " + width + " x " + height + " image does not fit at (" + x
                    + ", " + y + ") in a " + target.width + " x " + target.height + " image");
        }
        for (int row = 0; row < height; row++) {
            System.arraycopy(rgba, row * width * 4, target.rgba, ((y + row) * target.width + x) * 4, width * 4);
        }
    }

    /** Writes this image as a PNG file (complete or not at all), creating parent folders. Returns {@code file}. */
    public Path writePng(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        // Written beside the target and then renamed, so that nobody ever sees half a PNG.
        Path partial = file.toAbsolutePath().resolveSibling(file.getFileName() + ".part");
        ByteBuffer data = copyToNative();
        try {
            if (!STBImageWrite.stbi_write_png(partial.toString(), width, height, 4, data, width * 4)) {
                throw new IOException("stb_image_write could not write " + partial);
            }
        } finally {
            MemoryUtil.memFree(data);
        }
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return file;
    }

    /** A copy of the RGBA bytes, top row first. */
    byte[] toByteArray() {
        return rgba.clone();
    }

    /** The RGBA bytes, top row first, in a new native buffer the caller frees with {@link MemoryUtil#memFree}. */
    ByteBuffer copyToNative() {
        return Resources.toNative(rgba);
    }

    private int index(int x, int y) {
        if (x < 0 || y < 0 || x >= width || y >= height) {
            throw new IndexOutOfBoundsException("pixel (" + x + ", " + y + ") outside " + width + " x " + height);
        }
        return (y * width + x) * 4;
    }
}

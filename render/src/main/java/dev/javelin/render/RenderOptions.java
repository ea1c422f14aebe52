package dev.javelin.render;

import dev.javelin.engine.loop.Clock;
import java.nio.file.Path;

/**
 * How a renderer opens its window and paces its frames. Immutable; build with {@link #builder()}.
 *
 * @param width              framebuffer width in pixels at start, 16 to 8192
 * @param height             framebuffer height in pixels at start, 16 to 8192
 * @param title              window title, never null
 * @param vsync              whether buffer swaps wait for the display's refresh (ignored by some
 *                           software GL drivers: pair it with a cap there)
 * @param fpsCap             most frames per second, 0 for no cap; the loop sleeps out the rest of a frame
 * @param offscreen          no window and no X server: GLFW's null platform with an EGL context
 *                           (tests, headless captures)
 * @param clock              the time source that alpha and frame pacing read, never null
 * @param snapDistance       world units; an object that moves farther than this in one step is drawn at
 *                           its new place at once instead of sliding (teleports, respawns)
 * @param cullMarginPixels   objects whose box, grown by this many pixels, misses the view are not drawn
 * @param clearColor         background colour, {@code 0xRRGGBBAA}
 * @param netGraphKey        key that toggles the net-graph overlay ({@link Keys}), or -1 for none
 * @param screenshotKey      key that saves a screenshot, or -1 for none
 * @param screenshotDir      folder the screenshot key writes PNGs to, never null; by default
 *                           {@link UserFolders#screenshots UserFolders.screenshots("javelin")}
 * @param netGraphVisible    whether the overlay shows at start
 * @param maxFrames          stop after this many frames, 0 to run until closed or stopped
 * @param spritePath         how sprites become primitives, never null; see {@link SpritePath}
 * @param quitKey            key that ends the render loop as closing the window does, or -1 for none
 */
public record RenderOptions(int width, int height, String title, boolean vsync, int fpsCap, boolean offscreen,
                            Clock clock, float snapDistance, float cullMarginPixels, int clearColor,
                            int netGraphKey, int screenshotKey, Path screenshotDir, boolean netGraphVisible,
                            long maxFrames, SpritePath spritePath, int quitKey) {

    /**
     * How {@link Graphics#sprite} sends sprites to OpenGL. Both draw the same pixels (up to rounding at
     * the edges); they differ in what the driver has to do per sprite.
     */
    public enum SpritePath {
        /** {@link #POINTS} on a software OpenGL (Mesa llvmpipe or softpipe), {@link #QUADS} on a GPU. */
        AUTO,
        /** Two triangles per sprite, corners placed on the CPU: the usual path, best on GPUs. */
        QUADS,
        /**
         * One point per sprite, rotated and clipped in the fragment shader. On a software rasteriser this
         * spares three vertices and a second triangle per sprite. Only sprites up to 64 pixels corner to
         * corner with sides at most 2:1 go this way; larger or longer ones still go as quads.
         */
        POINTS
    }

    public RenderOptions {
        if (width < 16 || width > 8192 || height < 16 || height > 8192) {
            throw new IllegalArgumentException("render size must be within 16..8192 on each side, was "
                    + width + " x " + height);
        }
        if (title == null || clock == null || screenshotDir == null) {
            throw new IllegalArgumentException("render title, clock and screenshotDir must not be null");
        }
        if (fpsCap < 0 || fpsCap > 10_000) {
            throw new IllegalArgumentException("render fpsCap must be within 0..10000 (0 = none), was " + fpsCap);
        }
        if (!(snapDistance > 0)) {
            throw new IllegalArgumentException("render snapDistance must be positive, was " + snapDistance);
        }
        if (!(cullMarginPixels >= 0) || !Float.isFinite(cullMarginPixels)) {
            throw new IllegalArgumentException("render cullMarginPixels must be zero or more, was " + cullMarginPixels);
        }
        if (maxFrames < 0) {
            throw new IllegalArgumentException("render maxFrames must not be negative, was " + maxFrames);
        }
        if (spritePath == null) {
            throw new IllegalArgumentException("render spritePath must not be null");
        }
    }

    /**
     * The defaults: 960 x 600, vsync on, no cap, windowed, system clock, overlay on F3, screenshots on F12
     * into the user's data folder, no quit key, sprite path {@link SpritePath#AUTO}.
     */
    public static RenderOptions defaults() {
        return builder().build();
    }

    /** A builder starting from the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from these options. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.width = width;
        b.height = height;
        b.title = title;
        b.vsync = vsync;
        b.fpsCap = fpsCap;
        b.offscreen = offscreen;
        b.clock = clock;
        b.snapDistance = snapDistance;
        b.cullMarginPixels = cullMarginPixels;
        b.clearColor = clearColor;
        b.netGraphKey = netGraphKey;
        b.screenshotKey = screenshotKey;
        b.screenshotDir = screenshotDir;
        b.netGraphVisible = netGraphVisible;
        b.maxFrames = maxFrames;
        b.spritePath = spritePath;
        b.quitKey = quitKey;
        return b;
    }

    /** Mutable builder for {@link RenderOptions}; {@link #build()} validates. */
    public static final class Builder {
        private int width = 960;
        private int height = 600;
        private String title = "Javelin";
        private boolean vsync = true;
        private int fpsCap;
        private boolean offscreen;
        private Clock clock = Clock.system();
        private float snapDistance = Float.POSITIVE_INFINITY;
        private float cullMarginPixels = 64f;
        private int clearColor = 0x101018FF;
        private int netGraphKey = Keys.F3;
        private int screenshotKey = Keys.F12;
        private Path screenshotDir = UserFolders.screenshots("javelin");
        private boolean netGraphVisible;
        private long maxFrames;
        private SpritePath spritePath = SpritePath.AUTO;
        private int quitKey = -1;

        private Builder() {
        }

        /** Framebuffer size at start in pixels; see {@link RenderOptions#width()}. */
        public Builder size(int w, int h) {
            this.width = w;
            this.height = h;
            return this;
        }

        /** Window title. */
        public Builder title(String t) {
            this.title = t;
            return this;
        }

        /** Wait for vertical sync on swaps. */
        public Builder vsync(boolean on) {
            this.vsync = on;
            return this;
        }

        /** Most frames per second, 0 for none. */
        public Builder fpsCap(int fps) {
            this.fpsCap = fps;
            return this;
        }

        /** No window: GLFW null platform with EGL. */
        public Builder offscreen(boolean on) {
            this.offscreen = on;
            return this;
        }

        /** The clock alpha is measured on: the one the step loop runs on. */
        public Builder clock(Clock c) {
            this.clock = c;
            return this;
        }

        /** Moves longer than this in one step are not blended. */
        public Builder snapDistance(float worldUnits) {
            this.snapDistance = worldUnits;
            return this;
        }

        /** Extra margin around objects when culling, in pixels. */
        public Builder cullMarginPixels(float pixels) {
            this.cullMarginPixels = pixels;
            return this;
        }

        /** Background colour, {@code 0xRRGGBBAA}. */
        public Builder clearColor(int rgba) {
            this.clearColor = rgba;
            return this;
        }

        /** Key toggling the net graph, -1 for none. */
        public Builder netGraphKey(int key) {
            this.netGraphKey = key;
            return this;
        }

        /** Key saving a screenshot, -1 for none. */
        public Builder screenshotKey(int key) {
            this.screenshotKey = key;
            return this;
        }

        /** Folder the screenshot key writes to. */
        public Builder screenshotDir(Path dir) {
            this.screenshotDir = dir;
            return this;
        }

        /** Show the net graph from the start. */
        public Builder netGraphVisible(boolean on) {
            this.netGraphVisible = on;
            return this;
        }

        /** Stop after this many frames, 0 for never. */
        public Builder maxFrames(long frames) {
            this.maxFrames = frames;
            return this;
        }

        /** How sprites are drawn; {@link SpritePath#AUTO} picks by the OpenGL driver. */
        public Builder spritePath(SpritePath path) {
            this.spritePath = path;
            return this;
        }

        /** Key that ends the render loop ({@link Keys#ESCAPE}, say), -1 for none. */
        public Builder quitKey(int key) {
            this.quitKey = key;
            return this;
        }

        /** The options; throws {@link IllegalArgumentException} naming the first bad setting. */
        public RenderOptions build() {
            return new RenderOptions(width, height, title, vsync, fpsCap, offscreen, clock, snapDistance,
                    cullMarginPixels, clearColor, netGraphKey, screenshotKey, screenshotDir, netGraphVisible,
                    maxFrames, spritePath, quitKey);
        }
    }
}

package dev.javelin.sample;

import dev.javelin.render.Color;
import dev.javelin.render.Graphics;
import java.util.SplittableRandom;

/**
 * Stars behind the arena in three layers that move slower than the world (parallax), drawn in screen
 * pixels. Every layer is a square tile of stars repeated over the screen; the same seed gives the same
 * sky on every machine and every run. Render thread only.
 */
final class Starfield {

    /** Edge of a layer's tile in pixels. */
    static final int TILE = 512;
    /** How far each layer moves per pixel the camera moves: far and dim to near and bright. */
    private static final float[] PARALLAX = {0.06f, 0.16f, 0.34f};
    private static final int[] STARS_PER_TILE = {120, 60, 24};
    private static final float[] SIZE = {1f, 1.5f, 2f};
    private static final int[] TINTS = {
        Color.rgba(255, 255, 255, 255), Color.rgba(190, 210, 255, 255), Color.rgba(255, 235, 200, 255),
    };

    private final float[][] x = new float[PARALLAX.length][];
    private final float[][] y = new float[PARALLAX.length][];
    private final int[][] color = new int[PARALLAX.length][];

    Starfield(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        for (int layer = 0; layer < PARALLAX.length; layer++) {
            int n = STARS_PER_TILE[layer];
            x[layer] = new float[n];
            y[layer] = new float[n];
            color[layer] = new int[n];
            for (int i = 0; i < n; i++) {
                x[layer][i] = (float) random.nextDouble(TILE);
                y[layer][i] = (float) random.nextDouble(TILE);
                float brightness = (float) (0.35 + 0.2 * layer + random.nextDouble(0.35));
                color[layer][i] = Color.withAlpha(TINTS[random.nextInt(TINTS.length)], Math.min(1f, brightness));
            }
        }
    }

    /**
     * Draws the sky for a camera centred on ({@code cameraX}, {@code cameraY}) world units at
     * {@code pixelsPerUnit}, in the screen pass.
     */
    void draw(Graphics g, float cameraX, float cameraY, float pixelsPerUnit) {
        int w = g.width();
        int h = g.height();
        for (int layer = 0; layer < PARALLAX.length; layer++) {
            // World y goes up and screen y down: the sky slides down the screen as the camera climbs.
            float ox = -floorMod(cameraX * pixelsPerUnit * PARALLAX[layer]);
            float oy = floorMod(cameraY * pixelsPerUnit * PARALLAX[layer]) - TILE;
            float s = SIZE[layer];
            for (float tx = ox; tx < w; tx += TILE) {
                for (float ty = oy; ty < h; ty += TILE) {
                    for (int i = 0; i < x[layer].length; i++) {
                        float sx = tx + x[layer][i];
                        float sy = ty + y[layer][i];
                        if (sx >= -2 && sx <= w + 2 && sy >= -2 && sy <= h + 2) {
                            g.fillRect(sx, sy, s, s, 0f, color[layer][i]);
                        }
                    }
                }
            }
        }
    }

    private static float floorMod(float v) {
        float m = v % TILE;
        return m < 0 ? m + TILE : m;
    }
}

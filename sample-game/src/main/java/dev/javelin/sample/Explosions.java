package dev.javelin.sample;

import dev.javelin.render.Color;
import dev.javelin.render.Graphics;
import dev.javelin.render.TextureRegion;
import java.util.ArrayList;
import java.util.List;

/**
 * Fireballs where something was destroyed: each grows and fades over its life while a ring of sparks
 * flies out. Only on screen; the game knows nothing of them. Render thread only.
 */
final class Explosions {

    private static final int SPARKS = 10;
    private static final int SPARK = Color.rgba(255, 220, 140, 255);

    private record Blast(float x, float y, float size, long startNanos, long lifeNanos, float spin) {
    }

    private final List<Blast> blasts = new ArrayList<>();

    /** Starts a fireball {@code size} world units across at ({@code x}, {@code y}), lasting {@code seconds}. */
    void add(float x, float y, float size, float seconds, long nowNanos) {
        blasts.add(new Blast(x, y, size, nowNanos, (long) (seconds * 1e9), (x * 7.3f + y * 3.1f) % 6.28f));
    }

    /** Forgets the fireballs that have burnt out by {@code nowNanos}; once a frame. */
    void prune(long nowNanos) {
        blasts.removeIf(b -> nowNanos - b.startNanos() >= b.lifeNanos());
    }

    /** How many are burning. */
    int active() {
        return blasts.size();
    }

    /** Draws every fireball at {@code nowNanos}, in the world pass. */
    void draw(Graphics g, TextureRegion fire, long nowNanos) {
        for (Blast b : blasts) {
            float t = Math.min(1f, Math.max(0f, (nowNanos - b.startNanos()) / (float) b.lifeNanos()));
            float fade = 1f - t * t;
            float size = b.size() * (0.45f + 0.85f * (float) Math.sqrt(t));
            g.sprite(fire, b.x(), b.y(), size, size, b.spin() + t * 1.5f, Color.withAlpha(Color.WHITE, fade));
            float reach = b.size() * (0.2f + 1.1f * t);
            float r = Math.max(g.pixelSize() * 1.5f, b.size() * 0.035f * (1f - t));
            for (int i = 0; i < SPARKS; i++) {
                double a = b.spin() + i * (Math.PI * 2 / SPARKS) + (i % 3) * 0.21;
                float k = 0.75f + (i % 4) * 0.12f;
                g.fillCircle(b.x() + (float) Math.cos(a) * reach * k, b.y() + (float) Math.sin(a) * reach * k, r,
                        Color.withAlpha(SPARK, fade));
            }
        }
    }
}

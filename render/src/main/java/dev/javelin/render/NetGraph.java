package dev.javelin.render;

import dev.javelin.engine.view.NetStats;
import java.util.Locale;

/**
 * The net-graph overlay: frame rate and time, round-trip time, snapshot traffic, corrections, step drift
 * and the sync strategy, as numbers and as small plots of the last {@link #SAMPLES} frames. Drawn in
 * the screen pass at the top-left. Render thread only.
 */
final class NetGraph {

    static final int SAMPLES = 240;
    static final float LEFT = 8f;
    static final float TOP = 8f;
    static final float WIDTH = 320f;
    private static final float TEXT = 14f;
    private static final float PLOT_HEIGHT = 30f;
    private static final int PANEL = 0x000000B4;
    private static final int PLOT_BG = 0x2A2A36E0;
    private static final int LABEL = 0xE0E0E0FF;

    private final float[] frameMs = new float[SAMPLES];
    private final float[] rtt = new float[SAMPLES];
    private final float[] kbpsIn = new float[SAMPLES];
    private final float[] kbpsOut = new float[SAMPLES];
    private final float[] drift = new float[SAMPLES];
    private final float[] corrections = new float[SAMPLES];
    private int head;
    private int count;
    private long recentNanos;
    private int recentFrames;
    private float fps;
    private NetStats last = NetStats.NONE;

    /** Records one frame: its interval and the network figures it showed. */
    void sample(long frameNanos, NetStats stats) {
        frameMs[head] = frameNanos / 1e6f;
        rtt[head] = stats.rttMs();
        kbpsIn[head] = stats.snapshotKbpsIn();
        kbpsOut[head] = stats.snapshotKbpsOut();
        drift[head] = stats.stepDrift();
        corrections[head] = stats.correctionsPerSecond();
        head = (head + 1) % SAMPLES;
        count = Math.min(count + 1, SAMPLES);
        last = stats;
        recentNanos += frameNanos;
        recentFrames++;
        if (recentNanos >= 500_000_000L) {
            fps = recentFrames * 1e9f / recentNanos;
            recentNanos = 0;
            recentFrames = 0;
        }
    }

    /** Frames per second over the last half second or so. */
    float fps() {
        return fps;
    }

    /** The panel's height in pixels. */
    static float height() {
        return 5 * (TEXT + 4) + 4 * (PLOT_HEIGHT + 6) + 14;
    }

    void draw(Graphics g, NetStats stats) {
        float h = height();
        g.fillRect(LEFT + WIDTH / 2, TOP + h / 2, WIDTH, h, 0f, PANEL);
        float x = LEFT + 8;
        float y = TOP + 6 + TEXT;
        float lastFrame = count == 0 ? 0f : frameMs[(head - 1 + SAMPLES) % SAMPLES];
        String[] lines = {
            String.format(Locale.ROOT, "fps %.1f   frame %.1f ms", fps, lastFrame),
            String.format(Locale.ROOT, "rtt %.1f ms   drift %+.2f steps", stats.rttMs(), stats.stepDrift()),
            String.format(Locale.ROOT, "in %.1f kbit/s   out %.1f kbit/s", stats.snapshotKbpsIn(), stats.snapshotKbpsOut()),
            String.format(Locale.ROOT, "snapshot %d B   corrections %.1f/s", stats.lastSnapshotBytes(),
                    stats.correctionsPerSecond()),
            "strategy " + stats.strategy(),
        };
        for (String line : lines) {
            g.text(line, x, y, TEXT, LABEL);
            y += TEXT + 4;
        }
        y += 2;
        y = plot(g, x, y, "frame ms", frameMs, null, 0xFFD060FF, 0);
        y = plot(g, x, y, "rtt ms", rtt, null, 0x60D0FFFF, 0);
        y = plot(g, x, y, "kbit/s in/out", kbpsIn, kbpsOut, 0x70FF70FF, 0xFF70B0FF);
        plot(g, x, y, "drift steps", drift, null, 0xFF9050FF, 0);
    }

    private float plot(Graphics g, float x, float y, String label, float[] a, float[] b, int colorA, int colorB) {
        float w = WIDTH - 16;
        g.fillRect(x + w / 2, y + PLOT_HEIGHT / 2, w, PLOT_HEIGHT, 0f, PLOT_BG);
        float lo = 0f;
        float hi = 1e-6f;
        for (int i = 0; i < count; i++) {
            hi = Math.max(hi, Math.max(a[i], b == null ? a[i] : b[i]));
            lo = Math.min(lo, Math.min(a[i], b == null ? a[i] : b[i]));
        }
        line(g, x, y, w, a, lo, hi, colorA);
        if (b != null) {
            line(g, x, y, w, b, lo, hi, colorB);
        }
        g.text(String.format(Locale.ROOT, "%s  max %.1f", label, hi), x + 3, y + 11, 10f, LABEL);
        return y + PLOT_HEIGHT + 6;
    }

    private void line(Graphics g, float x, float y, float w, float[] v, float lo, float hi, int color) {
        if (count < 2) {
            return;
        }
        float step = w / (SAMPLES - 1);
        float scale = (PLOT_HEIGHT - 4) / (hi - lo);
        int first = (head - count + SAMPLES) % SAMPLES;
        float px = x + (SAMPLES - count) * step;
        float py = y + PLOT_HEIGHT - 2 - (v[first] - lo) * scale;
        for (int i = 1; i < count; i++) {
            int k = (first + i) % SAMPLES;
            float nx = px + step;
            float ny = y + PLOT_HEIGHT - 2 - (v[k] - lo) * scale;
            g.line(px, py, nx, ny, color);
            px = nx;
            py = ny;
        }
    }
}

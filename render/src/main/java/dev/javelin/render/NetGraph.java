package dev.javelin.render;

import dev.javelin.engine.view.NetStats;
import java.util.Locale;

/**
 * The net-graph overlay: frame rate and time, round-trip time and jitter, snapshot traffic, snapshot loss,
 * corrections, interpolation delay and step drift, as numbers and as plots of the last
 * {@link #HISTORY_SECONDS} seconds. The history is kept in {@link #COLUMNS} columns of a fixed span each,
 * so it covers the same time at 30 or 1,000 frames per second: a column holds its slowest frame and the
 * last network figures seen in it. Each plot has a legend, its scale, and a line at zero.
 *
 * <p>Drawn in the screen pass in the top-right corner, so that a game's HUD keeps the top-left (where
 * scoreboards usually sit). Render thread only.
 */
final class NetGraph {

    /** How far back the plots reach, in seconds. */
    static final int HISTORY_SECONDS = 10;
    /** Columns per plot; each spans {@link #COLUMN_NANOS}. */
    static final int COLUMNS = 200;
    static final long COLUMN_NANOS = HISTORY_SECONDS * 1_000_000_000L / COLUMNS;
    static final float MARGIN = 8f;
    static final float WIDTH = 340f;

    static final int FRAME_MS = 0;
    static final int RTT = 1;
    static final int JITTER = 2;
    static final int KBPS_IN = 3;
    static final int KBPS_OUT = 4;
    static final int LOSS = 5;
    static final int CORRECTIONS = 6;
    static final int DELAY = 7;
    static final int DRIFT = 8;
    private static final int SERIES = 9;

    private static final float TEXT = 13f;
    private static final float SMALL = 10f;
    private static final float LINE = TEXT + 3;
    private static final float PLOT_HEIGHT = 24f;
    private static final float PLOT_GAP = 5f;
    private static final int TEXT_LINES = 5;
    private static final int PLOTS = 7;
    private static final int PANEL = 0x000000C0;
    private static final int PLOT_BG = 0x23232EE0;
    private static final int ZERO = 0x8A8AA0FF;
    private static final int LABEL = 0xE0E0E0FF;
    private static final int DIM = 0xA0A0B0FF;
    private static final int YELLOW = 0xFFD060FF;
    private static final int BLUE = 0x60D0FFFF;
    private static final int VIOLET = 0xB090FFFF;
    private static final int GREEN = 0x70FF70FF;
    private static final int PINK = 0xFF70B0FF;
    private static final int RED = 0xFF5050FF;
    private static final int ORANGE = 0xFF9050FF;
    private static final int TEAL = 0x50E0C0FF;

    /** Column values by series; column {@code k} of the history is {@code (head - k)} modulo COLUMNS. */
    private final float[][] values = new float[SERIES][COLUMNS];
    private int head;
    /** Columns that hold data, up to {@link #COLUMNS}. */
    private int filled;
    private long clockNanos;
    private long headColumn = -1;
    private long recentNanos;
    private int recentFrames;
    private float fps;
    private float lastFrameMs;

    /** Records one frame: its interval in nanoseconds and the network figures it showed. */
    void sample(long frameNanos, NetStats stats) {
        clockNanos += Math.max(0, frameNanos);
        long column = clockNanos / COLUMN_NANOS;
        float frameMs = frameNanos / 1e6f;
        lastFrameMs = frameMs;
        if (headColumn < 0) {
            headColumn = column;
            filled = 1;
        } else if (column != headColumn) {
            // Columns this frame spanned without another frame get its interval too: a stall shows as wide as it was.
            long skipped = Math.min(column - headColumn, COLUMNS);
            for (long i = 0; i < skipped; i++) {
                int prev = head;
                head = (head + 1) % COLUMNS;
                for (int s = 0; s < SERIES; s++) {
                    values[s][head] = values[s][prev];
                }
                values[FRAME_MS][head] = i < skipped - 1 ? frameMs : 0f;
                filled = Math.min(filled + 1, COLUMNS);
            }
            headColumn = column;
        }
        values[FRAME_MS][head] = Math.max(values[FRAME_MS][head], frameMs);
        values[RTT][head] = stats.rttMs();
        values[JITTER][head] = stats.jitterMs();
        values[KBPS_IN][head] = stats.snapshotKbpsIn();
        values[KBPS_OUT][head] = stats.snapshotKbpsOut();
        values[LOSS][head] = stats.snapshotLossPercent();
        values[CORRECTIONS][head] = stats.correctionsPerSecond();
        values[DELAY][head] = stats.interpolationDelayMs();
        values[DRIFT][head] = stats.stepDrift();
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

    /** Columns holding data, up to {@link #COLUMNS}. */
    int filledColumns() {
        return filled;
    }

    /** The value of {@code series} in the column {@code columnsAgo} back from the newest (0). */
    float valueAt(int series, int columnsAgo) {
        return values[series][Math.floorMod(head - columnsAgo, COLUMNS)];
    }

    /** The panel's height in pixels. */
    static float height() {
        return 6 + TEXT_LINES * LINE + 4 + PLOTS * (PLOT_HEIGHT + PLOT_GAP) + 2;
    }

    /** The panel's left edge in pixels on a framebuffer {@code width} wide. */
    static float left(int width) {
        return Math.max(0f, width - WIDTH - MARGIN);
    }

    void draw(Graphics g, NetStats stats) {
        float left = left(g.width());
        float h = height();
        g.fillRect(left + WIDTH / 2, MARGIN + h / 2, WIDTH, h, 0f, PANEL);
        float x = left + 8;
        float y = MARGIN + 4 + TEXT;
        String[] lines = {
            String.format(Locale.ROOT, "fps %.0f   frame %.1f ms   %s", fps, lastFrameMs, stats.strategy()),
            String.format(Locale.ROOT, "rtt %.1f ms   jitter %.1f ms   drift %+.2f", stats.rttMs(), stats.jitterMs(),
                    stats.stepDrift()),
            String.format(Locale.ROOT, "in %.1f kbit/s   out %.1f kbit/s   %d B", stats.snapshotKbpsIn(),
                    stats.snapshotKbpsOut(), stats.lastSnapshotBytes()),
            String.format(Locale.ROOT, "loss %.1f %%   corrections %.1f/s", stats.snapshotLossPercent(),
                    stats.correctionsPerSecond()),
            String.format(Locale.ROOT, "interpolation delay %.0f ms   last %d s", stats.interpolationDelayMs(),
                    HISTORY_SECONDS),
        };
        for (String line : lines) {
            g.text(line, x, y, TEXT, LABEL);
            y += LINE;
        }
        y = MARGIN + 6 + TEXT_LINES * LINE + 4;
        y = plot(g, x, y, "frame ms", FRAME_MS, YELLOW, null, -1, 0);
        y = plot(g, x, y, "rtt ms", RTT, BLUE, "jitter", JITTER, VIOLET);
        y = plot(g, x, y, "kbit/s in", KBPS_IN, GREEN, "out", KBPS_OUT, PINK);
        y = plot(g, x, y, "loss %", LOSS, RED, null, -1, 0);
        y = plot(g, x, y, "corrections/s", CORRECTIONS, ORANGE, null, -1, 0);
        y = plot(g, x, y, "interp delay ms", DELAY, TEAL, null, -1, 0);
        plot(g, x, y, "drift steps", DRIFT, DIM, null, -1, 0);
    }

    /** One plot of series {@code a} (and {@code b} if not -1) under a legend; returns the next plot's top. */
    private float plot(Graphics g, float x, float y, String nameA, int a, int colorA, String nameB, int b, int colorB) {
        float w = WIDTH - 16;
        g.fillRect(x + w / 2, y + PLOT_HEIGHT / 2, w, PLOT_HEIGHT, 0f, PLOT_BG);
        float lo = 0f;
        float hi = 0f;
        for (int k = 0; k < filled; k++) {
            hi = Math.max(hi, Math.max(valueAt(a, k), b < 0 ? 0f : valueAt(b, k)));
            lo = Math.min(lo, Math.min(valueAt(a, k), b < 0 ? 0f : valueAt(b, k)));
        }
        // A rounded scale moves less than the raw extreme, so the plot does not twitch with every sample.
        hi = hi > 0 ? nice(hi) : (lo < 0 ? 0f : 1f);
        lo = lo < 0 ? -nice(-lo) : 0f;
        float top = y + 2;
        float bottom = y + PLOT_HEIGHT - 2;
        float zero = bottom - (0 - lo) / (hi - lo) * (bottom - top);
        g.line(x, zero, x + w, zero, ZERO);
        g.text("0", x + w - 3 - g.textWidth("0", SMALL), Math.min(zero + SMALL - 1, y + PLOT_HEIGHT), SMALL, DIM);
        series(g, x, w, top, bottom, lo, hi, a, colorA);
        if (b >= 0) {
            series(g, x, w, top, bottom, lo, hi, b, colorB);
        }
        float lx = x + 3;
        lx = legend(g, lx, y, nameA, colorA);
        if (nameB != null) {
            legend(g, lx + 8, y, nameB, colorB);
        }
        String scale = String.format(Locale.ROOT, "%s", format(hi));
        g.text(scale, x + w - 3 - g.textWidth(scale, SMALL), y + SMALL, SMALL, DIM);
        return y + PLOT_HEIGHT + PLOT_GAP;
    }

    private static float legend(Graphics g, float x, float y, String name, int color) {
        g.fillRect(x + 3, y + SMALL / 2 + 1, 6, 6, 0f, color);
        g.text(name, x + 9, y + SMALL, SMALL, LABEL);
        return x + 9 + g.textWidth(name, SMALL);
    }

    private void series(Graphics g, float x, float w, float top, float bottom, float lo, float hi, int s, int color) {
        if (filled < 2) {
            return;
        }
        float step = w / (COLUMNS - 1);
        float scale = (bottom - top) / (hi - lo);
        float px = x + w;
        float py = bottom - (valueAt(s, 0) - lo) * scale;
        for (int k = 1; k < filled; k++) {
            float nx = px - step;
            float ny = bottom - (valueAt(s, k) - lo) * scale;
            g.line(px, py, nx, ny, color);
            px = nx;
            py = ny;
        }
    }

    /** The smallest of 1, 2 or 5 times a power of ten that is at least {@code v} (positive). */
    static float nice(float v) {
        double p = Math.pow(10, Math.floor(Math.log10(v)));
        for (double m : new double[] {1, 2, 5, 10}) {
            if (m * p >= v * 0.9999) {
                return (float) (m * p);
            }
        }
        return (float) (10 * p);
    }

    private static String format(float v) {
        return v >= 10 || v == Math.rint(v) ? String.format(Locale.ROOT, "%.0f", v)
                : String.format(Locale.ROOT, "%.1f", v);
    }
}

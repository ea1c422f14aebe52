package dev.javelin.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.javelin.engine.view.NetStats;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NetGraphTest {

    private static NetStats rtt(float ms) {
        return new NetStats(ms, 12f, 3f, 40, 0.5f, 0.1f, "interpolate", 2f, 1.5f, 100f);
    }

    private static void play(NetGraph graph, double seconds, int fps, NetStats stats) {
        long frame = 1_000_000_000L / fps;
        for (long t = 0; t < seconds * 1e9; t += frame) {
            graph.sample(frame, stats);
        }
    }

    @Test
    void theHistoryIsTenSecondsAtAnyFrameRate() {
        for (int fps : new int[] {24, 60, 1000}) {
            NetGraph graph = new NetGraph();
            play(graph, 12, fps, rtt(10f));
            play(graph, 5, fps, rtt(50f));
            assertEquals(NetGraph.COLUMNS, graph.filledColumns(), fps + " fps");
            int half = NetGraph.COLUMNS / 2;
            assertEquals(50f, graph.valueAt(NetGraph.RTT, 0), fps + " fps: newest");
            assertEquals(50f, graph.valueAt(NetGraph.RTT, half - 2), fps + " fps: the last 5 s");
            assertEquals(10f, graph.valueAt(NetGraph.RTT, half + 2), fps + " fps: the 5 s before");
            assertEquals(10f, graph.valueAt(NetGraph.RTT, NetGraph.COLUMNS - 1), fps + " fps: 10 s back");
        }
    }

    @Test
    void aStallFillsTheColumnsItSpannedWithItsFrameTime() {
        NetGraph graph = new NetGraph();
        play(graph, 2, 60, rtt(10f));
        graph.sample(500_000_000L, rtt(10f));
        graph.sample(16_000_000L, rtt(10f));
        float stalled = 0;
        for (int k = 0; k < 20; k++) {
            stalled = Math.max(stalled, graph.valueAt(NetGraph.FRAME_MS, k));
        }
        assertEquals(500f, stalled, 0.01f);
        assertTrue(graph.valueAt(NetGraph.FRAME_MS, 14) < 20f, "before the stall: ordinary frames");
    }

    @Test
    void theOverlayStaysInTheTopRightClearOfAScoreboard() {
        NetGraph graph = new NetGraph();
        play(graph, 3, 60, rtt(20f));
        Recording g = new Recording(1280, 720);
        graph.draw(g, rtt(20f));
        float left = 1280 - NetGraph.MARGIN - NetGraph.WIDTH;
        assertTrue(g.minX >= left - 0.5f, "left edge " + g.minX);
        assertTrue(g.maxX <= 1280 - NetGraph.MARGIN + 0.5f, "right edge " + g.maxX);
        assertTrue(g.maxY <= NetGraph.MARGIN + NetGraph.height() + 0.5f, "bottom " + g.maxY);
    }

    @Test
    void everyPlotHasALegendAndALineAtZero() {
        NetGraph graph = new NetGraph();
        play(graph, 3, 60, rtt(20f));
        Recording g = new Recording(1280, 720);
        graph.draw(g, rtt(20f));
        for (String legend : List.of("frame ms", "rtt ms", "jitter", "kbit/s in", "out", "loss %", "corrections/s",
                "interp delay ms", "drift steps")) {
            assertTrue(g.texts.contains(legend), legend + " in " + g.texts);
        }
        assertEquals(7, g.texts.stream().filter("0"::equals).count(), "a 0 label per plot: " + g.texts);
        assertEquals(7, g.horizontalLines, "a zero line per plot");
        assertTrue(g.texts.stream().anyMatch(t -> t.contains("loss 2.0 %")), g.texts.toString());
        assertTrue(g.texts.stream().anyMatch(t -> t.contains("interpolation delay 100 ms")), g.texts.toString());
        assertTrue(g.texts.stream().anyMatch(t -> t.contains("jitter 1.5 ms")), g.texts.toString());
        assertTrue(g.texts.stream().anyMatch(t -> t.contains("in 12.0 kbit/s")), g.texts.toString());
    }

    @Test
    void scalesAreRoundNumbers() {
        assertEquals(1f, NetGraph.nice(0.7f));
        assertEquals(2f, NetGraph.nice(1.3f));
        assertEquals(50f, NetGraph.nice(21f));
        assertEquals(100f, NetGraph.nice(100f));
    }

    /** Records the extent of what is drawn, the text, and the horizontal lines as wide as a plot. */
    private static final class Recording implements Graphics {
        final int width;
        final int height;
        final List<String> texts = new ArrayList<>();
        float minX = Float.MAX_VALUE;
        float maxX = -Float.MAX_VALUE;
        float maxY = -Float.MAX_VALUE;
        int horizontalLines;

        Recording(int width, int height) {
            this.width = width;
            this.height = height;
        }

        private void cover(float x0, float y0, float x1, float y1) {
            minX = Math.min(minX, Math.min(x0, x1));
            maxX = Math.max(maxX, Math.max(x0, x1));
            maxY = Math.max(maxY, Math.max(y0, y1));
        }

        @Override
        public void sprite(TextureRegion region, float x, float y, float w, float h, float angle, int rgba) {
            cover(x - w / 2, y - h / 2, x + w / 2, y + h / 2);
        }

        @Override
        public void fillRect(float x, float y, float w, float h, float angle, int rgba) {
            cover(x - w / 2, y - h / 2, x + w / 2, y + h / 2);
        }

        @Override
        public void rect(float x, float y, float w, float h, float angle, int rgba) {
            fillRect(x, y, w, h, angle, rgba);
        }

        @Override
        public void line(float x1, float y1, float x2, float y2, int rgba) {
            cover(x1, y1, x2, y2);
            if (y1 == y2 && Math.abs(x2 - x1) > NetGraph.WIDTH - 20) {
                horizontalLines++;
            }
        }

        @Override
        public void fillCircle(float x, float y, float r, int rgba) {
            cover(x - r, y - r, x + r, y + r);
        }

        @Override
        public void circle(float x, float y, float r, int rgba) {
            fillCircle(x, y, r, rgba);
        }

        @Override
        public void polygon(float[] xy, int rgba) {
            for (int i = 0; i < xy.length; i += 2) {
                cover(xy[i], xy[i + 1], xy[i], xy[i + 1]);
            }
        }

        @Override
        public void fillPolygon(float[] xy, int rgba) {
            polygon(xy, rgba);
        }

        @Override
        public void text(String text, float x, float y, float size, int rgba) {
            texts.add(text);
            cover(x, y - size, x + textWidth(text, size), y);
        }

        @Override
        public Font font() {
            return Font.defaultFont();
        }

        @Override
        public void setFont(Font font) {
        }

        @Override
        public float lineWidth() {
            return 1f;
        }

        @Override
        public void setLineWidth(float pixels) {
        }

        @Override
        public float pixelSize() {
            return 1f;
        }

        @Override
        public boolean isScreenPass() {
            return true;
        }

        @Override
        public int width() {
            return width;
        }

        @Override
        public int height() {
            return height;
        }

        @Override
        public float alpha() {
            return 0f;
        }
    }
}

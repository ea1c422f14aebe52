package dev.javelin.bench.load;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import javax.imageio.ImageIO;

/** Draws server tick time (p50, p99, max) against the number of clients, with the 16.7 ms budget, as a PNG. */
final class TickPlot {

    private static final int W = 800;
    private static final int H = 500;
    private static final int LEFT = 70;
    private static final int RIGHT = 30;
    private static final int TOP = 50;
    private static final int BOTTOM = 60;

    private TickPlot() {
    }

    static void write(List<Main.RunResult> runs, Path file) throws IOException {
        List<Main.RunResult> sorted = runs.stream().sorted(Comparator.comparingInt(Main.RunResult::clients)).toList();
        double maxClients = Math.max(1, sorted.stream().mapToInt(Main.RunResult::clients).max().orElse(1));
        double maxMs = Math.max(20, sorted.stream().mapToDouble(Main.RunResult::tickMaxMs).max().orElse(20) * 1.1);
        BufferedImage img = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, W, H);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        g.setColor(Color.BLACK);
        g.drawString("Javelin server tick time vs. clients (60 steps/s, 20 snapshots/s, radius interest)", LEFT, 25);
        g.drawLine(LEFT, H - BOTTOM, W - RIGHT, H - BOTTOM);
        g.drawLine(LEFT, TOP, LEFT, H - BOTTOM);
        for (int i = 0; i <= 5; i++) {
            double ms = maxMs * i / 5;
            int y = y(ms, maxMs);
            g.setColor(new Color(230, 230, 230));
            g.drawLine(LEFT + 1, y, W - RIGHT, y);
            g.setColor(Color.BLACK);
            g.drawString(String.format("%.1f ms", ms), 8, y + 4);
        }
        for (Main.RunResult r : sorted) {
            int x = x(r.clients(), maxClients);
            g.drawString(String.valueOf(r.clients()), x - 12, H - BOTTOM + 18);
        }
        g.drawString("clients", (W - RIGHT + LEFT) / 2 - 20, H - 15);
        int budget = y(1000.0 / 60, maxMs);
        g.setColor(Color.RED);
        g.setStroke(new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
        g.drawLine(LEFT, budget, W - RIGHT, budget);
        g.drawString("16.7 ms step budget", W - RIGHT - 130, budget - 6);
        g.setStroke(new BasicStroke(2f));
        series(g, sorted, maxClients, maxMs, new Color(30, 120, 200), 0, "p50");
        series(g, sorted, maxClients, maxMs, new Color(230, 130, 20), 1, "p99");
        series(g, sorted, maxClients, maxMs, new Color(120, 120, 120), 2, "max");
        g.dispose();
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        ImageIO.write(img, "png", file.toFile());
    }

    private static void series(Graphics2D g, List<Main.RunResult> runs, double maxClients, double maxMs, Color color,
                               int which, String label) {
        g.setColor(color);
        int px = -1;
        int py = -1;
        for (Main.RunResult r : runs) {
            double ms = which == 0 ? r.tickP50Ms() : which == 1 ? r.tickP99Ms() : r.tickMaxMs();
            int x = x(r.clients(), maxClients);
            int y = y(ms, maxMs);
            g.fillOval(x - 4, y - 4, 8, 8);
            if (px >= 0) {
                g.drawLine(px, py, x, y);
            }
            px = x;
            py = y;
        }
        g.drawString(label, LEFT + 15 + which * 60, TOP - 8);
        g.fillRect(LEFT + 2 + which * 60, TOP - 16, 10, 10);
    }

    private static int x(double clients, double maxClients) {
        return LEFT + 20 + (int) ((W - LEFT - RIGHT - 40) * clients / maxClients);
    }

    private static int y(double ms, double maxMs) {
        return H - BOTTOM - (int) ((H - TOP - BOTTOM) * ms / maxMs);
    }
}

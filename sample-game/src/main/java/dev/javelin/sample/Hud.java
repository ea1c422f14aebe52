package dev.javelin.sample;

import dev.javelin.engine.view.RenderObject;
import dev.javelin.engine.view.RenderState;
import dev.javelin.render.Color;
import dev.javelin.render.Graphics;
import dev.javelin.sample.game.Round;
import dev.javelin.sample.game.Ship;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Locale;

/**
 * The arena's heads-up display, in screen pixels: the title and the scoreboard (top-left, where the net
 * graph never goes) with the round, the winner between rounds, notices of pilots joining, leaving and being destroyed (bottom-left), the keys for
 * the first seconds, and a death message with the respawn countdown. Render thread only.
 */
final class Hud {

    static final String TITLE = "JAVELIN  \u00b7  SPACE ARENA";
    static final String KEYS = "arrows / WASD fly    space fire    F3 net graph    F12 screenshot    Esc quit";
    private static final int MAX_NOTICES = 5;
    private static final long NOTICE_NANOS = 6_000_000_000L;
    private static final long KEYS_NANOS = 12_000_000_000L;
    private static final int PANEL = 0x0A0E1CB0;
    private static final int DIM = Color.rgba(150, 160, 190, 255);
    private static final int TITLE_COLOR = Color.rgba(200, 210, 240, 255);
    private static final int DANGER = Color.rgba(255, 110, 80, 255);
    private static final int WINNER = Color.rgba(255, 215, 90, 255);

    private final Deque<String> noticeText = new ArrayDeque<>();
    private final Deque<Long> noticeTime = new ArrayDeque<>();
    private long startNanos = -1;

    /** Shows {@code text} in the notices for a few seconds from {@code nowNanos}. */
    void notice(String text, long nowNanos) {
        noticeText.addLast(text);
        noticeTime.addLast(nowNanos);
        while (noticeText.size() > MAX_NOTICES) {
            noticeText.removeFirst();
            noticeTime.removeFirst();
        }
    }

    void draw(Graphics g, RenderState state, int playerId, long nowNanos, int mine, int theirs) {
        if (startNanos < 0) {
            startNanos = nowNanos;
        }
        List<Ship> ships = new ArrayList<>();
        Round round = null;
        for (RenderObject o : state.objects()) {
            if (o.current() instanceof Ship s) {
                ships.add(s);
            } else if (o.current() instanceof Round r) {
                round = r;
            }
        }
        ships.sort(Comparator.comparingInt((Ship s) -> -s.score).thenComparingInt(Ship::id));
        scoreboard(g, ships, round, playerId, mine);
        if (round != null && round.isOver()) {
            float seconds = Math.max(0, round.nextRoundAtStep - state.step()) * state.stepPeriodNanos() / 1e9f;
            centred(g, round.winner + " wins round " + round.number, g.height() * 0.3f, 34, WINNER);
            centred(g, String.format(Locale.ROOT, "next round in %.1f s", seconds), g.height() * 0.3f + 30, 18,
                    Color.WHITE);
            return;
        }
        notices(g, nowNanos);
        long shown = nowNanos - startNanos;
        if (shown < KEYS_NANOS) {
            float fade = Math.min(1f, (KEYS_NANOS - shown) / 2e9f);
            centred(g, KEYS, g.height() - 18, 13, Color.withAlpha(DIM, fade));
        }
        for (Ship s : ships) {
            if (s.ownerId() == playerId && !s.alive) {
                float seconds = Math.max(0, s.respawnAtStep - state.step()) * state.stepPeriodNanos() / 1e9f;
                centred(g, "DESTROYED", g.height() * 0.4f, 34, DANGER);
                centred(g, String.format(Locale.ROOT, "respawn in %.1f s", seconds), g.height() * 0.4f + 30, 18,
                        Color.WHITE);
            }
        }
    }

    private static void scoreboard(Graphics g, List<Ship> ships, Round round, int playerId, int mine) {
        float rows = Math.min(ships.size(), 12);
        float top = round == null ? 52 : 70;
        float h = top + 2 + rows * 19;
        g.fillRect(12 + 120, 12 + h / 2, 240, h, 0f, PANEL);
        g.text(TITLE, 24, 32, 13, TITLE_COLOR);
        if (round != null) {
            g.text("round " + round.number + "  \u00b7  first to " + round.target, 24, 50, 12, DIM);
        }
        g.text("SCORE", 24, top, 11, DIM);
        g.text("DEATHS", 78, top, 11, DIM);
        g.text("PILOT", 140, top, 11, DIM);
        float y = top;
        for (int i = 0; i < rows; i++) {
            Ship s = ships.get(i);
            y += 19;
            int color = s.ownerId() == playerId ? mine : Color.WHITE;
            right(g, Integer.toString(s.score), 62, y, 15, color);
            right(g, Integer.toString(s.deaths), 124, y, 15, color);
            g.text(s.name, 140, y, 15, s.alive ? color : Color.withAlpha(color, 0.45f));
        }
    }

    private void notices(Graphics g, long nowNanos) {
        while (!noticeTime.isEmpty() && nowNanos - noticeTime.peekFirst() > NOTICE_NANOS) {
            noticeTime.removeFirst();
            noticeText.removeFirst();
        }
        float y = g.height() - 44 - (noticeText.size() - 1) * 18;
        var times = noticeTime.iterator();
        for (String text : noticeText) {
            long age = nowNanos - times.next();
            float fade = Math.min(1f, (NOTICE_NANOS - age) / 1.5e9f);
            g.text(text, 16, y, 14, Color.withAlpha(Color.WHITE, Math.max(0f, fade)));
            y += 18;
        }
    }

    private static void centred(Graphics g, String text, float y, float size, int color) {
        g.text(text, (g.width() - g.textWidth(text, size)) * 0.5f, y, size, color);
    }

    private static void right(Graphics g, String text, float right, float y, float size, int color) {
        g.text(text, right - g.textWidth(text, size), y, size, color);
    }
}

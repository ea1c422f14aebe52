package dev.javelin.sample;

import dev.javelin.engine.Angles;
import dev.javelin.engine.view.RenderObject;
import dev.javelin.engine.view.RenderState;
import dev.javelin.render.Color;
import dev.javelin.render.GlRenderer;
import dev.javelin.render.Graphics;
import dev.javelin.render.KeyBindings.Trigger;
import dev.javelin.render.Keys;
import dev.javelin.render.RenderOptions;
import dev.javelin.sample.game.Asteroid;
import dev.javelin.sample.game.Missile;
import dev.javelin.sample.game.Ship;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntSupplier;

/**
 * The arena on screen: ships as arrowheads (yours green, others orange, with their names), asteroids
 * as rock outlines, missiles as sparks, the camera on your ship, and a scoreboard. Keys: arrows (or
 * W/A/D) to thrust and turn, space to fire, F3 the net graph, F12 a screenshot.
 */
final class SpaceView extends GlRenderer {

    private static final int MINE = Color.rgba(90, 230, 120, 255);
    private static final int THEIRS = Color.rgba(255, 170, 60, 255);
    private static final int ROCK = Color.rgba(190, 180, 170, 255);
    private static final int SPARK = Color.rgba(255, 240, 120, 255);
    private final IntSupplier playerId;

    SpaceView(RenderOptions options, IntSupplier playerId, float viewHeight) {
        super(options);
        this.playerId = playerId;
        bindings().bind(Keys.UP, "up", Trigger.REPEAT).bind(Keys.W, "up", Trigger.REPEAT)
                .bind(Keys.LEFT, "left", Trigger.REPEAT).bind(Keys.A, "left", Trigger.REPEAT)
                .bind(Keys.RIGHT, "right", Trigger.REPEAT).bind(Keys.D, "right", Trigger.REPEAT)
                .bind(Keys.SPACE, "fire", Trigger.REPEAT);
        camera().setViewHeight(viewHeight);
        onDraw(Ship.class, this::drawShip);
        onDraw(Asteroid.class, (g, a) -> {
            float r = a.width * 0.5f;
            float[] xy = new float[16];
            for (int i = 0; i < 8; i++) {
                float k = r * (0.8f + 0.2f * ((i * 7 + a.id()) % 3) / 2f);
                float t = a.angle + i * Angles.TWO_PI / 8;
                xy[2 * i] = a.position.x + Angles.cos(t) * k;
                xy[2 * i + 1] = a.position.y + Angles.sin(t) * k;
            }
            g.polygon(xy, ROCK);
        });
        onDraw(Missile.class, (g, m) -> g.fillCircle(m.position.x, m.position.y, Missile.SIZE * 0.5f, SPARK));
    }

    private void drawShip(Graphics g, Ship s) {
        if (!s.alive) {
            return;
        }
        boolean mine = s.ownerId() == playerId.getAsInt();
        float c = Angles.cos(s.angle);
        float n = Angles.sin(s.angle);
        float r = Ship.SIZE * 0.6f;
        float[] xy = {
            s.position.x + c * r, s.position.y + n * r,
            s.position.x - c * r * 0.7f - n * r * 0.6f, s.position.y - n * r * 0.7f + c * r * 0.6f,
            s.position.x - c * r * 0.7f + n * r * 0.6f, s.position.y - n * r * 0.7f - c * r * 0.6f,
        };
        g.fillPolygon(xy, mine ? MINE : THEIRS);
        g.text(s.name, s.position.x - g.textWidth(s.name, 14) * 0.5f, s.position.y + Ship.SIZE, 14, Color.WHITE);
    }

    @Override
    protected void drawBackground(Graphics g, RenderState state) {
        // Follow the player's ship from the state, not from its draw callback: an off-screen ship is culled.
        if (camera().followedId() == 0) {
            for (RenderObject o : state.objects()) {
                if (o.current() instanceof Ship s && s.ownerId() == playerId.getAsInt()) {
                    camera().follow(s.id());
                }
            }
        }
        float w = state.bounds().width();
        float h = state.bounds().height();
        for (int x = 0; x <= w; x += 250) {
            g.line(x, 0, x, h, Color.rgba(40, 50, 70, 255));
        }
        for (int y = 0; y <= h; y += 250) {
            g.line(0, y, w, y, Color.rgba(40, 50, 70, 255));
        }
    }

    @Override
    protected void drawHud(Graphics g, RenderState state) {
        List<Ship> ships = new ArrayList<>();
        for (RenderObject o : state.objects()) {
            if (o.current() instanceof Ship s) {
                ships.add(s);
            }
        }
        ships.sort(Comparator.comparingInt((Ship s) -> -s.score).thenComparingInt(Ship::id));
        float y = 24;
        g.text("SCORE  DEATHS  PILOT", 16, y, 16, Color.WHITE);
        for (Ship s : ships) {
            y += 20;
            g.text(String.format("%5d  %6d  %s", s.score, s.deaths, s.name), 16, y, 16,
                    s.ownerId() == playerId.getAsInt() ? MINE : Color.WHITE);
        }
    }
}

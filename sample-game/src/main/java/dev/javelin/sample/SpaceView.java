package dev.javelin.sample;

import dev.javelin.engine.view.RenderObject;
import dev.javelin.engine.view.RenderState;
import dev.javelin.render.Color;
import dev.javelin.render.GlRenderer;
import dev.javelin.render.Graphics;
import dev.javelin.render.KeyBindings.Trigger;
import dev.javelin.render.Keys;
import dev.javelin.render.RenderOptions;
import dev.javelin.render.Texture;
import dev.javelin.render.TextureAtlas;
import dev.javelin.sample.game.Asteroid;
import dev.javelin.sample.game.Missile;
import dev.javelin.sample.game.Ship;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntSupplier;

/**
 * The arena on screen: ships as arrowheads (yours green, others orange, with their names), asteroids
 * as rocks, missiles as sparks (sprites from the assets module), the camera on your ship, and a scoreboard. Keys: arrows (or
 * W/A/D) to thrust and turn, space to fire, F3 the net graph, F12 a screenshot.
 */
final class SpaceView extends GlRenderer {

    private static final int MINE = Color.rgba(90, 230, 120, 255);
    private static final int THEIRS = Color.rgba(255, 170, 60, 255);
    private static final int SPARK = Color.rgba(255, 240, 120, 255);
    private final IntSupplier playerId;
    private TextureAtlas atlas;

    SpaceView(RenderOptions options, IntSupplier playerId, float viewHeight) {
        super(options);
        this.playerId = playerId;
        bindings().bind(Keys.UP, "up", Trigger.REPEAT).bind(Keys.W, "up", Trigger.REPEAT)
                .bind(Keys.LEFT, "left", Trigger.REPEAT).bind(Keys.A, "left", Trigger.REPEAT)
                .bind(Keys.RIGHT, "right", Trigger.REPEAT).bind(Keys.D, "right", Trigger.REPEAT)
                .bind(Keys.SPACE, "fire", Trigger.REPEAT);
        camera().setViewHeight(viewHeight);
        onDraw(Ship.class, this::drawShip);
        onDraw(Asteroid.class, (g, a) -> g.sprite(atlas.region("asteroid"), a.position.x, a.position.y,
                a.width * 1.1f, a.height * 1.1f, a.angle, Color.WHITE));
        onDraw(Missile.class, (g, m) -> g.sprite(atlas.region("missile"), m.position.x, m.position.y,
                Missile.SIZE * 2, Missile.SIZE * 2, 0f, SPARK));
    }

    private void drawShip(Graphics g, Ship s) {
        if (!s.alive) {
            return;
        }
        boolean mine = s.ownerId() == playerId.getAsInt();
        g.sprite(atlas.region("ship"), s.position.x, s.position.y, Ship.SIZE * 1.3f, Ship.SIZE * 1.3f, s.angle,
                mine ? MINE : THEIRS);
        g.text(s.name, s.position.x - g.textWidth(s.name, 14) * 0.5f, s.position.y + Ship.SIZE, 14, Color.WHITE);
    }

    /** The sprites are drawn by assets/tools/make_sprites.py and packed into one atlas here. */
    @Override
    protected void started() {
        atlas = TextureAtlas.builder().name("space").filter(Texture.Filter.LINEAR)
                .add("ship", "javelin/sprites/ship.png")
                .add("asteroid", "javelin/sprites/asteroid.png")
                .add("missile", "javelin/sprites/missile.png")
                .build();
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

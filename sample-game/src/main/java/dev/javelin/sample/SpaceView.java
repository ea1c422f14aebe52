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
import dev.javelin.sample.game.Round;
import dev.javelin.sample.game.Ship;
import java.util.function.IntSupplier;

/**
 * The arena on screen: a parallax starfield, ships (yours green, others orange, with their names in
 * screen-sized letters and a flame while thrusting), asteroids, missiles, fireballs where things are
 * destroyed, the camera on your ship, and the {@link Hud}. Sprites come from the assets module. Keys:
 * arrows (or W/A/D) to thrust and turn, space to fire, F3 the net graph, F12 a screenshot, Esc to quit.
 */
final class SpaceView extends GlRenderer {

    static final int MINE = Color.rgba(90, 230, 120, 255);
    static final int THEIRS = Color.rgba(255, 170, 60, 255);
    /** Colour behind the stars. */
    static final int SPACE = Color.rgba(6, 8, 18, 255);
    /** Height of a pilot's name in screen pixels, whatever the zoom. */
    static final float LABEL_PIXELS = 13f;

    private final IntSupplier playerId;
    private final Starfield stars = new Starfield(0x5EED5L);
    private final Explosions explosions = new Explosions();
    private final ArenaChanges changes = new ArenaChanges();
    private final Hud hud = new Hud();
    private final ArenaChanges.Listener onChange = new ArenaChanges.Listener() {
        @Override
        public void asteroidDestroyed(float x, float y, int level) {
            explosions.add(x, y, Asteroid.sizeOf(level) * 1.6f, 0.55f, now);
        }

        @Override
        public void shipDestroyed(float x, float y, String name, int ownerId) {
            explosions.add(x, y, Ship.SIZE * 4f, 0.9f, now);
            hud.notice(ownerId == playerId.getAsInt() ? "you were destroyed" : name + " was destroyed", now);
        }

        @Override
        public void pilotJoined(String name, int ownerId) {
            hud.notice(name + " joined", now);
        }

        @Override
        public void pilotLeft(String name, int ownerId) {
            hud.notice(name + " left", now);
        }
    };
    private TextureAtlas atlas;
    private long now;

    SpaceView(RenderOptions options, IntSupplier playerId, float viewHeight) {
        super(options);
        this.playerId = playerId;
        bindings().bind(Keys.UP, "up", Trigger.REPEAT).bind(Keys.W, "up", Trigger.REPEAT)
                .bind(Keys.LEFT, "left", Trigger.REPEAT).bind(Keys.A, "left", Trigger.REPEAT)
                .bind(Keys.RIGHT, "right", Trigger.REPEAT).bind(Keys.D, "right", Trigger.REPEAT)
                .bind(Keys.SPACE, "fire", Trigger.REPEAT).bind(Keys.F, "laser", Trigger.ONCE);
        camera().setViewHeight(viewHeight);
        onDraw(Ship.class, this::drawShip);
        onDraw(Round.class, (g, r) -> { });
        onDraw(Asteroid.class, (g, a) -> g.sprite(atlas.region("asteroid"), a.position.x, a.position.y,
                a.width * 1.1f, a.height * 1.1f, a.angle, Color.WHITE));
        onDraw(Missile.class, (g, m) -> g.sprite(atlas.region("missile"), m.position.x, m.position.y,
                Missile.SIZE * 4, Missile.SIZE * 4, (float) Math.atan2(m.velocity.y, m.velocity.x), Color.WHITE));
    }

    private void drawShip(Graphics g, Ship s) {
        if (!s.alive) {
            return;
        }
        boolean mine = s.ownerId() == playerId.getAsInt();
        float cos = (float) Math.cos(s.angle);
        float sin = (float) Math.sin(s.angle);
        if (s.thrusting) {
            // A flame that flickers frame to frame, its nozzle at the ship's tail.
            float length = Ship.SIZE * (0.9f + 0.25f * (float) Math.sin(now / 1.7e7 + s.id()));
            float back = Ship.SIZE * 0.3f + length * 0.5f;
            g.sprite(atlas.region("flame"), s.position.x - cos * back, s.position.y - sin * back, length,
                    Ship.SIZE * 0.8f, s.angle, Color.WHITE);
        }
        g.sprite(atlas.region("ship"), s.position.x, s.position.y, Ship.SIZE * 1.3f, Ship.SIZE * 1.3f, s.angle,
                mine ? MINE : THEIRS);
        float size = LABEL_PIXELS * g.pixelSize();
        g.text(s.name, s.position.x - g.textWidth(s.name, size) * 0.5f, s.position.y + Ship.SIZE * 0.8f + 2 * size / 3,
                size, Color.withAlpha(mine ? MINE : Color.WHITE, 0.85f));
    }

    /** The sprites are drawn by assets/tools/make_sprites.py and packed into one atlas here. */
    @Override
    protected void started() {
        atlas = TextureAtlas.builder().name("space").filter(Texture.Filter.LINEAR)
                .add("ship", "javelin/sprites/ship.png")
                .add("asteroid", "javelin/sprites/asteroid.png")
                .add("missile", "javelin/sprites/missile.png")
                .add("flame", "javelin/sprites/flame.png")
                .add("explosion", "javelin/sprites/explosion.png")
                .build();
    }

    /** Once a frame, before the world: follow the ship, find what changed, and draw the stars. */
    @Override
    protected void drawSky(Graphics g, RenderState state) {
        now = options().clock().nanoTime();
        // Follow the player's ship from the state, not from its draw callback: an off-screen ship is culled.
        if (camera().followedId() == 0) {
            for (RenderObject o : state.objects()) {
                if (o.current() instanceof Ship s && s.ownerId() == playerId.getAsInt()) {
                    camera().follow(s.id());
                }
            }
        }
        changes.update(state, onChange);
        explosions.prune(now);
        stars.draw(g, camera().centerX(), camera().centerY(), camera().pixelsPerUnit());
    }

    @Override
    protected void drawForeground(Graphics g, RenderState state) {
        explosions.draw(g, atlas.region("explosion"), now);
    }

    @Override
    protected void drawHud(Graphics g, RenderState state) {
        hud.draw(g, state, playerId.getAsInt(), now, MINE, THEIRS);
    }
}

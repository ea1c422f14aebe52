package dev.javelin.sample.physics;

import dev.javelin.engine.rigid.Fixture2D;
import dev.javelin.engine.rigid.PhysicalObject2D;
import dev.javelin.engine.rigid.Shape2D;
import dev.javelin.render.Color;
import dev.javelin.render.GlRenderer;
import dev.javelin.render.Graphics;
import dev.javelin.render.KeyBindings.Trigger;
import dev.javelin.render.Keys;
import dev.javelin.render.RenderOptions;
import dev.javelin.sample.physics.PushBodies.Ball;
import dev.javelin.sample.physics.PushBodies.Crate;
import dev.javelin.sample.physics.PushBodies.Pusher;
import dev.javelin.sample.physics.PushBodies.Wall;
import java.util.List;
import java.util.function.IntSupplier;

/**
 * The hall on screen with the engine's 2D {@link GlRenderer}: every body drawn from its own fixtures, turned
 * by its angle (walls grey, crates brown, darker while asleep, balls red, your pusher green and the others
 * orange), the whole hall in view whatever the window's shape. Keys: left/right (or A/D) run, up, W or
 * space hop; F3 the net graph, F12 a screenshot.
 *
 * <p>Threads: the render thread (see {@link GlRenderer}).
 */
final class PushView extends GlRenderer {

    static final int WALL = Color.rgba(110, 115, 130, 255);
    static final int CRATE = Color.rgba(196, 140, 70, 255);
    static final int CRATE_ASLEEP = Color.rgba(130, 92, 46, 255);
    static final int BALL = Color.rgba(220, 60, 60, 255);
    static final int MINE = Color.rgba(90, 230, 120, 255);
    static final int THEIRS = Color.rgba(255, 170, 60, 255);

    private final IntSupplier playerId;
    private final float[][] polygons = new float[17][];

    PushView(RenderOptions options, IntSupplier playerId) {
        super(options);
        this.playerId = playerId;
        bindings().bind(Keys.LEFT, "left", Trigger.REPEAT).bind(Keys.A, "left", Trigger.REPEAT)
                .bind(Keys.RIGHT, "right", Trigger.REPEAT).bind(Keys.D, "right", Trigger.REPEAT)
                .bind(Keys.UP, "jump", Trigger.ONCE).bind(Keys.W, "jump", Trigger.ONCE)
                .bind(Keys.SPACE, "jump", Trigger.ONCE);
        // The whole hall, walls included, in any window shape: a pusher shoved against a wall stays in view.
        camera().fitView(2 * PushGame.HALF_WIDTH + 2, 24f);
        camera().lookAt(0f, 9f);
        for (int n = 3; n < polygons.length; n++) {
            polygons[n] = new float[2 * n];
        }
        onDraw(PhysicalObject2D.class, this::drawBody);
    }

    private int colorOf(PhysicalObject2D b) {
        if (b instanceof Wall) {
            return WALL;
        }
        if (b instanceof Crate) {
            return b.sleeping ? CRATE_ASLEEP : CRATE;
        }
        if (b instanceof Ball) {
            return BALL;
        }
        if (b instanceof Pusher) {
            return b.ownerId() == playerId.getAsInt() ? MINE : THEIRS;
        }
        return Color.WHITE;
    }

    private void drawBody(Graphics g, PhysicalObject2D b) {
        int color = colorOf(b);
        float c = (float) Math.cos(b.angle);
        float s = (float) Math.sin(b.angle);
        List<Fixture2D> fixtures = b.fixtures();
        for (int i = 0, n = fixtures.size(); i < n; i++) {
            Shape2D shape = fixtures.get(i).shape();
            if (shape.kind() == Shape2D.Kind.CIRCLE) {
                float x = b.position.x + shape.centerX() * c - shape.centerY() * s;
                float y = b.position.y + shape.centerX() * s + shape.centerY() * c;
                g.fillCircle(x, y, shape.radius(), color);
                // A spoke, so that a rolling ball is seen to roll.
                g.line(x, y, x + c * shape.radius(), y + s * shape.radius(), Color.WHITE);
            } else {
                float[] xy = polygons[shape.vertexCount()];
                for (int k = 0; k < shape.vertexCount(); k++) {
                    xy[2 * k] = b.position.x + shape.vertexX(k) * c - shape.vertexY(k) * s;
                    xy[2 * k + 1] = b.position.y + shape.vertexX(k) * s + shape.vertexY(k) * c;
                }
                g.fillPolygon(xy, color);
                g.polygon(xy, Color.rgba(30, 30, 30, 255));
            }
        }
    }
}

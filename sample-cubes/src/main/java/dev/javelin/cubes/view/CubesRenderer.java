package dev.javelin.cubes.view;

import dev.javelin.cubes.game.Cube;
import dev.javelin.cubes.game.Floor;
import dev.javelin.cubes.game.PlayerCube;
import dev.javelin.engine.view.RenderObject;
import dev.javelin.engine.view.RenderState;
import dev.javelin.physics.bullet.RigidBody3D;
import dev.javelin.render.GlRenderer3D;
import dev.javelin.render.Graphics;
import dev.javelin.render.Graphics3D;
import dev.javelin.render.KeyBindings.Trigger;
import dev.javelin.render.Keys;
import dev.javelin.render.Lighting;
import dev.javelin.render.Mesh;
import dev.javelin.render.RenderOptions;
import java.util.List;
import java.util.Locale;
import java.util.function.IntSupplier;

/**
 * How the cube scene looks: the pile's cubes lit in sand tones, each player's cube in its own colour, the
 * ground, a camera that follows the player's cube and orbits it ({@link OrbitControl}), the collision
 * shapes on F4 ({@link ShapeOutlines}), and a HUD line with the players, the sync strategy and the pile's
 * state. W/A/S/D send the game's {@code forward}/{@code left}/{@code back}/{@code right} actions (world
 * axes: forward is +y, into the screen at the starting yaw) and space sends {@code jump}.
 *
 * <p>Threads: built on any thread; {@link #run} on the main thread, which draws.
 */
public class CubesRenderer extends GlRenderer3D {

    /** The pile's cubes, by id: a few sand tones so that neighbours stand apart. */
    static final int[] PILE = {0xD9A15AFF, 0xC98C4BFF, 0xE2B36EFF};
    /** Players' cubes, by player id. */
    static final int[] PLAYERS = {0x3C8CE6FF, 0xE6463CFF, 0x46C85AFF, 0xB45AD2FF, 0x32C8C8FF, 0xF0F0F0FF};
    static final int GROUND = 0x5A6470FF;
    static final int SKY = 0x9DB4C8FF;
    /** Side of the ground drawn, metres (the floor's slab is 128 m). */
    static final float GROUND_SIDE = 128f;
    static final String KEYS = "WASD roll   space jump   arrows/drag orbit   PgUp/PgDn zoom   "
            + "F3 net graph   F4 shapes   F12 screenshot   Esc quit";

    private final IntSupplier playerId;
    private final String strategy;
    private final OrbitControl orbit = new OrbitControl((float) (-Math.PI / 2), 0.45f, 16f);
    private final Mesh box = Mesh.box();
    private final Mesh plane = Mesh.plane();
    private long lastFrameNanos;
    // What the HUD shows, counted while drawing the scene (render thread).
    private int players;
    private int cubes;
    private int asleep;
    private String hud = "";
    private int hudHash;
    private long hudNanos;
    // The aim last given to the camera: each setter makes a new aim, so only a change is passed on.
    private int aimedId = -1;
    private float aimedYaw = Float.NaN;
    private float aimedPitch = Float.NaN;
    private float aimedDistance = Float.NaN;

    /** A view for the player {@code playerId} gives (0 until joined), using sync strategy {@code strategy}. */
    public CubesRenderer(RenderOptions options, IntSupplier playerId, String strategy) {
        super(options);
        this.playerId = playerId;
        this.strategy = strategy;
        bindings().bind(Keys.W, "forward", Trigger.REPEAT).bind(Keys.S, "back", Trigger.REPEAT)
                .bind(Keys.A, "left", Trigger.REPEAT).bind(Keys.D, "right", Trigger.REPEAT)
                .bind(Keys.SPACE, "jump", Trigger.ONCE);
        onDraw3D(Cube.class, (g, c) -> g.draw(box, c.position, c.orientation, c.size, PILE[c.id() % PILE.length]));
        onDraw3D(PlayerCube.class, (g, p) -> g.draw(box, p.position, p.orientation, p.size, colourOf(p.ownerId())));
        // The ground is scenery (drawScene): as an object it would be culled whenever its centre left the view.
        onDraw3D(Floor.class, (g, f) -> { });
        ShapeOutlines.register(this);
        // The sun behind the starting camera's left shoulder: the faces it sees first are lit, each side apart.
        setLighting(new Lighting(0.35f, -0.6f, 1f, 0xB4B4AAFF, 0x4E5260FF, 0x2A2826FF));
        camera3D().orbit(0f, 0f, 0f, orbit.yaw(), orbit.pitch(), 40f);
    }

    /** The colour of player {@code id}'s cube. */
    public static int colourOf(int id) {
        return PLAYERS[Math.floorMod(id - 1, PLAYERS.length)];
    }

    /** The camera's orbit, for tests and for games that steer it. Render thread. */
    public final OrbitControl orbit() {
        return orbit;
    }

    @Override
    protected boolean viewKey(int key, boolean pressed) {
        return orbit.key(key, pressed);
    }

    @Override
    protected void drawScene(Graphics3D g, RenderState state) {
        g.draw(plane, 0f, 0f, 0f, 0f, 0f, 0f, 1f, GROUND_SIDE, GROUND_SIDE, 1f, GROUND);
        long now = System.nanoTime();
        orbit.update(lastFrameNanos == 0 ? 0f : (now - lastFrameNanos) / 1e9f, cursorPixelX(), cursorPixelY());
        lastFrameNanos = now;
        int me = playerId.getAsInt();
        int mine = 0;
        int p = 0;
        int c = 0;
        int z = 0;
        List<RenderObject> objects = state.objects();
        for (int i = 0, n = objects.size(); i < n; i++) {
            if (objects.get(i).current() instanceof RigidBody3D body && !body.isStatic) {
                c++;
                z += body.isAsleep() ? 1 : 0;
                if (body instanceof PlayerCube pc) {
                    p++;
                    if (me != 0 && pc.ownerId() == me) {
                        mine = pc.id();
                    }
                }
            }
        }
        players = p;
        cubes = c;
        asleep = z;
        aim(mine);
    }

    /** Follows cube {@code id} (or circles the pile's centre for 0) at the orbit's angles, if any changed. */
    private void aim(int id) {
        float yaw = orbit.yaw();
        float pitch = orbit.pitch();
        float distance = orbit.distance();
        if (id == aimedId && yaw == aimedYaw && pitch == aimedPitch && distance == aimedDistance) {
            return;
        }
        // Takes effect from the next frame, like every camera setter.
        if (id != 0) {
            camera3D().follow(id, yaw, pitch, distance, 0.5f);
        } else {
            camera3D().orbit(0f, 0f, 0f, yaw, pitch, 40f);
        }
        aimedId = id;
        aimedYaw = yaw;
        aimedPitch = pitch;
        aimedDistance = distance;
    }

    @Override
    protected void drawHud(Graphics g, RenderState state) {
        int hash = ((players * 31 + cubes) * 31 + asleep) * 31 + playerId.getAsInt();
        long now = System.nanoTime();
        if (hud.isEmpty() || hash != hudHash && now - hudNanos > 250_000_000L) {
            // Formatted only when a figure changed, at most four times a second: little garbage per frame.
            hudNanos = now;
            hud = String.format(Locale.ROOT, "players %d   sync %s   cubes %d (%d asleep)   you: player %d",
                    players, strategy, cubes, asleep, playerId.getAsInt());
            hudHash = hash;
        }
        g.text(hud, 12f, 22f, 16f, 0x101418FF);
        g.text(KEYS, 12f, g.height() - 12f, 14f, 0x202830FF);
    }
}

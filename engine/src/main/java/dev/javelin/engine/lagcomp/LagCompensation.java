package dev.javelin.engine.lagcomp;

import dev.javelin.engine.GameEngine;
import dev.javelin.engine.physics.WorldBounds;
import dev.javelin.engine.world.GameObject;
import dev.javelin.engine.world.GameWorld;
import dev.javelin.engine.world.Input;
import java.util.List;
import java.util.function.Predicate;

/**
 * Server-side lag compensation: hit tests against the world as a player saw it when they acted, not as it is
 * when their input arrives (Source's "rewind, test, restore", without touching the live world).
 *
 * <p>A game attaches one in its constructor, naming which objects are compensated (the ones players shoot at):
 * <pre>{@code
 *   lag = LagCompensation.attach(this, LagSettings.DEFAULT, o -> o instanceof Ship);
 *   ...
 *   public void processInput(Input input, int playerId, boolean isServer) {
 *       if (input.action().equals("laser") && lag.raycast(input, ship.x(), ship.y(), input.x(), input.y(),
 *               50f, ship.id(), hit)) { ... }
 *   }
 * }</pre>
 * On an authority (the server, a standalone game) it keeps, at the end of every step, the box of each
 * compensated object in a ring of {@link LagSettings#historySeconds()}; a query for an input rewinds to
 * {@link Input#viewStep()} (the step the client showed remote objects at, which the client engine reports with
 * every input), interpolating between the two recorded steps around it as an interpolating client does, but
 * never further back than {@link LagSettings#boundSeconds()} from the newest step. On a client the same calls
 * answer from the live world, which is what the player sees, so a game predicts a hit with the very code the
 * server decides it with.
 *
 * <p>Queries read the history only: the live world is not moved, and a query allocates nothing.
 *
 * <p>Threads: the simulation thread (queries from {@code processInput}; recording from the step).
 */
public final class LagCompensation {

    private final GameEngine game;
    private final Predicate<? super GameObject> compensated;
    private final ShapeHistory history;
    private final WorldBounds bounds;
    private final double boundSteps;
    private final float wrapWidth;
    private final float wrapHeight;
    private boolean midStep;

    private LagCompensation(GameEngine game, LagSettings settings, Predicate<? super GameObject> compensated) {
        this.game = game;
        this.compensated = compensated;
        int rate = game.config().stepRate();
        this.boundSteps = settings.boundSeconds() * rate;
        this.history = new ShapeHistory((int) Math.ceil(Math.max(settings.historySeconds(), settings.boundSeconds())
                * rate) + 2);
        this.bounds = game.config().physics().bounds();
        this.wrapWidth = bounds.wraps() ? bounds.width() : 0f;
        this.wrapHeight = bounds.wraps() ? bounds.height() : 0f;
    }

    /**
     * Starts compensating the objects of {@code game} that {@code compensated} accepts (asked once per object, when
     * it is added). Call from the game's constructor or before the first step; objects already in the world are
     * taken at once.
     */
    public static LagCompensation attach(GameEngine game, LagSettings settings,
                                         Predicate<? super GameObject> compensated) {
        if (game == null || settings == null || compensated == null) {
            throw new IllegalArgumentException("game, settings and the compensated predicate must not be null");
        }
        LagCompensation lag = new LagCompensation(game, settings, compensated);
        for (GameObject o : game.world().objects()) {
            lag.added(o);
        }
        game.events().objectAdded.subscribe(lag::added);
        game.events().objectDestroyed.subscribe(o -> lag.history.remove(o.id(), lag.firstStepOfChange()));
        game.events().preStep.subscribe((step, reenact) -> lag.midStep = true);
        game.events().stepEnded.subscribe((step, reenact) -> {
            lag.midStep = false;
            if (game.isAuthority() && !reenact) {
                lag.history.record(step);
            }
        });
        return lag;
    }

    private void added(GameObject o) {
        if (compensated.test(o)) {
            history.add(o, firstStepOfChange());
        }
    }

    /**
     * The first step whose end state shows an object added or removed now: this step when it happens while a step
     * runs (its objects take effect before it ends), the next one when it happens between steps.
     */
    private int firstStepOfChange() {
        return midStep ? game.world().stepCount() : game.world().stepCount() + 1;
    }

    /**
     * The step a query for {@code input} looks at: its {@link Input#viewStep()} within [newest − bound, newest],
     * newest being the last recorded step (the live state as {@code processInput} sees it). Fractional.
     */
    public double viewStep(Input input) {
        return clampView(input.viewStep());
    }

    /** The newest recorded step (the state the server's {@code processInput} sees), or -1 before the first. */
    public int newestStep() {
        return history.latest();
    }

    /** The bound in steps. */
    public double boundSteps() {
        return boundSteps;
    }

    private double clampView(double view) {
        int latest = history.latest();
        return Math.max(Math.max(latest - boundSteps, history.oldest()), Math.min(latest, view));
    }

    /**
     * The nearest compensated object the ray from ({@code ox, oy}) along ({@code dx, dy}) enters within
     * {@code maxDistance}, as the sender of {@code input} saw the world; {@code ignoreId} (the shooter's own
     * object, or 0) is skipped. Fills {@code out} and returns whether something was hit. On a client (not the
     * authority) it tests the live world instead.
     */
    public boolean raycast(Input input, float ox, float oy, float dx, float dy, float maxDistance, int ignoreId,
                           CompensatedHit out) {
        if (!game.isAuthority() || history.latest() < 0) {
            return raycastLive(ox, oy, dx, dy, maxDistance, ignoreId, out);
        }
        return raycastAt(input.viewStep(), ox, oy, dx, dy, maxDistance, ignoreId, out);
    }

    /**
     * As {@link #raycast}, at step {@code viewStep} of the history (clamped to the bound); {@link #newestStep()}
     * gives the answer without compensation. Authority only.
     */
    public boolean raycastAt(double viewStep, float ox, float oy, float dx, float dy, float maxDistance,
                             int ignoreId, CompensatedHit out) {
        out.clear();
        float length = (float) Math.sqrt(dx * dx + dy * dy);
        if (!(length > 0) || history.latest() < 0) {
            return false;
        }
        float ux = dx / length;
        float uy = dy / length;
        double view = clampView(viewStep);
        int k0 = (int) Math.floor(view);
        float t = (float) (view - k0);
        for (int s = 0, n = history.slots(); s < n; s++) {
            if (!history.presentAt(s, k0) || history.id(s) == ignoreId) {
                continue;
            }
            int k1 = t > 0 && history.presentAt(s, k0 + 1) ? k0 + 1 : k0;
            float x = between(history.x(s, k0), history.x(s, k1), t, wrapWidth);
            float y = between(history.y(s, k0), history.y(s, k1), t, wrapHeight);
            float d = Shapes.rayBox(bounds, ox, oy, ux, uy, maxDistance, x, y, history.width(s, k0),
                    history.height(s, k0));
            keepNearest(out, history.id(s), d);
        }
        return out.hit();
    }

    /**
     * The compensated objects overlapping the box centred on ({@code cx, cy}) of {@code width × height}, as the
     * sender of {@code input} saw the world, {@code ignoreId} skipped: their ids go to {@code out} (as many as fit)
     * and the count found is returned. On a client it tests the live world.
     */
    public int overlap(Input input, float cx, float cy, float width, float height, int ignoreId, int[] out) {
        int found = 0;
        if (!game.isAuthority() || history.latest() < 0) {
            List<GameObject> objects = game.world().objects();
            for (int i = 0, n = objects.size(); i < n; i++) {
                GameObject o = objects.get(i);
                if (o.id() != ignoreId && compensated.test(o)
                        && Shapes.boxes(bounds, cx, cy, width, height, o.x(), o.y(), o.extentX(), o.extentY())) {
                    found = put(out, found, o.id());
                }
            }
            return found;
        }
        double view = clampView(input.viewStep());
        int k0 = (int) Math.floor(view);
        float t = (float) (view - k0);
        for (int s = 0, n = history.slots(); s < n; s++) {
            if (!history.presentAt(s, k0) || history.id(s) == ignoreId) {
                continue;
            }
            int k1 = t > 0 && history.presentAt(s, k0 + 1) ? k0 + 1 : k0;
            float x = between(history.x(s, k0), history.x(s, k1), t, wrapWidth);
            float y = between(history.y(s, k0), history.y(s, k1), t, wrapHeight);
            if (Shapes.boxes(bounds, cx, cy, width, height, x, y, history.width(s, k0), history.height(s, k0))) {
                found = put(out, found, history.id(s));
            }
        }
        return found;
    }

    private static int put(int[] out, int found, int id) {
        if (found < out.length) {
            out[found] = id;
        }
        return found + 1;
    }

    /** The ray query against the live world (what a client shows). */
    private boolean raycastLive(float ox, float oy, float dx, float dy, float maxDistance, int ignoreId,
                                CompensatedHit out) {
        out.clear();
        float length = (float) Math.sqrt(dx * dx + dy * dy);
        if (!(length > 0)) {
            return false;
        }
        float ux = dx / length;
        float uy = dy / length;
        GameWorld world = game.world();
        List<GameObject> objects = world.objects();
        for (int i = 0, n = objects.size(); i < n; i++) {
            GameObject o = objects.get(i);
            if (o.id() != ignoreId && compensated.test(o)) {
                keepNearest(out, o.id(), Shapes.rayBox(bounds, ox, oy, ux, uy, maxDistance, o.x(), o.y(),
                        o.extentX(), o.extentY()));
            }
        }
        return out.hit();
    }

    private static void keepNearest(CompensatedHit out, int id, float d) {
        if (d >= 0 && (!out.hit() || d < out.distance || (d == out.distance && id < out.objectId))) {
            out.objectId = id;
            out.distance = d;
        }
    }

    /**
     * {@code a} to {@code b} at {@code t}, as the interpolating client does it: across the wrap seam (a jump of
     * more than half a wrapping world) it switches at the half-way point instead of sweeping across the world.
     */
    private static float between(float a, float b, float t, float worldSize) {
        if (worldSize > 0 && Math.abs(a - b) > worldSize * 0.5f) {
            return t < 0.5f ? a : b;
        }
        return a + (b - a) * t;
    }
}

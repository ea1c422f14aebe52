package dev.javelin.physics.dyn4j;

import dev.javelin.engine.rigid.Fixture2D;
import dev.javelin.engine.rigid.PhysicalObject2D;
import dev.javelin.engine.rigid.Shape2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.dyn4j.dynamics.Body;
import org.dyn4j.dynamics.BodyFixture;
import org.dyn4j.geometry.AABB;
import org.dyn4j.geometry.Convex;
import org.dyn4j.geometry.Ray;
import org.dyn4j.geometry.Transform;
import org.dyn4j.geometry.Vector2;
import org.dyn4j.world.DetectFilter;
import org.dyn4j.world.World;
import org.dyn4j.world.result.ConvexDetectResult;
import org.dyn4j.world.result.DetectResult;
import org.dyn4j.world.result.RaycastResult;

/**
 * Ray casts and shape queries on the world as {@link Dyn4jPhysicsEngine#queries} found it. Results name
 * the engine's objects, never dyn4j's, and come in an order that does not depend on dyn4j's internals
 * (distance then id, or id), so game logic that uses them stays deterministic. Sensors are skipped.
 * {@code mask} selects the fixture categories to consider ({@link Fixture2D#ALL} for all).
 *
 * <p>Threads: the simulation thread only. Units: world units, radians.
 */
public final class Dyn4jQueries {

    private static final Comparator<RayHit> NEAREST = Comparator.comparingDouble(RayHit::distance)
            .thenComparingInt(h -> h.body().id()).thenComparingInt(RayHit::fixture);

    private final World<Body> dyn;
    private final PoseTransform pose = new PoseTransform();

    Dyn4jQueries(World<Body> dyn) {
        this.dyn = dyn;
    }

    /**
     * The nearest body that the ray from ({@code x}, {@code y}) along ({@code dx}, {@code dy}) meets within
     * {@code maxLength}, or null.
     */
    public RayHit rayCast(float x, float y, float dx, float dy, float maxLength, int mask) {
        List<RayHit> all = rayCastAll(x, y, dx, dy, maxLength, mask);
        return all.isEmpty() ? null : all.get(0);
    }

    /** Every fixture the ray meets within {@code maxLength}, nearest first (ties by id). */
    public List<RayHit> rayCastAll(float x, float y, float dx, float dy, float maxLength, int mask) {
        if (!(maxLength > 0) || (dx == 0f && dy == 0f)) {
            throw new IllegalArgumentException("a ray needs a direction and a positive length, got (" + dx + ", "
                    + dy + ") and " + maxLength);
        }
        List<RayHit> hits = new ArrayList<>();
        List<RaycastResult<Body, BodyFixture>> found = dyn.raycast(new Ray(new Vector2(x, y), new Vector2(dx, dy)),
                maxLength, filter(mask));
        for (RaycastResult<Body, BodyFixture> r : found) {
            BoundBody b = (BoundBody) r.getBody();
            hits.add(new RayHit(b.object, b.getFixtures().indexOf(r.getFixture()),
                    (float) r.getRaycast().getPoint().x, (float) r.getRaycast().getPoint().y,
                    (float) r.getRaycast().getNormal().x, (float) r.getRaycast().getNormal().y,
                    (float) r.getRaycast().getDistance()));
        }
        hits.sort(NEAREST);
        return hits;
    }

    /** The bodies that {@code shape}, placed at ({@code x}, {@code y}) turned by {@code angle}, overlaps; by id. */
    public List<PhysicalObject2D> overlapping(Shape2D shape, float x, float y, float angle, int mask) {
        Convex convex = Shapes.convex(shape);
        Transform t = new Transform();
        pose.apply(t, x, y, angle);
        List<ConvexDetectResult<Body, BodyFixture>> found = dyn.detect(convex, t, filter(mask));
        List<PhysicalObject2D> out = new ArrayList<>();
        for (ConvexDetectResult<Body, BodyFixture> r : found) {
            out.add(((BoundBody) r.getBody()).object);
        }
        return sortedUnique(out);
    }

    /** The bodies whose bounding boxes overlap the box [minX, maxX] × [minY, maxY]; by id. */
    public List<PhysicalObject2D> inBox(float minX, float minY, float maxX, float maxY, int mask) {
        List<DetectResult<Body, BodyFixture>> found = dyn.detect(new AABB(minX, minY, maxX, maxY), filter(mask));
        List<PhysicalObject2D> out = new ArrayList<>();
        for (DetectResult<Body, BodyFixture> r : found) {
            out.add(((BoundBody) r.getBody()).object);
        }
        return sortedUnique(out);
    }

    private static List<PhysicalObject2D> sortedUnique(List<PhysicalObject2D> list) {
        list.sort(Comparator.comparingInt(PhysicalObject2D::id));
        List<PhysicalObject2D> out = new ArrayList<>(list.size());
        for (PhysicalObject2D p : list) {
            if (out.isEmpty() || out.get(out.size() - 1) != p) {
                out.add(p);
            }
        }
        return out;
    }

    private static DetectFilter<Body, BodyFixture> filter(int mask) {
        return new DetectFilter<>(true, true, Shapes.filter(-1, mask));
    }
}

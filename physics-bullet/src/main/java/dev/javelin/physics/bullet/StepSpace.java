package dev.javelin.physics.bullet;

import com.jme3.bullet.CollisionConfiguration;
import com.jme3.bullet.CollisionSpace;
import com.jme3.bullet.NativePhysicsObject;
import com.jme3.bullet.PhysicsSpace;
import com.jme3.bullet.SolverType;
import com.jme3.math.Vector3f;
import java.lang.reflect.Method;

/**
 * A Bullet world that lives for one step (or one query) and is then freed at once. Bullet keeps history in
 * its broadphase tree, pair cache and contact manifolds; a world built afresh from the objects' state holds
 * none, so a step depends on that state alone, which is what makes server, clients and re-enactment agree.
 * Libbulletjme frees native worlds only when the garbage collector finds them; at 60 worlds a second that
 * would pile up native memory, so this class frees its own at {@link #free()} (through Libbulletjme's own
 * freeing method, reached by reflection). Its collision configuration, with Bullet's pools of contact
 * manifolds, is shared by the worlds of one engine.
 *
 * <p>Threads: the simulation thread only.
 */
final class StepSpace extends PhysicsSpace {

    private static final Method FINALIZE = method(CollisionSpace.class, "finalizeNative");
    private static final Method UNTRACK = method(NativePhysicsObject.class, "removeTracker");

    StepSpace(CollisionConfiguration configuration) {
        // The bounds are unused by the DBVT broadphase.
        super(new Vector3f(-1f, -1f, -1f), new Vector3f(1f, 1f, 1f), BroadphaseType.DBVT, SolverType.SI,
                configuration);
    }

    /**
     * Removes the {@code count} bodies (they stay usable) and frees the native world. Bullet's removal
     * scans the whole pair cache and its list of moving bodies, so the order matters: static bodies first
     * (a floor plane overlaps every body), then the moving ones in the order that finds each at the head of
     * that list (first, last, second to last, and so on).
     */
    void free(Body[] bodies, int count) {
        for (int i = 0; i < count; i++) {
            if (!bodies[i].dynamic) {
                removeCollisionObject(bodies[i]);
            }
        }
        int first = -1;
        for (int i = 0; i < count; i++) {
            if (bodies[i].dynamic) {
                first = i;
                break;
            }
        }
        if (first >= 0) {
            removeCollisionObject(bodies[first]);
            for (int i = count - 1; i > first; i--) {
                if (bodies[i].dynamic) {
                    removeCollisionObject(bodies[i]);
                }
            }
        }
        destroy();
        long id = nativeId();
        if (FINALIZE == null || UNTRACK == null || id == 0L) {
            return;
        }
        try {
            UNTRACK.invoke(null, id);
            unassignNativeObject();
            FINALIZE.invoke(null, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot free a Bullet world: " + e, e);
        }
    }

    private static Method method(Class<?> owner, String name) {
        try {
            Method m = owner.getDeclaredMethod(name, long.class);
            m.setAccessible(true);
            return m;
        } catch (ReflectiveOperationException | RuntimeException e) {
            // Without it the garbage collector frees the worlds, later.
            return null;
        }
    }
}

package dev.javelin.physics.bullet;

import com.jme3.bullet.CollisionConfiguration;
import com.jme3.bullet.PhysicsSpace;
import com.jme3.bullet.SolverType;
import com.jme3.math.Vector3f;

/**
 * The Bullet world of one engine, emptied after every step. Bullet keeps history in its pair cache, contact
 * manifolds (with their warm-start impulses) and islands; all of it hangs on the bodies, so removing every
 * body after a step and adding them back, in ascending id order, before the next one leaves none of it. What
 * survives (the broadphase tree's counters and the solver's buffers) changes neither which pairs are found
 * nor the order they are solved in: pairs are dispatched sorted by the bodies' creation order
 * ({@link #useDeterministicDispatch}), and within a step the broadphase only grows boxes, so its partial
 * clean-up never removes a pair.
 *
 * <p>Threads: the simulation thread only.
 */
final class StepSpace extends PhysicsSpace {

    StepSpace(CollisionConfiguration configuration) {
        // The bounds are unused by the DBVT broadphase.
        super(new Vector3f(-1f, -1f, -1f), new Vector3f(1f, 1f, 1f), BroadphaseType.DBVT, SolverType.SI,
                configuration);
        useDeterministicDispatch(true);
        // A sleeping body's box was computed when it was added; recomputing it each step changes nothing.
        setForceUpdateAllAabbs(false);
    }

    /**
     * Removes the {@code count} bodies added this step. Bullet's removal scans the whole pair cache and its list
     * of moving bodies, so the order matters: static bodies first (a floor overlaps every body), then the
     * moving ones in the order that finds each at the head of that list (first, last, second to last, ...).
     */
    void clear(Body[] bodies, int count) {
        for (int i = 0; i < count; i++) {
            if (!bodies[i].dynamic) {
                removeCollisionObject(bodies[i]);
            }
        }
        int first = -1;
        for (int i = 0; i < count && first < 0; i++) {
            if (bodies[i].dynamic) {
                first = i;
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
    }
}

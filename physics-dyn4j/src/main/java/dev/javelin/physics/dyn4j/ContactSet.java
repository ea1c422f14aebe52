package dev.javelin.physics.dyn4j;

import dev.javelin.engine.world.GameObject;
import dev.javelin.engine.world.GameWorld;
import dev.javelin.engine.physics.CollisionSink;
import java.util.Arrays;
import java.util.Iterator;
import org.dyn4j.dynamics.Body;
import org.dyn4j.world.WorldCollisionData;
import org.dyn4j.world.World;

/**
 * The body pairs touching at the end of a step, as sorted packed ids, and the differences from the last
 * step reported to a {@link CollisionSink}: start and stop, in ascending (a, b) order.
 */
final class ContactSet {

    private long[] touching = new long[64];
    private int count;
    private long[] next = new long[64];

    void clear() {
        count = 0;
    }

    void report(World<Body> dyn, GameWorld world, CollisionSink sink) {
        int n = 0;
        Iterator<WorldCollisionData<Body>> it = dyn.getCollisionDataIterator();
        while (it.hasNext()) {
            WorldCollisionData<Body> d = it.next();
            if (!d.isManifoldCollision()) {
                continue;
            }
            int a = ((BoundBody) d.getBody1()).object.id();
            int b = ((BoundBody) d.getBody2()).object.id();
            if (n == next.length) {
                next = Arrays.copyOf(next, n * 2);
            }
            next[n++] = a < b ? pack(a, b) : pack(b, a);
        }
        Arrays.sort(next, 0, n);
        n = unique(next, n);
        int i = 0;
        int j = 0;
        while (i < count || j < n) {
            long old = i < count ? touching[i] : Long.MAX_VALUE;
            long now = j < n ? next[j] : Long.MAX_VALUE;
            if (old == now) {
                i++;
                j++;
                continue;
            }
            long pair = Math.min(old, now);
            GameObject a = world.get((int) (pair >>> 32));
            GameObject b = world.get((int) pair);
            if (now < old) {
                j++;
                if (a != null && b != null) {
                    sink.collisionStarted(a, b);
                }
            } else {
                i++;
                if (a != null && b != null) {
                    sink.collisionStopped(a, b);
                }
            }
        }
        long[] swap = touching;
        touching = next;
        next = swap.length >= touching.length ? swap : new long[touching.length];
        count = n;
    }

    private static int unique(long[] a, int n) {
        if (n < 2) {
            return n;
        }
        int w = 1;
        for (int r = 1; r < n; r++) {
            if (a[r] != a[w - 1]) {
                a[w++] = a[r];
            }
        }
        return w;
    }

    private static long pack(int a, int b) {
        return ((long) a << 32) | (b & 0xFFFFFFFFL);
    }
}

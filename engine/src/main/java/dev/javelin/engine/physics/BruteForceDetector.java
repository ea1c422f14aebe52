package dev.javelin.engine.physics;

import dev.javelin.engine.world.GameObject;
import java.util.List;

/** Tests every pair: O(n²), the reference the spatial hash is checked against. */
public final class BruteForceDetector implements CollisionDetector {

    @Override
    public void detect(List<GameObject> objects, WorldBounds bounds, PairList out) {
        out.clear();
        int n = objects.size();
        for (int i = 0; i < n; i++) {
            GameObject a = objects.get(i);
            for (int j = i + 1; j < n; j++) {
                GameObject b = objects.get(j);
                if ((!a.isStatic() || !b.isStatic()) && Overlap.test(a, b, bounds)) {
                    out.addPacked(PairList.pack(i, j));
                }
            }
        }
    }
}

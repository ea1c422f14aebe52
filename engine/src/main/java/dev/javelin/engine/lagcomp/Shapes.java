package dev.javelin.engine.lagcomp;

import dev.javelin.engine.physics.WorldBounds;

/**
 * The geometry shared by the live and the rewound queries, so that a client and the server decide a shot with
 * the same arithmetic: axis-aligned boxes (centre, full width and height, as {@code Overlap} reads them), the
 * world's wrap taken into account. Stateless.
 */
final class Shapes {

    private Shapes() {
    }

    /**
     * Distance along the unit ray ({@code ox, oy}) + t·({@code ux, uy}) at which it enters the box, or -1 when it
     * misses it within {@code maxDistance}; 0 when the origin is inside.
     */
    static float rayBox(WorldBounds bounds, float ox, float oy, float ux, float uy, float maxDistance,
                        float bx, float by, float width, float height) {
        float rx = bounds.deltaX(ox, bx);
        float ry = bounds.deltaY(oy, by);
        float hw = width * 0.5f;
        float hh = height * 0.5f;
        float enter = 0f;
        float exit = maxDistance;
        if (ux == 0f) {
            if (Math.abs(rx) >= hw) {
                return -1f;
            }
        } else {
            float t1 = (rx - hw) / ux;
            float t2 = (rx + hw) / ux;
            enter = Math.max(enter, Math.min(t1, t2));
            exit = Math.min(exit, Math.max(t1, t2));
        }
        if (uy == 0f) {
            if (Math.abs(ry) >= hh) {
                return -1f;
            }
        } else {
            float t1 = (ry - hh) / uy;
            float t2 = (ry + hh) / uy;
            enter = Math.max(enter, Math.min(t1, t2));
            exit = Math.min(exit, Math.max(t1, t2));
        }
        return enter <= exit ? enter : -1f;
    }

    /** True when the box at ({@code ax, ay}) overlaps the one at ({@code bx, by}); touching edges do not count. */
    static boolean boxes(WorldBounds bounds, float ax, float ay, float aw, float ah,
                         float bx, float by, float bw, float bh) {
        return Math.abs(bounds.deltaX(ax, bx)) < (aw + bw) * 0.5f && Math.abs(bounds.deltaY(ay, by)) < (ah + bh) * 0.5f;
    }
}

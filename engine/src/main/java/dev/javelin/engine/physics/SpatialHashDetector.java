package dev.javelin.engine.physics;

import dev.javelin.engine.util.InPlaceSort;
import dev.javelin.engine.world.GameObject;
import java.util.Arrays;
import java.util.List;

/**
 * A uniform grid. Each object is entered in every cell its box touches (slightly inflated, so float
 * rounding can never hide an overlap); entries are sorted by cell; objects that share a cell become
 * candidates, and {@link Overlap#test} confirms them. On a wrapping world the grid wraps too.
 *
 * <p>Objects covering more than {@link #MAX_CELLS_PER_OBJECT} cells (a huge wall) are not entered in the
 * grid; they are tested against every object instead. Buffers are reused, so a steady world allocates
 * nothing per step.
 */
public final class SpatialHashDetector implements CollisionDetector {

    static final int MAX_CELLS_PER_OBJECT = 256;
    private static final int INDEX_BITS = 24;
    private static final int MAX_OBJECTS = 1 << INDEX_BITS;
    private static final int AXIS_BITS = 20;
    private static final long AXIS_LIMIT = 1L << (AXIS_BITS - 1);

    private final float cellSize;
    private long[] entries = new long[256];
    private int entryCount;
    private int[] oversized = new int[16];
    private int oversizedCount;
    private final PairList candidates = new PairList();

    /** @param cellSize edge of a grid cell in world units; about twice a typical object's size works well */
    public SpatialHashDetector(float cellSize) {
        if (!(cellSize > 0) || !Float.isFinite(cellSize)) {
            throw new IllegalArgumentException("cellSize must be positive and finite, was " + cellSize);
        }
        this.cellSize = cellSize;
    }

    @Override
    public void detect(List<GameObject> objects, WorldBounds bounds, PairList out) {
        int n = objects.size();
        if (n > MAX_OBJECTS) {
            throw new IllegalStateException("spatial hash supports at most " + MAX_OBJECTS + " objects, got " + n);
        }
        entryCount = 0;
        oversizedCount = 0;
        boolean wrap = bounds.wraps();
        int cellsX = wrap ? cellsAlong(bounds.width()) : 0;
        int cellsY = wrap ? cellsAlong(bounds.height()) : 0;
        float cellW = wrap ? bounds.width() / cellsX : cellSize;
        float cellH = wrap ? bounds.height() / cellsY : cellSize;
        float originX = wrap ? bounds.minX() : 0f;
        float originY = wrap ? bounds.minY() : 0f;
        for (int i = 0; i < n; i++) {
            GameObject o = objects.get(i);
            float hx = o.extentX() * 0.5f + cellW * 0.01f;
            float hy = o.extentY() * 0.5f + cellH * 0.01f;
            long x0 = (long) Math.floor((o.x() - hx - originX) / cellW);
            long x1 = (long) Math.floor((o.x() + hx - originX) / cellW);
            long y0 = (long) Math.floor((o.y() - hy - originY) / cellH);
            long y1 = (long) Math.floor((o.y() + hy - originY) / cellH);
            if (wrap) {
                // Spanning the whole torus on an axis means touching every cell on it once.
                if (x1 - x0 + 1 >= cellsX) {
                    x0 = 0;
                    x1 = cellsX - 1;
                }
                if (y1 - y0 + 1 >= cellsY) {
                    y0 = 0;
                    y1 = cellsY - 1;
                }
            } else {
                x0 = clampAxis(x0);
                x1 = clampAxis(x1);
                y0 = clampAxis(y0);
                y1 = clampAxis(y1);
            }
            long cells = (x1 - x0 + 1) * (y1 - y0 + 1);
            if (cells > MAX_CELLS_PER_OBJECT) {
                addOversized(i);
                continue;
            }
            for (long cx = x0; cx <= x1; cx++) {
                long kx = wrap ? Math.floorMod(cx, cellsX) : cx + AXIS_LIMIT;
                for (long cy = y0; cy <= y1; cy++) {
                    long ky = wrap ? Math.floorMod(cy, cellsY) : cy + AXIS_LIMIT;
                    addEntry((((kx << AXIS_BITS) | ky) << INDEX_BITS) | i);
                }
            }
        }
        collectCandidates(objects, n);
        out.clear();
        for (int k = 0, c = candidates.size(); k < c; k++) {
            int i = candidates.first(k);
            int j = candidates.second(k);
            GameObject a = objects.get(i);
            GameObject b = objects.get(j);
            if ((!a.isStatic() || !b.isStatic()) && Overlap.test(a, b, bounds)) {
                out.addPacked(candidates.packed(k));
            }
        }
    }

    private void collectCandidates(List<GameObject> objects, int n) {
        candidates.clear();
        InPlaceSort.sort(entries, 0, entryCount);
        int runStart = 0;
        for (int e = 1; e <= entryCount; e++) {
            if (e == entryCount || (entries[e] >>> INDEX_BITS) != (entries[runStart] >>> INDEX_BITS)) {
                for (int p = runStart; p < e; p++) {
                    int i = (int) (entries[p] & (MAX_OBJECTS - 1));
                    for (int q = p + 1; q < e; q++) {
                        // Entries within a cell are sorted by index, so i < j here.
                        candidates.addPacked(PairList.pack(i, (int) (entries[q] & (MAX_OBJECTS - 1))));
                    }
                }
                runStart = e;
            }
        }
        for (int k = 0; k < oversizedCount; k++) {
            int big = oversized[k];
            for (int j = 0; j < n; j++) {
                if (j != big) {
                    candidates.add(big, j);
                }
            }
        }
        candidates.sortUnique();
    }

    /** Cells on a wrapping axis: the cell edge grows rather than overflow the key. */
    private int cellsAlong(float size) {
        return (int) Math.max(1, Math.min(AXIS_LIMIT, (long) (size / cellSize)));
    }

    private static long clampAxis(long c) {
        return Math.max(-AXIS_LIMIT, Math.min(AXIS_LIMIT - 1, c));
    }

    private void addEntry(long entry) {
        if (entryCount == entries.length) {
            entries = Arrays.copyOf(entries, entryCount * 2);
        }
        entries[entryCount++] = entry;
    }

    private void addOversized(int index) {
        if (oversizedCount == oversized.length) {
            oversized = Arrays.copyOf(oversized, oversizedCount * 2);
        }
        oversized[oversizedCount++] = index;
    }
}

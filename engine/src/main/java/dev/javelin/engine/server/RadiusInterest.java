package dev.javelin.engine.server;

import dev.javelin.engine.world.GameObject;
import dev.javelin.engine.world.GameWorld;
import dev.javelin.engine.physics.WorldBounds;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * {@link InterestPolicy#radius}: a player's own objects plus everything within a radius of any of them.
 *
 * <p>In a bounded world (wrapping or clamped) it buckets the world into a grid of cells at least one radius
 * wide once per snapshot tick, so each player's query looks at the 3 × 3 cells around each of its objects
 * instead of the whole world: with a thousand players and 1,500 objects, about 200 candidates per player
 * instead of 1,500. In an unbounded world it tests every object. Simulation thread; allocates only when the
 * world grows.
 */
final class RadiusInterest implements InterestPolicy {

    private final float radius;
    private final float r2;
    private final WorldBounds bounds;
    private final boolean gridded;
    private final int cols;
    private final int rows;
    private final float cellWidth;
    private final float cellHeight;
    private final int[] cellStart;
    private final int[] cellFill;
    private int[] items = new int[64];
    private int[] cellOf = new int[64];

    RadiusInterest(float radius, WorldBounds bounds) {
        if (!(radius > 0)) {
            throw new IllegalArgumentException("interest radius must be positive, was " + radius);
        }
        this.radius = radius;
        this.r2 = radius * radius;
        this.bounds = bounds;
        this.gridded = bounds.mode() != WorldBounds.Mode.NONE && bounds.width() > 0 && bounds.height() > 0;
        this.cols = gridded ? Math.max(1, Math.min(1024, (int) (bounds.width() / radius))) : 1;
        this.rows = gridded ? Math.max(1, Math.min(1024, (int) (bounds.height() / radius))) : 1;
        this.cellWidth = gridded ? bounds.width() / cols : 0;
        this.cellHeight = gridded ? bounds.height() / rows : 0;
        this.cellStart = new int[cols * rows + 1];
        this.cellFill = new int[cols * rows];
    }

    @Override
    public boolean isRelevant(ServerPlayer player, List<GameObject> owned, GameObject object, GameWorld world) {
        if (object.ownerId() == player.id()) {
            return true;
        }
        for (int i = 0, n = owned.size(); i < n; i++) {
            if (near(owned.get(i), object)) {
                return true;
            }
        }
        return false;
    }

    private boolean near(GameObject a, GameObject b) {
        float dx = bounds.deltaX(a.x(), b.x());
        float dy = bounds.deltaY(a.y(), b.y());
        return dx * dx + dy * dy <= r2;
    }

    @Override
    public void prepare(GameWorld world) {
        if (!gridded) {
            return;
        }
        List<GameObject> objects = world.objects();
        int n = objects.size();
        if (items.length < n) {
            items = new int[Math.max(n, items.length * 2)];
            cellOf = new int[items.length];
        }
        Arrays.fill(cellStart, 0);
        for (int i = 0; i < n; i++) {
            GameObject o = objects.get(i);
            int c = cell(o.x(), o.y());
            cellOf[i] = c;
            cellStart[c + 1]++;
        }
        for (int c = 0; c < cols * rows; c++) {
            cellStart[c + 1] += cellStart[c];
        }
        System.arraycopy(cellStart, 0, cellFill, 0, cellFill.length);
        for (int i = 0; i < n; i++) {
            items[cellFill[cellOf[i]]++] = i;
        }
    }

    @Override
    public void select(ServerPlayer player, List<GameObject> owned, GameWorld world, IntConsumer out) {
        if (!gridded) {
            InterestPolicy.super.select(player, owned, world, out);
            return;
        }
        List<GameObject> objects = world.objects();
        boolean small = cols < 3 || rows < 3;
        for (int k = 0, m = owned.size(); k < m; k++) {
            GameObject center = owned.get(k);
            if (small) {
                scan(0, cols * rows, center, objects, out);
                continue;
            }
            int cx = column(center.x());
            int cy = row(center.y());
            for (int dy = -1; dy <= 1; dy++) {
                int y = cy + dy;
                if (y < 0 || y >= rows) {
                    if (!bounds.wraps()) {
                        continue;
                    }
                    y = Math.floorMod(y, rows);
                }
                for (int dx = -1; dx <= 1; dx++) {
                    int x = cx + dx;
                    if (x < 0 || x >= cols) {
                        if (!bounds.wraps()) {
                            continue;
                        }
                        x = Math.floorMod(x, cols);
                    }
                    int c = y * cols + x;
                    scan(c, c + 1, center, objects, out);
                }
            }
        }
    }

    /** Reports the objects of cells [from, to) within the radius of {@code center}. */
    private void scan(int from, int to, GameObject center, List<GameObject> objects, IntConsumer out) {
        for (int j = cellStart[from], end = cellStart[to]; j < end; j++) {
            int index = items[j];
            if (near(center, objects.get(index))) {
                out.accept(index);
            }
        }
    }

    private int cell(float x, float y) {
        return row(y) * cols + column(x);
    }

    private int column(float x) {
        int c = (int) Math.floor((x - bounds.minX()) / cellWidth);
        return Math.max(0, Math.min(cols - 1, c));
    }

    private int row(float y) {
        int r = (int) Math.floor((y - bounds.minY()) / cellHeight);
        return Math.max(0, Math.min(rows - 1, r));
    }

    @Override
    public String toString() {
        return "radius(" + radius + ", " + bounds.mode() + ")";
    }
}

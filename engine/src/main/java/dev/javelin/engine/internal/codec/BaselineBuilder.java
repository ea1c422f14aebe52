package dev.javelin.engine.internal.codec;

import dev.javelin.engine.internal.wire.GolombCodes;

import java.util.Arrays;

/**
 * Builds the baseline an encoded snapshot leads to: the view the client will hold once it decodes it,
 * which later snapshots are delta-encoded against. Mirrors {@link SnapshotReader#buildView} exactly,
 * checksum included. Reuses its arrays.
 */
final class BaselineBuilder {

    private static final int KEEP = -1;
    private static final int DESTROY = -2;

    private final EncoderPlan plan;
    // Per baseline index: KEEP, DESTROY or the frame index of its update.
    private int[] baseAction = new int[64];

    BaselineBuilder(EncoderPlan plan) {
        this.plan = plan;
    }

    /** Marks, per baseline index, what the written snapshot does to it. */
    private void markBaseActions(BaselineView base) {
        if (baseAction.length < base.count) {
            baseAction = new int[Math.max(base.count, baseAction.length * 2)];
        }
        Arrays.fill(baseAction, 0, base.count, KEEP);
        for (int d = 0; d < plan.destroysWritten; d++) {
            baseAction[plan.destroy[d]] = DESTROY;
        }
        for (int k = 0; k < plan.n; k++) {
            if (plan.baseIdx[k] >= 0 && plan.isSent(k)) {
                baseAction[plan.baseIdx[k]] = plan.frameIdx[k];
            }
        }
    }

    /** Builds the view the client will hold: the baseline with this snapshot's entries applied. */
    void build(BaselineView base, BaselineView frame, BaselineView out) {
        if (plan.destroysWritten == 0 && plan.createsWritten == 0) {
            // Same objects as the baseline: copy it whole, then overwrite the updated blocks in place.
            int seq = out.sequence;
            int step = out.step;
            int events = out.eventsThrough;
            out.copyFrom(base);
            out.sequence = seq;
            out.step = step;
            out.eventsThrough = events;
            int checksum = base.checksum;
            for (int k = 0; k < plan.n; k++) {
                if (plan.isSent(k)) {
                    int bi = plan.baseIdx[k];
                    int fi = plan.frameIdx[k];
                    int count = frame.slotCount(fi);
                    checksum += GolombCodes.changeSum(base.ids[bi], base.cls[bi], base.slots, base.off[bi], frame.slots,
                            frame.off[fi], count);
                    System.arraycopy(frame.slots, frame.off[fi], out.slots, out.off[bi], count);
                }
            }
            out.checksum = checksum;
            return;
        }
        markBaseActions(base);
        int checksum = base.checksum;
        for (int d = 0; d < plan.destroysWritten; d++) {
            checksum -= base.objectSum(plan.destroy[d]);
        }
        int i = 0;
        int runStart = 0;
        for (int k = 0; k <= plan.n; k++) {
            boolean create = k < plan.n && plan.baseIdx[k] < 0 && plan.isSent(k);
            if (k < plan.n && !create) {
                continue;
            }
            int id = k < plan.n ? frame.ids[plan.frameIdx[k]] : Integer.MAX_VALUE;
            // Baseline objects before this create (an object replaced by one of another class goes first).
            while (i < base.count && base.ids[i] <= id) {
                int a = baseAction[i];
                if (a != KEEP) {
                    out.appendRun(base, runStart, i);
                    if (a >= 0) {
                        int count = frame.slotCount(a);
                        checksum += GolombCodes.changeSum(base.ids[i], base.cls[i], base.slots, base.off[i], frame.slots,
                                frame.off[a], count);
                        out.append(base.ids[i], frame.cls[a], frame.slots, frame.off[a], count);
                    }
                    runStart = i + 1;
                }
                i++;
            }
            if (k < plan.n) {
                out.appendRun(base, runStart, i);
                runStart = i;
                int fi = plan.frameIdx[k];
                checksum += frame.objectSum(fi);
                out.append(id, frame.cls[fi], frame.slots, frame.off[fi], frame.slotCount(fi));
            }
        }
        out.appendRun(base, runStart, base.count);
        out.checksum = checksum;
    }
}

package dev.javelin.engine.internal.codec;

import dev.javelin.engine.internal.wire.BitWriter;
import dev.javelin.engine.internal.wire.ClassTable;
import dev.javelin.engine.internal.wire.GolombCodes;
import dev.javelin.engine.internal.wire.NetCodec;
import dev.javelin.engine.internal.wire.Registration;

import dev.javelin.engine.util.InPlaceSort;

import java.util.Arrays;

/**
 * The per-snapshot work of a {@link SnapshotEncoder}: compares the relevant objects of a frame with the
 * baseline into destroys and candidates (creates and updates), writes the entry sections straight out when
 * they fit, and otherwise sizes each entry in a scratch buffer, ranks by accumulated priority and writes
 * the best prefix that fits. Every array is reused.
 */
final class EncoderPlan {

    private final ClassTable registry;
    // The previous mask per class, for updates and for creates: a repeat costs one bit.
    private final boolean[] hasMask;
    private final long[] lastMask;
    private final boolean[] hasCreateMask;
    private final long[] lastCreateMask;

    // Destroys: baseline indices, ascending.
    int nDestroy;
    int[] destroy = new int[16];
    int destroysWritten;

    // Candidates (creates and updates) in ascending id order.
    int n;
    int[] frameIdx = new int[64];
    int[] baseIdx = new int[64];      // -1 for a create
    long[] mask = new long[64];
    int[] bodyStart = new int[64];
    int[] bodyBits = new int[64];
    float[] prio = new float[64];
    boolean[] inFlight = new boolean[64];
    int[] rank = new int[64];
    private long[] keys = new long[64];
    /** Candidates whose rank is below this are sent. */
    int selected;

    private final PriorityTable priorities = new PriorityTable();
    private final int[] cursor = new int[1];

    private byte[] scratchBuf = new byte[1 << 14];
    final BitWriter scratch = new BitWriter(scratchBuf, 0, scratchBuf.length);
    private final int maxBodyBytes;

    // Bits of the entries written, for statistics.
    int createBits;
    int updateBits;
    int createsWritten;
    int updatesWritten;

    EncoderPlan(ClassTable registry) {
        this.registry = registry;
        int classes = Math.max(1, registry.objectClassCount());
        this.hasMask = new boolean[classes];
        this.lastMask = new long[classes];
        this.hasCreateMask = new boolean[classes];
        this.lastCreateMask = new long[classes];
        // An entry body is at most a few bits more than 34 bits per slot (a float32 with its flags).
        this.maxBodyBytes = registry.maxObjectSlots() * 5 + 16;
    }

    /** Lists destroys and candidates of {@code rel} (frame indices, ascending) against {@code base}. */
    void build(BaselineView base, BaselineView frame, int[] rel, int nRel, BaselineView lastSent) {
        n = 0;
        nDestroy = 0;
        int i = 0;
        int j = 0;
        int lastSentPos = 0;
        while (i < base.count || j < nRel) {
            int bid = i < base.count ? base.ids[i] : Integer.MAX_VALUE;
            int fi = j < nRel ? rel[j] : -1;
            int fid = fi >= 0 ? frame.ids[fi] : Integer.MAX_VALUE;
            if (bid < fid) {
                addDestroy(i++);
            } else if (fid < bid) {
                lastSentPos = addCreate(fi, fid, frame, lastSent, lastSentPos);
                j++;
            } else {
                if (base.cls[i] != frame.cls[fi]) {
                    addDestroy(i);
                    lastSentPos = addCreate(fi, fid, frame, lastSent, lastSentPos);
                } else {
                    long m = registry.objectAt(frame.cls[fi]).codec.changedMask(base.slots, base.off[i],
                            frame.slots, frame.off[fi]);
                    if (m != 0) {
                        // Not mask[addCandidate(..)]: Java reads the array before the call, which may replace it.
                        int k = addCandidate(fi, i);
                        mask[k] = m;
                    }
                }
                i++;
                j++;
            }
        }
    }

    private void addDestroy(int baseIndex) {
        if (nDestroy == destroy.length) {
            destroy = Arrays.copyOf(destroy, nDestroy * 2);
        }
        destroy[nDestroy++] = baseIndex;
    }

    private int addCreate(int fi, int id, BaselineView frame, BaselineView lastSent, int lastSentPos) {
        int k = addCandidate(fi, -1);
        Registration r = registry.objectAt(frame.cls[fi]);
        mask[k] = r.codec.nonDefaultMask(r.defaults, frame.slots, frame.off[fi]);
        if (lastSent != null) {
            int at = lastSent.indexOf(id, lastSentPos);
            inFlight[k] = at >= 0;
            return at >= 0 ? at : -at - 1;
        }
        return lastSentPos;
    }

    private int addCandidate(int fi, int bi) {
        if (n == frameIdx.length) {
            int cap = n * 2;
            frameIdx = Arrays.copyOf(frameIdx, cap);
            baseIdx = Arrays.copyOf(baseIdx, cap);
            mask = Arrays.copyOf(mask, cap);
            bodyStart = Arrays.copyOf(bodyStart, cap);
            bodyBits = Arrays.copyOf(bodyBits, cap);
            prio = Arrays.copyOf(prio, cap);
            inFlight = Arrays.copyOf(inFlight, cap);
            rank = Arrays.copyOf(rank, cap);
            keys = Arrays.copyOf(keys, cap);
        }
        frameIdx[n] = fi;
        baseIdx[n] = bi;
        inFlight[n] = false;
        return n++;
    }

    /** Writes every candidate's body (field values or deltas, without mask) into the scratch buffer. */
    void writeBodies(BaselineView base, BaselineView frame) {
        int need = n * maxBodyBytes + 16;
        if (scratchBuf.length < need) {
            scratchBuf = new byte[Math.max(need, scratchBuf.length * 2)];
        }
        scratch.reset(scratchBuf, 0, scratchBuf.length);
        for (int k = 0; k < n; k++) {
            int fi = frameIdx[k];
            NetCodec<Object> s = registry.objectAt(frame.cls[fi]).codec;
            int start = scratch.bitPosition();
            bodyStart[k] = start;
            if (baseIdx[k] < 0) {
                s.writeValues(scratch, mask[k], frame.slots, frame.off[fi]);
            } else {
                s.writeChanges(scratch, mask[k], base.slots, base.off[baseIdx[k]], frame.slots, frame.off[fi]);
            }
            bodyBits[k] = scratch.bitPosition() - start;
        }
    }

    /** Adds one snapshot's worth of priority to every candidate, carrying over what it had. */
    void accumulate(BaselineView frame) {
        cursor[0] = 0;
        for (int k = 0; k < n; k++) {
            prio[k] = priorities.carried(frame.ids[frameIdx[k]], cursor) + 1f;
        }
    }

    /** Keeps the priorities of candidates not sent; sent ones start again from zero. */
    void settle(BaselineView frame) {
        priorities.begin(n);
        for (int k = 0; k < n; k++) {
            if (rank[k] >= selected) {
                priorities.keep(frame.ids[frameIdx[k]], prio[k]);
            }
        }
        priorities.commit();
    }

    /**
     * Ranks candidates: creates already sent in the last (unacknowledged) snapshot first, so a client's
     * set of objects does not churn; then by accumulated priority; ties by id.
     */
    void rank() {
        for (int k = 0; k < n; k++) {
            // Non-negative floats order like their bits (31 of them); the in-flight flag goes above. As an
            // unsigned 32-bit number p orders as wanted; shift it to signed order and invert it, so that
            // ascending keys mean descending priority.
            int p = Float.floatToIntBits(prio[k]) | (inFlight[k] ? 0x8000_0000 : 0);
            keys[k] = ((long) ~(p ^ 0x8000_0000) << 32) | k;
        }
        InPlaceSort.sort(keys, 0, n);
        for (int r = 0; r < n; r++) {
            int k = (int) keys[r];
            rank[k] = r;
        }
    }

    /** Exact bits of the create and update sections when the best {@code m} candidates are sent. */
    int sectionBits(BaselineView frame, int m, boolean allowCreates) {
        resetMasks();
        int bits = 0;
        int creates = 0;
        int updates = 0;
        int prevId = 0;
        int prevBase = -1;
        int classBits = registry.objectClassBits();
        for (int k = 0; k < n; k++) {
            if (rank[k] >= m) {
                continue;
            }
            int fi = frameIdx[k];
            int c = frame.cls[fi];
            if (baseIdx[k] < 0) {
                if (!allowCreates) {
                    continue;
                }
                int id = frame.ids[fi];
                bits += GolombCodes.golombBits(id - prevId - 1L, 0) + classBits;
                prevId = id;
                creates++;
            } else {
                bits += GolombCodes.golombBits(baseIdx[k] - prevBase - 1L, 0);
                prevBase = baseIdx[k];
                updates++;
            }
            bits += maskCost(c, baseIdx[k] < 0, mask[k]) + bodyBits[k];
        }
        return bits + GolombCodes.golombBits(creates, 0) + GolombCodes.golombBits(updates, 0);
    }

    /** Bits of an entry's mask code; records the mask as the previous one of its class and section. */
    private int maskCost(int c, boolean create, long m) {
        boolean[] has = create ? hasCreateMask : hasMask;
        long[] last = create ? lastCreateMask : lastMask;
        int cost = has[c] && last[c] == m ? 1 : 1 + registry.objectAt(c).codec.maskBits(m);
        has[c] = true;
        last[c] = m;
        return cost;
    }

    /**
     * Chooses the largest prefix of the ranking whose sections fit {@code availableBits}; {@code allBits}
     * is {@link #sectionBits} of every candidate with creates allowed, already computed.
     */
    void select(BaselineView frame, int availableBits, boolean allowCreates, int allBits) {
        resetMasks();
        if ((allowCreates ? allBits : sectionBits(frame, n, false)) <= availableBits) {
            selected = n;
        } else {
            rank();
            int lo = 0;
            int hi = n - 1;
            while (lo < hi) {
                int mid = (lo + hi + 1) >>> 1;
                resetMasks();
                if (sectionBits(frame, mid, allowCreates) <= availableBits) {
                    lo = mid;
                } else {
                    hi = mid - 1;
                }
            }
            selected = lo;
        }
        if (selected == n) {
            // Every candidate has rank below n; give them ranks if rank() did not run.
            for (int k = 0; k < n; k++) {
                rank[k] = 0;
            }
        }
        if (!allowCreates) {
            for (int k = 0; k < n; k++) {
                if (baseIdx[k] < 0) {
                    rank[k] = Integer.MAX_VALUE;
                }
            }
        }
    }

    private void resetMasks() {
        Arrays.fill(hasMask, false);
        Arrays.fill(hasCreateMask, false);
    }

    boolean isSent(int k) {
        return rank[k] < selected;
    }

    /** Selects every candidate (the direct path, before knowing that they fit). */
    void selectAll() {
        selected = n;
        for (int k = 0; k < n; k++) {
            rank[k] = 0;
        }
    }

    private void countSent() {
        createsWritten = 0;
        updatesWritten = 0;
        for (int k = 0; k < n; k++) {
            if (isSent(k)) {
                if (baseIdx[k] < 0) {
                    createsWritten++;
                } else {
                    updatesWritten++;
                }
            }
        }
    }

    /**
     * Writes the create and update sections for the selected candidates. With {@code fromScratch} the
     * bodies are copied from {@link #writeBodies}' scratch and are known to fit. Otherwise they are written
     * straight from the frame, and this returns false, leaving the writer's content useless, as soon as an
     * entry might cross {@code limitBits}.
     */
    boolean writeSections(BitWriter w, BaselineView base, BaselineView frame, int limitBits, boolean fromScratch) {
        resetMasks();
        countSent();
        int classBits = registry.objectClassBits();
        int worstEntry = maxBodyBytes * 8 + 64 + 1 + NetCodec.MAX_FIELDS + classBits;
        int start = w.bitPosition();
        GolombCodes.writeGolomb(w, createsWritten, 0);
        int prevId = 0;
        for (int k = 0; k < n; k++) {
            if (!isSent(k) || baseIdx[k] >= 0) {
                continue;
            }
            if (!fromScratch && w.bitPosition() + worstEntry > limitBits) {
                return false;
            }
            int fi = frameIdx[k];
            int id = frame.ids[fi];
            int c = frame.cls[fi];
            GolombCodes.writeGolomb(w, id - prevId - 1L, 0);
            prevId = id;
            w.writeBits(c, classBits);
            writeMask(w, c, true, mask[k]);
            if (fromScratch) {
                w.copyBits(scratch, bodyStart[k], bodyBits[k]);
            } else {
                Registration r = registry.objectAt(c);
                r.codec.writeValues(w, mask[k], frame.slots, frame.off[fi]);
            }
        }
        int mid = w.bitPosition();
        createBits = mid - start;
        GolombCodes.writeGolomb(w, updatesWritten, 0);
        int prevBase = -1;
        for (int k = 0; k < n; k++) {
            if (!isSent(k) || baseIdx[k] < 0) {
                continue;
            }
            if (!fromScratch && w.bitPosition() + worstEntry > limitBits) {
                return false;
            }
            int bi = baseIdx[k];
            int fi = frameIdx[k];
            GolombCodes.writeGolomb(w, bi - prevBase - 1L, 0);
            prevBase = bi;
            int c = frame.cls[fi];
            writeMask(w, c, false, mask[k]);
            if (fromScratch) {
                w.copyBits(scratch, bodyStart[k], bodyBits[k]);
            } else {
                registry.objectAt(c).codec.writeChanges(w, mask[k], base.slots, base.off[bi], frame.slots,
                        frame.off[fi]);
            }
        }
        updateBits = w.bitPosition() - mid;
        return true;
    }

    private void writeMask(BitWriter w, int c, boolean create, long m) {
        boolean[] has = create ? hasCreateMask : hasMask;
        long[] last = create ? lastCreateMask : lastMask;
        if (has[c] && last[c] == m) {
            w.writeBits(1, 1);
        } else {
            w.writeBits(0, 1);
            registry.objectAt(c).codec.writeMask(w, m);
        }
        has[c] = true;
        last[c] = m;
    }

    /** Bits of the destroy section for the first {@code count} destroys. */
    int destroyBits(int count) {
        int bits = GolombCodes.golombBits(count, 0);
        int prev = -1;
        for (int d = 0; d < count; d++) {
            bits += GolombCodes.golombBits(destroy[d] - prev - 1L, 0);
            prev = destroy[d];
        }
        return bits;
    }

    void writeDestroys(BitWriter w) {
        GolombCodes.writeGolomb(w, destroysWritten, 0);
        int prev = -1;
        for (int d = 0; d < destroysWritten; d++) {
            GolombCodes.writeGolomb(w, destroy[d] - prev - 1L, 0);
            prev = destroy[d];
        }
    }
}

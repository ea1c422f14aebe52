package dev.javelin.engine.internal.codec;

import dev.javelin.engine.internal.wire.BitReader;
import dev.javelin.engine.internal.wire.ClassTable;
import dev.javelin.engine.internal.wire.CodecException;
import dev.javelin.engine.internal.wire.GolombCodes;
import dev.javelin.engine.internal.wire.NetCodec;
import dev.javelin.engine.internal.wire.Registration;

import java.util.Arrays;

/**
 * Parses one snapshot against its baseline into scratch arrays, validating everything as hostile, then
 * builds the resulting view. Arrays grow only as entries are actually read, and never beyond what
 * {@code maxObjects} objects need, whatever a count on the wire says.
 */
final class SnapshotReader {

    static final int KEEP = -1;
    static final int DESTROY = -2;

    private final ClassTable registry;
    private final int maxObjects;
    final BitReader r = new BitReader(new byte[0], 0, 0);

    int sequence;
    int step;
    boolean full;
    int baselineSequence;
    boolean complete;
    int eventBase;
    int checksum;

    int nEvents;
    int[] evCls = new int[8];
    int[] evStep = new int[8];
    int[] evOff = new int[8];
    int[] evSlots = new int[64];

    int nDestroy;
    /** Per baseline index: KEEP, DESTROY, or the update number whose slots replace it. */
    int[] baseAction = new int[64];

    int nCreate;
    int[] crId = new int[16];
    int[] crCls = new int[16];
    int[] crOff = new int[16];
    int[] crSlots = new int[256];

    int nUpdate;
    int[] upBase = new int[16];
    int[] upOff = new int[16];
    int[] upSlots = new int[256];

    /** True when the snapshot only updates: the view was built while reading, in place. */
    boolean inPlace;
    private int inPlaceChecksum;

    /** New-view indices of the objects this snapshot carried an entry for, ascending. */
    int nCarried;
    int[] carried = new int[16];

    private final boolean[] hasMask;
    private final long[] lastMask;

    SnapshotReader(ClassTable registry, int maxObjects) {
        this.registry = registry;
        this.maxObjects = maxObjects;
        int classes = Math.max(1, Math.max(registry.objectClassCount(), registry.eventClassCount()));
        this.hasMask = new boolean[classes];
        this.lastMask = new long[classes];
    }

    void readHeader(byte[] bytes, int offset, int length) {
        if (length > SnapshotLayout.MAX_SNAPSHOT_BYTES) {
            throw new CodecException("snapshot of " + length + " bytes exceeds the limit of " + SnapshotLayout.MAX_SNAPSHOT_BYTES);
        }
        r.reset(bytes, offset, length);
        sequence = r.readInt();
        step = r.readInt();
        full = r.readBool();
        baselineSequence = full ? -1 : sequence - (r.readBits(SnapshotLayout.OFFSET_BITS) + 1);
        complete = r.readBool();
        eventBase = full ? r.readInt() : 0;
    }

    /** Reads everything after the header; {@code out} receives the resulting view (see {@link #buildView}). */
    void readBody(BaselineView base, BaselineView out) {
        readEvents();
        readDestroys(base);
        readCreates(base);
        inPlace = nDestroy == 0 && nCreate == 0;
        if (inPlace) {
            out.copyFrom(base);
            readUpdatesInPlace(base, out);
        } else {
            readUpdates(base);
        }
        checksum = r.readInt();
        if (r.bitsLeft() >= 8) {
            throw new CodecException("snapshot " + sequence + " has " + r.bitsLeft() / 8 + " bytes after its end");
        }
    }

    private int readCount(String what, long limit) {
        long c = GolombCodes.readGolomb(r, 0);
        if (c > limit || c > r.bitsLeft()) {
            throw new CodecException("snapshot " + sequence + ": " + c + " " + what + " exceeds the limit of "
                    + Math.min(limit, r.bitsLeft()));
        }
        return (int) c;
    }

    private long readMask(NetCodec<Object> s, int classIndex) {
        if (r.readBool()) {
            if (!hasMask[classIndex]) {
                throw new CodecException("snapshot " + sequence + ": repeated field mask with no previous entry");
            }
            return lastMask[classIndex];
        }
        long m = s.readMask(r);
        hasMask[classIndex] = true;
        lastMask[classIndex] = m;
        return m;
    }

    private int readClass(int bits, int count, String kind) {
        int c = r.readBits(bits);
        if (c >= count) {
            throw new CodecException("snapshot " + sequence + ": " + kind + " class " + c + " is not registered ("
                    + count + " classes)");
        }
        return c;
    }

    private void readEvents() {
        nEvents = readCount("events", SnapshotLayout.MAX_EVENTS_PER_SNAPSHOT);
        int used = 0;
        for (int e = 0; e < nEvents; e++) {
            int c = readClass(registry.eventClassBits(), registry.eventClassCount(), "event");
            Registration reg = registry.eventAt(c);
            int back = SnapshotLayout.unzigzag(GolombCodes.readGolomb(r, SnapshotLayout.EVENT_STEP_ORDER));
            if (e == evCls.length) {
                evCls = Arrays.copyOf(evCls, e * 2);
                evStep = Arrays.copyOf(evStep, e * 2);
                evOff = Arrays.copyOf(evOff, e * 2);
            }
            if (evSlots.length < used + reg.slots) {
                evSlots = Arrays.copyOf(evSlots, Math.max(used + reg.slots, evSlots.length * 2));
            }
            evCls[e] = c;
            evStep[e] = step - back;
            evOff[e] = used;
            reg.codec.readValues(r, reg.codec.readMask(r), reg.defaults, evSlots, used);
            used += reg.slots;
        }
    }

    private void readDestroys(BaselineView base) {
        if (baseAction.length < base.count) {
            baseAction = new int[Math.max(base.count, baseAction.length * 2)];
        }
        Arrays.fill(baseAction, 0, base.count, KEEP);
        nDestroy = readCount("destroys", base.count);
        long prev = -1;
        for (int d = 0; d < nDestroy; d++) {
            long idx = prev + 1 + GolombCodes.readGolomb(r, 0);
            if (idx >= base.count) {
                throw new CodecException("snapshot " + sequence + ": destroy of baseline object " + idx + " of "
                        + base.count);
            }
            baseAction[(int) idx] = DESTROY;
            prev = idx;
        }
    }

    private void readCreates(BaselineView base) {
        Arrays.fill(hasMask, false);
        nCreate = readCount("creates", maxObjects);
        if (base.count - nDestroy + nCreate > maxObjects) {
            throw new CodecException("snapshot " + sequence + " would hold " + (base.count - nDestroy + nCreate)
                    + " objects, above the limit of " + maxObjects);
        }
        long prevId = 0;
        int used = 0;
        int at = 0;
        for (int k = 0; k < nCreate; k++) {
            long id = prevId + 1 + GolombCodes.readGolomb(r, 0);
            if (id > Integer.MAX_VALUE) {
                throw new CodecException("snapshot " + sequence + ": object id " + id + " out of range");
            }
            at = base.indexOf((int) id, Math.min(at, base.count));
            if (at >= 0 && baseAction[at] != DESTROY) {
                throw new CodecException("snapshot " + sequence + ": creates object " + id + ", which the baseline holds");
            }
            at = at >= 0 ? at : -at - 1;
            int c = readClass(registry.objectClassBits(), registry.objectClassCount(), "object");
            Registration reg = registry.objectAt(c);
            if (k == crId.length) {
                crId = Arrays.copyOf(crId, k * 2);
                crCls = Arrays.copyOf(crCls, k * 2);
                crOff = Arrays.copyOf(crOff, k * 2);
            }
            if (crSlots.length < used + reg.slots) {
                crSlots = Arrays.copyOf(crSlots, Math.max(used + reg.slots, crSlots.length * 2));
            }
            long m = readMask(reg.codec, c);
            reg.codec.readValues(r, m, reg.defaults, crSlots, used);
            crId[k] = (int) id;
            crCls[k] = c;
            crOff[k] = used;
            used += reg.slots;
            prevId = id;
        }
    }

    private void readUpdates(BaselineView base) {
        Arrays.fill(hasMask, false);
        nUpdate = readCount("updates", base.count);
        long prev = -1;
        int used = 0;
        for (int u = 0; u < nUpdate; u++) {
            long idx = prev + 1 + GolombCodes.readGolomb(r, 0);
            if (idx >= base.count || baseAction[(int) idx] != KEEP) {
                throw new CodecException("snapshot " + sequence + ": update of baseline object " + idx + " of "
                        + base.count + (idx < base.count ? ", which it destroys" : ""));
            }
            int i = (int) idx;
            int c = base.cls[i];
            Registration reg = registry.objectAt(c);
            if (u == upBase.length) {
                upBase = Arrays.copyOf(upBase, u * 2);
                upOff = Arrays.copyOf(upOff, u * 2);
            }
            if (upSlots.length < used + reg.slots) {
                upSlots = Arrays.copyOf(upSlots, Math.max(used + reg.slots, upSlots.length * 2));
            }
            long m = readMask(reg.codec, c);
            reg.codec.readChanges(r, m, base.slots, base.off[i], upSlots, used);
            upBase[u] = i;
            upOff[u] = used;
            baseAction[i] = u;
            used += reg.slots;
            prev = idx;
        }
    }

    /** Updates only: the same objects as the baseline, so each update is decoded straight into {@code out}. */
    private void readUpdatesInPlace(BaselineView base, BaselineView out) {
        Arrays.fill(hasMask, false);
        nUpdate = readCount("updates", base.count);
        nCarried = 0;
        int checksum = base.checksum;
        long prev = -1;
        for (int u = 0; u < nUpdate; u++) {
            long idx = prev + 1 + GolombCodes.readGolomb(r, 0);
            if (idx >= base.count) {
                throw new CodecException("snapshot " + sequence + ": update of baseline object " + idx + " of "
                        + base.count);
            }
            int i = (int) idx;
            int c = base.cls[i];
            Registration reg = registry.objectAt(c);
            long m = readMask(reg.codec, c);
            int o = base.off[i];
            reg.codec.readChangesInPlace(r, m, base.slots, o, out.slots, o);
            checksum += GolombCodes.changeSum(base.ids[i], c, base.slots, o, out.slots, o, reg.slots);
            addCarried(i);
            prev = idx;
        }
        inPlaceChecksum = checksum;
    }

    /** Builds the resulting view: the baseline less destroys, with updates and creates, ids ascending. */
    void buildView(BaselineView base, BaselineView out) {
        if (inPlace) {
            out.checksum = inPlaceChecksum;
            return;
        }
        nCarried = 0;
        int checksum = base.checksum;
        int i = 0;
        int runStart = 0;
        for (int k = 0; k <= nCreate; k++) {
            int id = k < nCreate ? crId[k] : Integer.MAX_VALUE;
            while (i < base.count && base.ids[i] <= id) {
                int a = baseAction[i];
                if (a != KEEP) {
                    out.appendRun(base, runStart, i);
                    if (a >= 0) {
                        int c = base.cls[i];
                        int n = registry.objectAt(c).slots;
                        int o = upOff[a];
                        checksum += GolombCodes.changeSum(base.ids[i], c, base.slots, base.off[i], upSlots, o, n);
                        addCarried(out.count);
                        out.append(base.ids[i], c, upSlots, o, n);
                    } else {
                        checksum -= base.objectSum(i);
                    }
                    runStart = i + 1;
                }
                i++;
            }
            if (k < nCreate) {
                out.appendRun(base, runStart, i);
                runStart = i;
                int c = crCls[k];
                int n = registry.objectAt(c).slots;
                int o = crOff[k];
                checksum += GolombCodes.objectSum(id, c, crSlots, o, n);
                addCarried(out.count);
                out.append(id, c, crSlots, o, n);
            }
        }
        out.appendRun(base, runStart, base.count);
        out.checksum = checksum;
    }

    private void addCarried(int index) {
        if (nCarried == carried.length) {
            carried = Arrays.copyOf(carried, nCarried * 2);
        }
        carried[nCarried++] = index;
    }
}

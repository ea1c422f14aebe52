package dev.javelin.engine.internal.codec;

import dev.javelin.engine.internal.wire.ClassTable;
import dev.javelin.engine.internal.wire.CodecException;
import dev.javelin.engine.internal.wire.NetCodec;
import dev.javelin.engine.internal.wire.Registration;
import dev.javelin.engine.schema.ClassRegistry;

import dev.javelin.engine.world.GameObject;
import dev.javelin.engine.world.GameWorld;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The client's snapshot reader. It holds the baselines the server may still delta against, and the
 * client's view of the server's world: one instance per networked object, holding the newest state the
 * server sent for it.
 *
 * <p>{@link #decode} is all-or-nothing: on any {@link CodecException} (including a
 * {@link DesyncException}) the decoder's state is exactly as before. After a desync it asks for a full
 * snapshot ({@link #fullRequested()}) until one arrives. Acknowledge {@link #newestSequence()} to the
 * server in every input message.
 *
 * <p>Memory is bounded whatever the bytes say: at most {@code maxObjects} objects, 64 baselines, and
 * snapshots of at most 65536 bytes. Threads: one thread at a time (the client's simulation thread, or a
 * bot's). Steady-state decoding of updates allocates nothing; new objects and events are allocated.
 */
public final class SnapshotDecoder {

    /** Default limit of objects in the client's view. */
    public static final int DEFAULT_MAX_OBJECTS = 65536;

    private final ClassTable registry;
    private final SnapshotReader reader;
    private final BaselineView[] ring = new BaselineView[SnapshotLayout.RING];
    private final List<BaselineView> pool = new ArrayList<>();
    private final BaselineView empty = new BaselineView();
    private final DecodedSnapshot result = new DecodedSnapshot();
    private int newest;
    private boolean hasNewest;
    private boolean fullRequested;
    private int lastEvent;
    private int desyncs;

    private BaselineView cur = new BaselineView();
    private GameObject[] objs = new GameObject[16];
    private BaselineView nextCur = new BaselineView();
    private GameObject[] nextObjs = new GameObject[16];
    private final List<GameObject> objectsView = new AbstractList<>() {
        @Override
        public GameObject get(int index) {
            if (index < 0 || index >= cur.count) {
                throw new IndexOutOfBoundsException("object " + index + " of " + cur.count);
            }
            return objs[index];
        }

        @Override
        public int size() {
            return cur.count;
        }
    };

    /** A decoder for up to {@link #DEFAULT_MAX_OBJECTS} objects. */
    public SnapshotDecoder(ClassRegistry registry) {
        this(registry, DEFAULT_MAX_OBJECTS);
    }

    /** A decoder that rejects snapshots leading to more than {@code maxObjects} objects (1 to 2^20). */
    public SnapshotDecoder(ClassRegistry registry, int maxObjects) {
        if (registry == null) {
            throw new IllegalArgumentException("registry must not be null");
        }
        if (maxObjects < 1 || maxObjects > (1 << 20)) {
            throw new IllegalArgumentException("maxObjects must be 1 to 2^20, was " + maxObjects);
        }
        this.registry = registry.table();
        this.reader = new SnapshotReader(this.registry, maxObjects);
    }

    /** The sequence of the newest snapshot decoded, to acknowledge; -1 before the first. */
    public int newestSequence() {
        return hasNewest ? newest : -1;
    }

    /** True after a desync until a full snapshot decodes: tell the server to send one. */
    public boolean fullRequested() {
        return fullRequested;
    }

    /** How many desyncs were detected since this decoder was made. */
    public int desyncCount() {
        return desyncs;
    }

    /** The client's view: the decoder's objects in ascending id order, read-only, live. */
    public List<GameObject> objects() {
        return objectsView;
    }

    /** The decoder's object with {@code id}, or null. */
    public GameObject get(int id) {
        int i = cur.indexOf(id, 0);
        return i >= 0 ? objs[i] : null;
    }

    /** Forgets everything (baselines, objects, delivered events), as for a new connection. */
    public void reset() {
        for (int i = 0; i < SnapshotLayout.RING; i++) {
            release(i);
        }
        cur.clear();
        Arrays.fill(objs, null);
        hasNewest = false;
        fullRequested = false;
        lastEvent = 0;
    }

    /**
     * Decodes the snapshot in {@code bytes[offset, offset + length)}.
     *
     * @return the result, owned by this decoder and overwritten by the next call
     * @throws CodecException  if the bytes are malformed in any way, or refer to a baseline this decoder
     *                         does not hold; the decoder is unchanged
     * @throws DesyncException if the resulting view's checksum differs from the server's; the decoder is
     *                         unchanged and {@link #fullRequested()} becomes true
     */
    public DecodedSnapshot decode(byte[] bytes, int offset, int length) {
        SnapshotReader rd = reader;
        rd.readHeader(bytes, offset, length);
        DecodedSnapshot res = result;
        res.clear();
        res.sequence = rd.sequence;
        res.step = rd.step;
        if (hasNewest && rd.sequence <= newest) {
            res.stale = true;
            return res;
        }
        BaselineView base;
        if (rd.full) {
            base = empty;
            empty.eventsThrough = rd.eventBase;
        } else {
            base = ring[rd.baselineSequence & (SnapshotLayout.RING - 1)];
            if (base == null || base.sequence != rd.baselineSequence) {
                throw new CodecException("snapshot " + rd.sequence + " is a delta against " + rd.baselineSequence
                        + ", which this client does not hold");
            }
        }
        BaselineView next = obtain();
        try {
            rd.readBody(base, next);
        } catch (CodecException e) {
            pool.add(next);
            throw e;
        }
        rd.buildView(base, next);
        if (next.checksum != rd.checksum) {
            pool.add(next);
            fullRequested = true;
            desyncs++;
            throw new DesyncException(rd.sequence, rd.checksum, next.checksum);
        }
        next.sequence = rd.sequence;
        next.step = rd.step;
        next.eventsThrough = base.eventsThrough + rd.nEvents;

        res.baselineSequence = rd.baselineSequence;
        res.full = rd.full;
        res.complete = rd.complete;
        res.checksum = next.checksum;
        reconcile(next, rd);
        deliverEvents(base, rd);
        // A delta against B proves the server acknowledged B and will never go below it (its acknowledged
        // baseline only moves forward, and after a reset it uses snapshots sent later still). A full
        // snapshot proves nothing: the server may yet receive an acknowledgement of an earlier one.
        store(next, rd.full ? Integer.MIN_VALUE : base.sequence);
        if (rd.full) {
            fullRequested = false;
        }
        return res;
    }

    private void store(BaselineView next, int keepFrom) {
        for (int i = 0; i < SnapshotLayout.RING; i++) {
            BaselineView v = ring[i];
            if (v != null && v.sequence < keepFrom) {
                release(i);
            }
        }
        int slot = next.sequence & (SnapshotLayout.RING - 1);
        release(slot);
        ring[slot] = next;
        newest = next.sequence;
        hasNewest = true;
    }

    private void deliverEvents(BaselineView base, SnapshotReader rd) {
        for (int e = 0; e < rd.nEvents; e++) {
            int index = base.eventsThrough + 1 + e;
            if (index <= lastEvent) {
                continue;
            }
            Registration reg = registry.eventAt(rd.evCls[e]);
            Object event = reg.newInstance();
            reg.codec.applyAll(rd.evSlots, rd.evOff[e], event);
            result.addEvent(event, rd.evStep[e]);
            lastEvent = index;
        }
    }

    /** Brings the client's objects to the new view: creates, destroys, and applies carried states. */
    private void reconcile(BaselineView nv, SnapshotReader rd) {
        DecodedSnapshot res = result;
        boolean complete = rd.complete;
        if (sameLayout(nv)) {
            if (complete) {
                applyAll(nv);
            } else {
                for (int c = 0; c < rd.nCarried; c++) {
                    int k = rd.carried[c];
                    applyOne(nv, k);
                    res.carried.add(objs[k]);
                }
            }
            return;
        }
        int n = nv.count;
        if (nextObjs.length < n) {
            nextObjs = new GameObject[Math.max(n, nextObjs.length * 2)];
        }
        BaselineView nc = nextCur;
        nc.clear();
        int i = 0;
        int c = 0;
        for (int k = 0; k < n; k++) {
            int id = nv.ids[k];
            boolean carried = complete;
            if (c < rd.nCarried && rd.carried[c] == k) {
                carried = true;
                c++;
            }
            while (i < cur.count && cur.ids[i] < id) {
                res.destroyed.add(objs[i++]);
            }
            GameObject o;
            if (i < cur.count && cur.ids[i] == id && cur.cls[i] == nv.cls[k]) {
                o = objs[i];
                if (carried) {
                    if (!cur.sameState(i, nv, k)) {
                        NetCodec<Object> schema = registry.objectAt(nv.cls[k]).codec;
                        schema.applyObject(schema.changedMask(cur.slots, cur.off[i], nv.slots, nv.off[k]), nv.slots,
                                nv.off[k], o);
                        res.updated.add(o);
                    }
                    nc.append(id, nv.cls[k], nv.slots, nv.off[k], nv.slotCount(k));
                } else {
                    nc.append(id, cur.cls[i], cur.slots, cur.off[i], cur.slotCount(i));
                }
                i++;
            } else {
                if (i < cur.count && cur.ids[i] == id) {
                    res.destroyed.add(objs[i++]);
                }
                Registration reg = registry.objectAt(nv.cls[k]);
                o = (GameObject) reg.newInstance();
                GameWorld.assignId(o, id);
                reg.codec.applyAll(nv.slots, nv.off[k], o);
                res.created.add(o);
                nc.append(id, nv.cls[k], nv.slots, nv.off[k], nv.slotCount(k));
            }
            nextObjs[k] = o;
            if (carried) {
                res.carried.add(o);
            }
        }
        while (i < cur.count) {
            res.destroyed.add(objs[i++]);
        }
        Arrays.fill(objs, 0, cur.count, null);
        GameObject[] t = objs;
        objs = nextObjs;
        nextObjs = t;
        nextCur = cur;
        cur = nc;
    }

    private boolean sameLayout(BaselineView nv) {
        int n = nv.count;
        return cur.count == n && Arrays.equals(cur.ids, 0, n, nv.ids, 0, n)
                && Arrays.equals(cur.cls, 0, n, nv.cls, 0, n);
    }

    /** Same objects, every one carried: apply the blocks that differ, found by a vectorised scan. */
    private void applyAll(BaselineView nv) {
        DecodedSnapshot res = result;
        int[] a = cur.slots;
        int[] b = nv.slots;
        int end = nv.slotsUsed;
        int pos = 0;
        int k = 0;
        while (pos < end) {
            int m = Arrays.mismatch(a, pos, end, b, pos, end);
            if (m < 0) {
                break;
            }
            pos += m;
            while (k + 1 < nv.count && nv.off[k + 1] <= pos) {
                k++;
            }
            NetCodec<Object> schema = registry.objectAt(nv.cls[k]).codec;
            schema.applyObject(schema.changedMask(a, nv.off[k], b, nv.off[k]), b, nv.off[k], objs[k]);
            res.updated.add(objs[k]);
            pos = k + 1 < nv.count ? nv.off[k + 1] : end;
        }
        System.arraycopy(b, 0, a, 0, end);
        for (int j = 0; j < nv.count; j++) {
            res.carried.add(objs[j]);
        }
    }

    private void applyOne(BaselineView nv, int k) {
        if (!cur.sameState(k, nv, k)) {
            NetCodec<Object> schema = registry.objectAt(nv.cls[k]).codec;
            schema.applyObject(schema.changedMask(cur.slots, cur.off[k], nv.slots, nv.off[k]), nv.slots, nv.off[k], objs[k]);
            result.updated.add(objs[k]);
            System.arraycopy(nv.slots, nv.off[k], cur.slots, cur.off[k], nv.slotCount(k));
        }
    }

    private BaselineView obtain() {
        BaselineView v = pool.isEmpty() ? new BaselineView() : pool.remove(pool.size() - 1);
        v.clear();
        return v;
    }

    private void release(int slot) {
        BaselineView v = ring[slot];
        if (v != null) {
            ring[slot] = null;
            pool.add(v);
        }
    }
}

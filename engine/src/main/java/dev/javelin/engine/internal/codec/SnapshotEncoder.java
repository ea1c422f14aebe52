package dev.javelin.engine.internal.codec;

import dev.javelin.engine.internal.wire.BitWriter;
import dev.javelin.engine.schema.ClassRegistry;

import dev.javelin.engine.world.GameObject;
import java.util.List;

/**
 * The server's snapshot writer for one client. It keeps the baselines this client may hold (a window of
 * sent snapshots keyed by sequence), the newest one the client acknowledged, a priority accumulator, and
 * the game events not yet acknowledged.
 *
 * <p>Each snapshot is a delta against the newest acknowledged baseline within the window, or full (against
 * nothing) when there is none: at join, after {@link #requestFull()}, or when acknowledgements stopped
 * for longer than the window. Unchanged objects cost nothing; creations and destructions are repeated
 * until a snapshot carrying them is acknowledged, so a lost datagram loses neither. When the changes do not
 * fit the byte budget, the objects with the most accumulated priority go first and the rest follow in
 * later snapshots; no object starves.
 *
 * <p>Threads: one thread at a time (the simulation thread, or a worker encoding this client). It reads a
 * {@link WorldFrame} that must not be recaptured meanwhile. In steady state an encode allocates nothing.
 */
public final class SnapshotEncoder {

    /** Default byte budget of one snapshot: a safe UDP payload. */
    public static final int DEFAULT_BUDGET_BYTES = 1200;
    /** Default number of sent snapshots usable as baselines. */
    public static final int DEFAULT_WINDOW = 32;
    /** Largest window the wire format allows. */
    public static final int MAX_WINDOW = SnapshotLayout.MAX_OFFSET - 1;
    /** Default limit of game events queued and not yet acknowledged. */
    public static final int DEFAULT_MAX_PENDING_EVENTS = 1024;
    /**
     * Spare baselines kept for reuse. A client that stops acknowledging for a while (a stall, a burst of loss)
     * makes the encoder hold up to a window of unacknowledged baselines; once it catches up, keeping them all
     * would make the memory of every encoder creep up to its worst stall ever.
     */
    static final int MAX_SPARE_VIEWS = 8;

    private final ClassRegistry registry;
    private final int window;
    private int budgetBytes;
    private final EncoderPlan plan;
    private final EventQueue events;
    private final BaselineBuilder baselines;
    private final BaselineView[] ring = new BaselineView[SnapshotLayout.RING];
    private final BaselineView[] spares = new BaselineView[MAX_SPARE_VIEWS];
    private int spareCount;
    private final BaselineView empty = new BaselineView();
    private BaselineView acked;
    private int lastSequence;
    private boolean started;
    // The most objects and slots a baseline of this client has held: a view taken from the pool is grown to
    // this at once (with room to spare), not step by step as the snapshots that reuse it happen to get larger.
    private int mostObjects;
    private int mostSlots;
    private int[] rel = new int[64];
    private final BitWriter out = new BitWriter(new byte[0], 0, 0);
    private final EncodeStats stats = new EncodeStats();

    /** An encoder with a 1200-byte budget, a window of 32 and room for 1024 pending events. */
    public SnapshotEncoder(ClassRegistry registry) {
        this(registry, DEFAULT_BUDGET_BYTES, DEFAULT_WINDOW, DEFAULT_MAX_PENDING_EVENTS);
    }

    /**
     * @param registry          the game's classes, equal to the client's
     * @param budgetBytes       most bytes per snapshot, 64 to 65536
     * @param window            how many sent snapshots stay usable as baselines, 1 to {@link #MAX_WINDOW}
     * @param maxPendingEvents  most game events queued and not yet acknowledged before {@link #queueEvent}
     *                          throws
     */
    public SnapshotEncoder(ClassRegistry registry, int budgetBytes, int window, int maxPendingEvents) {
        if (registry == null) {
            throw new IllegalArgumentException("registry must not be null");
        }
        if (window < 1 || window > MAX_WINDOW) {
            throw new IllegalArgumentException("baseline window must be 1 to " + MAX_WINDOW + ", was " + window);
        }
        if (maxPendingEvents < 1) {
            throw new IllegalArgumentException("maxPendingEvents must be positive, was " + maxPendingEvents);
        }
        setBudgetBytes(budgetBytes);
        this.registry = registry;
        this.window = window;
        this.plan = new EncoderPlan(registry.table());
        this.baselines = new BaselineBuilder(plan);
        this.events = new EventQueue(registry.table(), maxPendingEvents);
    }

    /** Sets the most bytes one snapshot may take, 64 to 65536 (the transport's payload minus its overhead). */
    public void setBudgetBytes(int budgetBytes) {
        if (budgetBytes < 64 || budgetBytes > SnapshotLayout.MAX_SNAPSHOT_BYTES) {
            throw new IllegalArgumentException("snapshot budget must be 64 to " + SnapshotLayout.MAX_SNAPSHOT_BYTES
                    + " bytes, was " + budgetBytes);
        }
        this.budgetBytes = budgetBytes;
    }

    /** The byte budget of one snapshot. */
    public int budgetBytes() {
        return budgetBytes;
    }

    /** The baseline window, in snapshots. */
    public int window() {
        return window;
    }

    /**
     * Records that the client holds snapshot {@code sequence} (the newest it decoded, sent back in its
     * input messages). Older, repeated, unknown or forged sequences are ignored. Later snapshots are
     * delta-encoded against it, and the events it carried are dropped from the queue.
     */
    public void acknowledge(int sequence) {
        BaselineView v = ring[sequence & (SnapshotLayout.RING - 1)];
        if (v == null || v.sequence != sequence || (acked != null && sequence <= acked.sequence)) {
            return;
        }
        acked = v;
        events.dropThrough(v.eventsThrough);
        for (int i = 0; i < SnapshotLayout.RING; i++) {
            BaselineView o = ring[i];
            if (o != null && o.sequence < sequence) {
                release(i);
            }
        }
    }

    /**
     * Makes the next snapshot full: every baseline is forgotten, and acknowledgements of snapshots sent
     * before are ignored. For a client that reported a desync or lost its state. Pending events stay queued.
     */
    public void requestFull() {
        for (int i = 0; i < SnapshotLayout.RING; i++) {
            release(i);
        }
        acked = null;
    }

    /** The newest acknowledged sequence still usable as a baseline, or -1. */
    public int newestAcknowledged() {
        return acked == null ? -1 : acked.sequence;
    }

    /**
     * Queues a game event for this client, captured (quantized) now, so {@code event} may be reused. It is
     * carried by every snapshot until one carrying it is acknowledged, and the client hands it to the game
     * once.
     *
     * @param event a registered event, not null
     * @param step  the step at which it happened, at most the step of the snapshot that will carry it
     * @throws IllegalArgumentException if the event's class is not registered
     * @throws IllegalStateException    if the client left too many events unacknowledged
     */
    public void queueEvent(Object event, int step) {
        if (event == null) {
            throw new IllegalArgumentException("event must not be null");
        }
        events.add(registry.table().requireEvent(event.getClass()), event, step);
    }

    /** Events queued and not yet acknowledged. */
    public int pendingEvents() {
        return events.pending();
    }

    /** What the last {@link #encode} wrote; overwritten by the next one. */
    public EncodeStats stats() {
        return stats;
    }

    /** {@link #encode(int, WorldFrame, List, byte[], int)} with every object of the frame relevant. */
    public int encode(int sequence, WorldFrame frame, byte[] buffer, int offset) {
        return encode(sequence, frame, null, buffer, offset);
    }

    /**
     * Writes snapshot {@code sequence} of {@code frame} into {@code buffer} at {@code offset} and returns
     * its length in bytes: at most the budget and the room left in the buffer.
     *
     * @param sequence this client's snapshot number; greater than the last one encoded
     * @param frame    the world captured at the snapshot's step, with this encoder's registry
     * @param relevant the objects this client should know (room and interest already applied), ascending
     *                 ids, each captured in {@code frame}; null for every object of the frame
     * @param buffer   where to write; the caller reuses it
     * @param offset   where the snapshot starts in {@code buffer}
     * Objects of unregistered classes are skipped: they are not networked.
     *
     * @throws IllegalArgumentException if a registered object is not in the frame, the ids do not ascend,
     *                                  or the sequence does not increase
     */
    public int encode(int sequence, WorldFrame frame, List<? extends GameObject> relevant, byte[] buffer,
                      int offset) {
        checkArguments(sequence, frame, buffer, offset);
        return encodeRelevant(sequence, frame, collectRelevant(frame.view, relevant), buffer, offset);
    }

    /**
     * {@link #encode(int, WorldFrame, List, byte[], int)} with the relevant objects given by their indices in
     * the list the frame was captured from ({@code indices[0, count)}, ascending): no object is looked up.
     *
     * Objects of unregistered classes are skipped: they are not networked.
     *
     * @throws IllegalArgumentException if an index is out of range or the indices do not ascend
     */
    public int encode(int sequence, WorldFrame frame, int[] indices, int count, byte[] buffer, int offset) {
        checkArguments(sequence, frame, buffer, offset);
        if (rel.length < count) {
            rel = new int[Math.max(count, rel.length * 2)];
        }
        int last = -1;
        int kept = 0;
        for (int i = 0; i < count; i++) {
            int index = indices[i];
            if (index <= last || index >= frame.listSize) {
                throw new IllegalArgumentException("relevant indices must ascend within the " + frame.listSize
                        + " captured objects, found " + index + " after " + last);
            }
            last = index;
            int at = frame.frameIndexOfListIndex[index];
            if (at >= 0) {
                rel[kept++] = at;
            } // else its class is not registered: it is simply not networked
        }
        return encodeRelevant(sequence, frame, kept, buffer, offset);
    }

    private void checkArguments(int sequence, WorldFrame frame, byte[] buffer, int offset) {
        if (frame.registry() != registry) {
            throw new IllegalArgumentException("the frame was captured with another registry");
        }
        if (started && sequence <= lastSequence) {
            throw new IllegalArgumentException("snapshot sequence must increase: " + sequence + " after " + lastSequence);
        }
        int capacity = Math.min(budgetBytes, buffer.length - offset);
        if (capacity < 64) {
            throw new IllegalArgumentException("buffer has room for " + capacity + " bytes; a snapshot needs at least 64");
        }
    }

    /** Encodes the objects at frame indices {@code rel[0, nRel)}. */
    private int encodeRelevant(int sequence, WorldFrame frame, int nRel, byte[] buffer, int offset) {
        int capacity = Math.min(budgetBytes, buffer.length - offset);
        BaselineView fv = frame.view;
        BaselineView base = acked != null && sequence - acked.sequence <= window ? acked : null;
        boolean full = base == null;
        if (full) {
            base = empty;
            empty.eventsThrough = events.acked();
        }
        BaselineView lastSent = ring[lastSequence & (SnapshotLayout.RING - 1)];
        if (!started || lastSent == null || lastSent.sequence != lastSequence) {
            lastSent = null;
        }
        plan.build(base, fv, rel, nRel, lastSent);
        int headerBits = SnapshotLayout.headerBits(full);
        int limitBits = capacity * 8 - SnapshotLayout.TRAILER_BITS;
        BitWriter w = out;

        // Usually everything fits: write it straight out, no sizing pass, no scratch.
        int nEvents = events.measure(base.eventsThrough, fv.step, (limitBits - headerBits) / 2);
        plan.destroysWritten = plan.nDestroy;
        plan.selectAll();
        w.reset(buffer, offset, capacity);
        writeHeader(w, sequence, fv.step, full, base, true);
        events.write(w, nEvents);
        boolean complete = w.bitPosition() + plan.destroyBits(plan.nDestroy) < limitBits;
        if (complete) {
            plan.writeDestroys(w);
            complete = plan.writeSections(w, base, fv, limitBits, false);
        }
        if (!complete) {
            nEvents = selectWithinBudget(base, fv, limitBits - headerBits);
            complete = plan.destroysWritten == plan.nDestroy && plan.selected == plan.n;
            w.reset(buffer, offset, capacity);
            writeHeader(w, sequence, fv.step, full, base, complete);
            events.write(w, nEvents);
            plan.writeDestroys(w);
            plan.writeSections(w, base, fv, limitBits, true);
        }
        plan.settle(fv);

        BaselineView next = obtain();
        next.sequence = sequence;
        next.step = fv.step;
        next.eventsThrough = base.eventsThrough + nEvents;
        baselines.build(base, fv, next);
        mostObjects = Math.max(mostObjects, next.count);
        mostSlots = Math.max(mostSlots, next.slotsUsed);
        w.writeInt(next.checksum);
        int length = w.finish();

        int slot = sequence & (SnapshotLayout.RING - 1);
        release(slot);
        ring[slot] = next;
        // Past the window a snapshot can no longer be a baseline: free it now, not when its slot comes round.
        int expired = (sequence - window - 1) & (SnapshotLayout.RING - 1);
        if (ring[expired] != null && ring[expired].sequence <= sequence - window - 1) {
            release(expired);
        }
        lastSequence = sequence;
        started = true;
        recordStats(length, full ? -1 : base.sequence, complete, nRel, nEvents);
        return length;
    }

    /**
     * The exact path, for snapshots over the budget: sizes every entry, gives events up to half the room,
     * then destroys, then the candidates with the most accumulated priority. Returns the events to send.
     */
    private int selectWithinBudget(BaselineView base, BaselineView fv, int budgetBits) {
        plan.writeBodies(base, fv);
        plan.accumulate(fv);
        int allSections = plan.sectionBits(fv, plan.n, true);
        int objectNeed = plan.destroyBits(plan.nDestroy) + allSections;
        int nEvents = events.measure(base.eventsThrough, fv.step, objectNeed <= budgetBits / 2 ? budgetBits - objectNeed
                : budgetBits / 2);
        budgetBits -= events.bits(nEvents);
        int destroys = plan.nDestroy;
        while (destroys > 0 && plan.destroyBits(destroys) > budgetBits - 2) {
            destroys--;
        }
        plan.destroysWritten = destroys;
        budgetBits -= plan.destroyBits(destroys);
        plan.select(fv, budgetBits, destroys == plan.nDestroy, allSections);
        return nEvents;
    }

    private static void writeHeader(BitWriter w, int sequence, int step, boolean full, BaselineView base, boolean complete) {
        w.writeInt(sequence);
        w.writeInt(step);
        w.writeBool(full);
        if (!full) {
            w.writeBits(sequence - base.sequence - 1, SnapshotLayout.OFFSET_BITS);
        }
        w.writeBool(complete);
        if (full) {
            w.writeInt(base.eventsThrough);
        }
    }

    private int collectRelevant(BaselineView fv, List<? extends GameObject> relevant) {
        int n = relevant == null ? fv.count : relevant.size();
        if (rel.length < n) {
            rel = new int[Math.max(n, rel.length * 2)];
        }
        if (relevant == null) {
            for (int i = 0; i < n; i++) {
                rel[i] = i;
            }
            return n;
        }
        int from = 0;
        int lastId = 0;
        int count = 0;
        for (int i = 0; i < n; i++) {
            GameObject o = relevant.get(i);
            int id = o.id();
            if (id <= lastId) {
                throw new IllegalArgumentException("relevant objects must be in ascending id order, found " + id
                        + " after " + lastId);
            }
            lastId = id;
            int at = fv.indexOf(id, from);
            if (at < 0) {
                if (!registry.isRegistered(o.getClass())) {
                    continue; // not networked: an unregistered class lives on one side only
                }
                throw new IllegalArgumentException(o + " is not in the frame; capture the frame from the world"
                        + " that holds it");
            }
            rel[count++] = at;
            from = at + 1;
        }
        return count;
    }

    private void recordStats(int length, int baseline, boolean complete, int nRel, int nEvents) {
        EncodeStats s = stats;
        s.bytes = length;
        s.baselineSequence = baseline;
        s.complete = complete;
        s.created = plan.createsWritten;
        s.updated = plan.updatesWritten;
        s.destroyed = plan.destroysWritten;
        s.deferred = plan.n - plan.createsWritten - plan.updatesWritten + (plan.nDestroy - plan.destroysWritten);
        int changedOrNew = plan.n;
        s.unchanged = nRel - changedOrNew;
        s.events = nEvents;
        s.createBits = plan.createBits;
        s.updateBits = plan.updateBits;
    }

    /** Baselines held, in use and spare (for tests). */
    int viewsHeld() {
        int n = spareCount;
        for (BaselineView v : ring) {
            if (v != null) {
                n++;
            }
        }
        return n;
    }

    private BaselineView obtain() {
        BaselineView v;
        if (spareCount == 0) {
            v = new BaselineView();
        } else {
            v = spares[--spareCount];
            spares[spareCount] = null;
        }
        v.clear();
        v.ensureObjects(mostObjects + mostObjects / 4);
        v.ensureSlots(mostSlots + mostSlots / 4);
        return v;
    }

    private void release(int slot) {
        BaselineView v = ring[slot];
        if (v != null) {
            ring[slot] = null;
            if (v == acked) {
                acked = null;
            }
            if (spareCount < MAX_SPARE_VIEWS) {
                spares[spareCount++] = v;
            }
        }
    }
}

package dev.javelin.engine.internal.codec;

import dev.javelin.engine.schema.ClassRegistry;

import dev.javelin.engine.world.GameObject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * What one {@link SnapshotDecoder#decode} produced. Owned by the decoder and overwritten by its next
 * decode: read it (or copy from it) before decoding again. The objects are the decoder's own instances,
 * holding the server's state; a client engine copies from them (for example with
 * {@link ClassRegistry#copyState}) and does not put them into its world or change them.
 *
 * <p>An object is <em>carried</em> when this snapshot states its server state at {@link #step()}: every
 * object of the client's view when the snapshot is {@link #isComplete() complete}, otherwise only those
 * with an entry (created or changed). Objects not carried were left out by the server's budget: their
 * state is older than this step, so sync strategies must not rewind them to it.
 */
public final class DecodedSnapshot {

    int sequence;
    int step;
    int baselineSequence = -1;
    boolean full;
    boolean complete;
    boolean stale;
    int checksum;
    final ArrayList<GameObject> created = new ArrayList<>();
    final ArrayList<GameObject> updated = new ArrayList<>();
    final ArrayList<GameObject> carried = new ArrayList<>();
    final ArrayList<GameObject> destroyed = new ArrayList<>();
    final ArrayList<Object> events = new ArrayList<>();
    int[] eventSteps = new int[8];
    private final List<GameObject> createdView = Collections.unmodifiableList(created);
    private final List<GameObject> updatedView = Collections.unmodifiableList(updated);
    private final List<GameObject> carriedView = Collections.unmodifiableList(carried);
    private final List<GameObject> destroyedView = Collections.unmodifiableList(destroyed);
    private final List<Object> eventsView = Collections.unmodifiableList(events);

    void clear() {
        baselineSequence = -1;
        full = false;
        complete = false;
        stale = false;
        created.clear();
        updated.clear();
        carried.clear();
        destroyed.clear();
        events.clear();
    }

    void addEvent(Object event, int eventStep) {
        int i = events.size();
        if (i == eventSteps.length) {
            eventSteps = Arrays.copyOf(eventSteps, i * 2);
        }
        eventSteps[i] = eventStep;
        events.add(event);
    }

    /** The snapshot's sequence number. */
    public int sequence() {
        return sequence;
    }

    /** The server step whose state this snapshot holds. */
    public int step() {
        return step;
    }

    /** The sequence of the baseline this snapshot was a delta against, or -1 when full. */
    public int baselineSequence() {
        return baselineSequence;
    }

    /** True if encoded against no baseline (at join, or after a requested reset). */
    public boolean isFull() {
        return full;
    }

    /** True if every object of the client's view is carried (the server left nothing out). */
    public boolean isComplete() {
        return complete;
    }

    /**
     * True if the snapshot was older than (or the same as) one already decoded: it was ignored and every
     * list is empty. Newer snapshots repeat whatever it carried that is still unacknowledged.
     */
    public boolean isStale() {
        return stale;
    }

    /** The checksum of the resulting view, verified against the server's. */
    public int checksum() {
        return checksum;
    }

    /** Objects new to the client, with their state, made through the registry; ascending ids. */
    public List<GameObject> created() {
        return createdView;
    }

    /** Existing objects whose state changed, already holding the new state; ascending ids. */
    public List<GameObject> updated() {
        return updatedView;
    }

    /** Every object whose server state at {@link #step()} this snapshot states; ascending ids. */
    public List<GameObject> carried() {
        return carriedView;
    }

    /** Objects the client must remove (destroyed, or no longer relevant to it); ascending ids. */
    public List<GameObject> destroyed() {
        return destroyedView;
    }

    /** Game events delivered by this snapshot, each once, in the order the server queued them. */
    public List<Object> events() {
        return eventsView;
    }

    /** The step at which event {@code index} of {@link #events()} happened. */
    public int eventStep(int index) {
        if (index < 0 || index >= events.size()) {
            throw new IndexOutOfBoundsException("event " + index + " of " + events.size());
        }
        return eventSteps[index];
    }

    @Override
    public String toString() {
        return "DecodedSnapshot[seq=" + sequence + " step=" + step + " baseline=" + baselineSequence
                + (full ? " full" : "") + (complete ? " complete" : "") + (stale ? " stale" : "")
                + " created=" + created.size() + " updated=" + updated.size() + " carried=" + carried.size()
                + " destroyed=" + destroyed.size() + " events=" + events.size() + "]";
    }
}

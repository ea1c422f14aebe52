package dev.javelin.engine.sync;

import dev.javelin.engine.world.Input;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The client's record of its own inputs: it numbers them, keeps the ones the server has not
 * acknowledged for redundant resending, and keeps recent ones by step for re-enactment after a
 * correction.
 *
 * <p>Threads: the client's simulation thread only.
 */
public final class InputHistory {

    private final ArrayDeque<Input> inputs = new ArrayDeque<>();
    private final int maxUnacked;
    private int nextSequence = 1;
    private int acknowledged;
    private long dropped;

    /** @param maxUnacked most unacknowledged inputs kept for resending; older ones are given up (counted) */
    public InputHistory(int maxUnacked) {
        if (maxUnacked < 1) {
            throw new IllegalArgumentException("maxUnacked must be at least 1, was " + maxUnacked);
        }
        this.maxUnacked = maxUnacked;
    }

    /** Numbers and records an input for {@code step}; returns it with its sequence. */
    public Input record(String action, float x, float y, int step) {
        return record(action, x, y, step, 0f);
    }

    /**
     * Numbers and records an input for {@code step} made while the client showed remote objects {@code viewLag}
     * steps behind it (see {@link Input#viewLag()}; rounded with {@link Input#quantizeViewLag}).
     */
    public Input record(String action, float x, float y, int step, double viewLag) {
        Input input = new Input(action, x, y, step, nextSequence++, Input.quantizeViewLag(viewLag));
        inputs.addLast(input);
        while (unackedCount() > maxUnacked) {
            // Never happens on a live link; a server silent this long has lost these inputs anyway.
            acknowledged++;
            dropped++;
        }
        return input;
    }

    /** The server has every input up to {@code sequence}. Stale acknowledgements are ignored. */
    public void acknowledge(int sequence) {
        if (sequence > acknowledged && sequence < nextSequence) {
            acknowledged = sequence;
        }
    }

    /** Highest acknowledged sequence (0 before any). */
    public int acknowledged() {
        return acknowledged;
    }

    /** Inputs not yet acknowledged, oldest first: what the next input message carries. */
    public List<Input> unacked() {
        List<Input> out = new ArrayList<>(unackedCount());
        for (Input i : inputs) {
            if (i.sequence() > acknowledged) {
                out.add(i);
            }
        }
        return out;
    }

    /** Number of unacknowledged inputs. */
    public int unackedCount() {
        return nextSequence - 1 - acknowledged;
    }

    /** Inputs stamped for {@code step}, in sequence order (for re-enactment). */
    public List<Input> forStep(int step) {
        List<Input> out = new ArrayList<>(2);
        for (Input i : inputs) {
            if (i.step() == step) {
                out.add(i);
            } else if (i.step() > step) {
                break;
            }
        }
        return out;
    }

    /**
     * Forgets acknowledged inputs stamped before {@code step}: the client will never re-enact from
     * before it. Unacknowledged inputs are always kept.
     */
    public void discardBefore(int step) {
        Iterator<Input> it = inputs.iterator();
        while (it.hasNext()) {
            Input i = it.next();
            if (i.step() >= step || i.sequence() > acknowledged) {
                break;
            }
            it.remove();
        }
    }

    /** Inputs given up because too many went unacknowledged. */
    public long dropped() {
        return dropped;
    }

    /** Inputs held (acknowledged ones kept for re-enactment included). */
    public int size() {
        return inputs.size();
    }
}

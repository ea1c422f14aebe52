package dev.javelin.engine.internal.wire;

import java.util.ArrayList;
import java.util.List;

/**
 * Hands out change-mask bits and slot offsets to a codec's fields as its constructors run, root class
 * first. Fields that change often (quantized floats, vectors, angles, quaternions: "hot") take bits from
 * 0 upwards, the others (ids, exact values, ints, strings: "cold") from bit 63 downwards, so that a mask is
 * written as the hot bits, then one bit saying whether any cold field changed, then the cold bits only if
 * one did ({@link NetCodec#writeMask}). Used once, by one thread, while one codec is built.
 */
public final class Layout {

    private final String typeName;
    private final List<String> names = new ArrayList<>();
    private final StringBuilder description = new StringBuilder();
    private int slots;
    private int lastOffset;
    private int hot;
    private int cold;

    public Layout(String typeName) {
        this.typeName = typeName;
    }

    /**
     * Adds a field of {@code slotCount} slots and returns its mask bit; or, when {@code describe} is null
     * (the game's precision leaves the field out), returns 0 and assigns nothing. {@link #offset()} then
     * gives its first slot.
     */
    public long add(String name, int slotCount, String describe, boolean changesOften) {
        if (describe == null) {
            lastOffset = 0;
            return 0L;
        }
        if (names.size() == NetCodec.MAX_FIELDS) {
            throw new IllegalArgumentException(typeName + " has more than " + NetCodec.MAX_FIELDS
                    + " networked fields; group some into one");
        }
        lastOffset = slots;
        slots += slotCount;
        names.add(name);
        description.append(name).append(':').append(describe).append(changesOften ? ";" : "*;");
        return changesOften ? 1L << hot++ : 1L << (63 - cold++);
    }

    /** The first slot of the field added last. */
    public int offset() {
        return lastOffset;
    }

    int hotCount() {
        return hot;
    }

    int coldCount() {
        return cold;
    }

    int fieldCount() {
        return names.size();
    }

    int slotCount() {
        return slots;
    }

    String[] names() {
        return names.toArray(new String[0]);
    }

    String description() {
        return description.toString();
    }
}

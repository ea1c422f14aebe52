package dev.javelin.engine.internal.wire;

/**
 * The code generated for one networked class from its {@code @Net} fields (by the annotation processor of
 * javelin-codegen): how its state is quantized into int slots, written absolute or as a delta, read back
 * (validating hostile values), applied to an object, snapped to its quantized values and copied. A
 * generated codec extends its parent class's, so a class's fields follow its parent's; every field is
 * handled by straight-line code on final fields, without a per-field call through an interface.
 *
 * <p>Each field owns one bit of a change mask and consecutive slots of the object's block; both are
 * assigned once, at construction, by a {@link Layout}: often-changing fields from bit 0 up, the others from
 * bit 63 down (fields that the game's precision leaves out get no bit and no slot).
 *
 * <p>Immutable after construction and thread-safe: no scratch state, so one codec serves every thread.
 *
 * @param <T> the class described
 */
public abstract class NetCodec<T> {

    /** Most fields a class may have: a change mask is one long. */
    public static final int MAX_FIELDS = 64;

    private final Class<T> type;
    private int fieldCount;
    private int hotCount;
    private int coldCount;
    private int slotCount;
    private String[] names;
    private String description;

    protected NetCodec(Class<T> type) {
        this.type = type;
    }

    /** Records the layout's totals; called once by whoever constructed the codec, after construction. */
    public final NetCodec<T> seal(Layout layout) {
        this.fieldCount = layout.fieldCount();
        this.hotCount = layout.hotCount();
        this.coldCount = layout.coldCount();
        this.slotCount = layout.slotCount();
        this.names = layout.names();
        this.description = layout.description();
        return this;
    }

    /** The class this codec describes (for a subclass without networked fields of its own, that subclass). */
    public final Class<T> type() {
        return type;
    }

    /** Number of networked fields, parents' included. */
    public final int fieldCount() {
        return fieldCount;
    }

    /** Number of int slots of an object's block. */
    public final int slotCount() {
        return slotCount;
    }

    /** Name of field {@code index} (parent fields first, in declaration order). */
    public final String fieldName(int index) {
        return names[index];
    }

    /** The fields and their types, one line; equal descriptions mean equal wire formats. */
    public final String description() {
        return description;
    }

    @Override
    public String toString() {
        return type.getSimpleName() + "{" + description + "}";
    }

    /** Quantizes every field of {@code o} into {@code s[base ...]}. */
    public abstract void capture(T o, int[] s, int base);

    /** Sets the fields in {@code mask} of {@code o} from the slots. */
    public abstract void apply(long mask, int[] s, int base, T o);

    /** Rounds every field of {@code o} to its quantized value, in place; idempotent. */
    public abstract void snap(T o);

    /** Copies every networked field from {@code from} to {@code to}; nothing else is touched. */
    public abstract void copy(T from, T to);

    /** Bit i set when field i differs between the two blocks. */
    public abstract long changedMask(int[] b, int bb, int[] c, int cb);

    /** Writes the fields in {@code mask} in full. */
    public abstract void writeValues(BitWriter w, long mask, int[] s, int base);

    /** Reads the fields in {@code mask} written by {@link #writeValues} into {@code out[ob ...]}. */
    protected abstract void readFields(BitReader r, long mask, int[] out, int ob);

    /** Writes the fields in {@code mask} as deltas from {@code b} to {@code c}. */
    public abstract void writeChanges(BitWriter w, long mask, int[] b, int bb, int[] c, int cb);

    /** Reads {@link #writeChanges} into a block {@code out} that already holds {@code b}'s values. */
    public abstract void readChangesInPlace(BitReader r, long mask, int[] b, int bb, int[] out, int ob);

    /** Sets every field of {@code o} from the slots. */
    @SuppressWarnings("unchecked")
    public final void applyAll(int[] s, int base, Object o) {
        apply(-1L, s, base, (T) o);
    }

    /** {@link #apply} on an object of unchecked type. */
    @SuppressWarnings("unchecked")
    public final void applyObject(long mask, int[] s, int base, Object o) {
        apply(mask, s, base, (T) o);
    }

    /** {@link #capture} on an object of unchecked type. */
    @SuppressWarnings("unchecked")
    public final void captureObject(Object o, int[] s, int base) {
        capture((T) o, s, base);
    }

    /** {@link #snap} on an object of unchecked type. */
    @SuppressWarnings("unchecked")
    public final void snapObject(Object o) {
        snap((T) o);
    }

    /** {@link #copy} on objects of unchecked type. */
    @SuppressWarnings("unchecked")
    public final void copyObject(Object from, Object to) {
        copy((T) from, (T) to);
    }

    /** Bit i set when field i differs from its value in {@code prototype} (a block at 0). */
    public final long nonDefaultMask(int[] prototype, int[] s, int base) {
        return changedMask(prototype, 0, s, base);
    }

    /** Reads {@link #writeValues}: fields outside {@code mask} take their values in {@code prototype}. */
    public final void readValues(BitReader r, long mask, int[] prototype, int[] out, int ob) {
        System.arraycopy(prototype, 0, out, ob, slotCount);
        readFields(r, mask, out, ob);
    }

    /** Reads {@link #writeChanges}: {@code out} becomes {@code b} with the fields in {@code mask} replaced. */
    public final void readChanges(BitReader r, long mask, int[] b, int bb, int[] out, int ob) {
        System.arraycopy(b, bb, out, ob, slotCount);
        readChangesInPlace(r, mask, b, bb, out, ob);
    }

    /**
     * Writes a change mask: the often-changing fields' bits, then (if the class has others) one bit
     * saying whether any of them changed, and their bits if so.
     */
    public final void writeMask(BitWriter w, long mask) {
        GolombCodes.writeWide(w, mask, hotCount);
        if (coldCount > 0) {
            long cold = mask >>> (64 - coldCount);
            w.writeBool(cold != 0);
            if (cold != 0) {
                GolombCodes.writeWide(w, cold, coldCount);
            }
        }
    }

    public final long readMask(BitReader r) {
        long m = GolombCodes.readWide(r, hotCount);
        if (coldCount > 0 && r.readBool()) {
            m |= GolombCodes.readWide(r, coldCount) << (64 - coldCount);
        }
        return m;
    }

    /** Bits {@link #writeMask} takes for {@code mask}. */
    public final int maskBits(long mask) {
        if (coldCount == 0) {
            return hotCount;
        }
        return hotCount + 1 + ((mask >>> (64 - coldCount)) != 0 ? coldCount : 0);
    }
}

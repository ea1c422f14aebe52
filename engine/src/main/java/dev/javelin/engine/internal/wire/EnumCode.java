package dev.javelin.engine.internal.wire;

/** An enum constant or null: the ordinal plus one, 0 for null. Immutable. */
public final class EnumCode<E extends Enum<E>> {

    private final String field;
    private final E[] constants;
    private final int bits;
    private final String typeName;

    public EnumCode(String field, Class<E> type) {
        this.field = field;
        this.constants = type.getEnumConstants();
        this.bits = GolombCodes.bitsFor(constants.length);
        this.typeName = type.getName();
    }

    public int capture(E e) {
        return e == null ? 0 : e.ordinal() + 1;
    }

    public E apply(int c) {
        return c == 0 ? null : constants[c - 1];
    }

    public void write(BitWriter w, int c) {
        w.writeBits(c, bits);
    }

    public int read(BitReader r) {
        int c = r.readBits(bits);
        if (c > constants.length) {
            throw new CodecException("field '" + field + "': enum code " + c + " but " + typeName + " has "
                    + constants.length + " constants");
        }
        return c;
    }

    public String describe() {
        return "enum:" + typeName + "/" + constants.length;
    }
}

package dev.javelin.bench.bandwidth;

import dev.javelin.engine.world.GameObject;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;

/**
 * The comparison encoding, as Lance does it: a header (sequence, step, count as 32-bit ints), then each
 * object changed since the baseline, sent whole: id and class id as 32-bit ints, then every networked
 * field as a 32-bit float or int. It really writes the bytes, into a heap buffer.
 */
final class NaiveEncoding {

    /** Reads an object's networked fields as 32-bit words. */
    interface Fields {
        int count();

        void read(GameObject o, int[] out, int offset);
    }

    private static final int RING = 64;
    private final Fields fields;
    private final int[][] ids = new int[RING][];
    private final int[][] values = new int[RING][];
    private final int[] counts = new int[RING];
    private final int[] sequences = new int[RING];
    private final ByteBuffer out = ByteBuffer.allocate(1 << 20);
    int lastChanged;

    NaiveEncoding(Fields fields) {
        this.fields = fields;
        Arrays.fill(sequences, -1);
    }

    /** Encodes {@code objects} against the state sent at {@code baselineSequence} and returns the bytes. */
    int encode(int sequence, int baselineSequence, int step, List<GameObject> objects) {
        int f = fields.count();
        int slot = sequence % RING;
        int n = objects.size();
        if (ids[slot] == null || ids[slot].length < n) {
            ids[slot] = new int[n];
            values[slot] = new int[n * f];
        }
        int[] myIds = ids[slot];
        int[] mine = values[slot];
        for (int i = 0; i < n; i++) {
            myIds[i] = objects.get(i).id();
            fields.read(objects.get(i), mine, i * f);
        }
        counts[slot] = n;
        sequences[slot] = sequence;
        int bslot = Math.floorMod(baselineSequence, RING);
        boolean haveBase = baselineSequence >= 0 && sequences[bslot] == baselineSequence;
        out.clear();
        out.putInt(sequence).putInt(step).putInt(0);
        int changed = 0;
        int b = 0;
        for (int i = 0; i < n; i++) {
            boolean same = false;
            if (haveBase) {
                int[] bIds = ids[bslot];
                while (b < counts[bslot] && bIds[b] < myIds[i]) {
                    b++;
                }
                same = b < counts[bslot] && bIds[b] == myIds[i]
                        && Arrays.equals(values[bslot], b * f, b * f + f, mine, i * f, i * f + f);
            }
            if (!same) {
                out.putInt(myIds[i]).putInt(1);
                for (int k = 0; k < f; k++) {
                    out.putInt(mine[i * f + k]);
                }
                changed++;
            }
        }
        out.putInt(8, changed);
        lastChanged = changed;
        return out.position();
    }

    /** Bits per changed object: id, class and the fields. */
    int bitsPerObject() {
        return 32 * (2 + fields.count());
    }

    static final int HEADER_BITS = 96;
}

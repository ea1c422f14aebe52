package dev.javelin.engine.server;

/**
 * Connection id → player, without boxing: every input message is looked up here on the simulation thread,
 * and a {@code Map<Integer, ...>} would allocate an {@code Integer} per lookup once ids pass 127. Open
 * addressing with linear probing; removal shifts the run back, so there are no tombstones. Connection ids are
 * positive.
 */
final class PlayersByConnection {

    private int[] keys = new int[64];
    private ServerPlayer[] values = new ServerPlayer[64];
    private int size;

    ServerPlayer get(int connectionId) {
        int mask = keys.length - 1;
        for (int i = mix(connectionId) & mask; keys[i] != 0; i = (i + 1) & mask) {
            if (keys[i] == connectionId) {
                return values[i];
            }
        }
        return null;
    }

    void put(int connectionId, ServerPlayer player) {
        if (connectionId <= 0) {
            throw new IllegalArgumentException("connection ids are positive, was " + connectionId);
        }
        if ((size + 1) * 2 > keys.length) {
            grow();
        }
        int mask = keys.length - 1;
        int i = mix(connectionId) & mask;
        while (keys[i] != 0 && keys[i] != connectionId) {
            i = (i + 1) & mask;
        }
        if (keys[i] == 0) {
            size++;
        }
        keys[i] = connectionId;
        values[i] = player;
    }

    ServerPlayer remove(int connectionId) {
        int mask = keys.length - 1;
        int i = mix(connectionId) & mask;
        while (keys[i] != connectionId) {
            if (keys[i] == 0) {
                return null;
            }
            i = (i + 1) & mask;
        }
        ServerPlayer removed = values[i];
        keys[i] = 0;
        values[i] = null;
        size--;
        // Move later entries of the run back into the hole if their home slot allows it.
        for (int j = (i + 1) & mask; keys[j] != 0; j = (j + 1) & mask) {
            int home = mix(keys[j]) & mask;
            boolean between = i <= j ? (home > i && home <= j) : (home > i || home <= j);
            if (!between) {
                keys[i] = keys[j];
                values[i] = values[j];
                keys[j] = 0;
                values[j] = null;
                i = j;
            }
        }
        return removed;
    }

    int size() {
        return size;
    }

    private void grow() {
        int[] oldKeys = keys;
        ServerPlayer[] oldValues = values;
        keys = new int[oldKeys.length * 2];
        values = new ServerPlayer[oldKeys.length * 2];
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != 0) {
                put(oldKeys[i], oldValues[i]);
            }
        }
    }

    private static int mix(int key) {
        int h = key * 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}

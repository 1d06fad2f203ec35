package io.ringside.ui.trace.timeline;

/**
 * Request key to request index, for the requests of one lane in flight: open addressing with linear
 * probing and deletion by backward shift. Grows by doubling up to {@link #MAX} keys; past that a key is
 * refused and its request stays open (drawn as in flight to the end), so a hostile trace stays bounded.
 */
final class KeyIndex {

    static final int MAX = 1 << 16;

    private long[] keys = new long[64];
    private int[] values = new int[64];
    private boolean[] used = new boolean[64];
    private int size;

    private static int hash(long k) {
        long h = k * 0x9E3779B97F4A7C15L;
        return (int) (h ^ h >>> 32);
    }

    /** The index of a key, or -1. */
    int get(long key) {
        int mask = keys.length - 1;
        for (int i = hash(key) & mask; used[i]; i = i + 1 & mask) {
            if (keys[i] == key) {
                return values[i];
            }
        }
        return -1;
    }

    /** Maps a key (replacing an older mapping); false when full. */
    boolean put(long key, int value) {
        if (size >= MAX) {
            return false;
        }
        if (2 * (size + 1) > keys.length) {
            grow();
        }
        int mask = keys.length - 1;
        int i = hash(key) & mask;
        while (used[i] && keys[i] != key) {
            i = i + 1 & mask;
        }
        if (!used[i]) {
            used[i] = true;
            keys[i] = key;
            size++;
        }
        values[i] = value;
        return true;
    }

    /** Removes a key; returns its index or -1. */
    int remove(long key) {
        int mask = keys.length - 1;
        int i = hash(key) & mask;
        while (used[i] && keys[i] != key) {
            i = i + 1 & mask;
        }
        if (!used[i]) {
            return -1;
        }
        int v = values[i];
        used[i] = false;
        size--;
        // backward shift: move later entries of the probe run into the hole
        for (int j = i + 1 & mask; used[j]; j = j + 1 & mask) {
            int home = hash(keys[j]) & mask;
            boolean between = i <= j ? i < home && home <= j : i < home || home <= j;
            if (!between) {
                keys[i] = keys[j];
                values[i] = values[j];
                used[i] = true;
                used[j] = false;
                i = j;
            }
        }
        return v;
    }

    private void grow() {
        long[] k = keys;
        int[] v = values;
        boolean[] u = used;
        keys = new long[k.length * 2];
        values = new int[k.length * 2];
        used = new boolean[k.length * 2];
        size = 0;
        for (int i = 0; i < k.length; i++) {
            if (u[i]) {
                put(k[i], v[i]);
            }
        }
    }
}

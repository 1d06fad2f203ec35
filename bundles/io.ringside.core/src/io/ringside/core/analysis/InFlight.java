package io.ringside.core.analysis;

/**
 * The requests of one queue in flight, by key: an open-addressing hash table (linear probing, deletion by
 * backward shift, so no tombstones) holding each request's fetch time, the time it was made available
 * and its fetch ordinal. Grows by doubling up to {@link #MAX} requests; more than that in flight is
 * refused (the caller stops tracking), so a hostile trace cannot make it unbounded.
 */
final class InFlight {

    /** Most requests tracked at once (a virtqueue holds at most 32768, an NVMe SQ 65536 entries). */
    static final int MAX = 1 << 16;

    private long[] keys;
    private long[] fetch;
    private long[] submit;
    private long[] ordinal;
    private boolean[] used;
    private int mask;
    private int size;

    InFlight() {
        alloc(64);
    }

    private void alloc(int cap) {
        keys = new long[cap];
        fetch = new long[cap];
        submit = new long[cap];
        ordinal = new long[cap];
        used = new boolean[cap];
        mask = cap - 1;
        size = 0;
    }

    int size() {
        return size;
    }

    private static int hash(long k) {
        long h = k * 0x9E3779B97F4A7C15L;
        return (int) (h ^ h >>> 32);
    }

    /** The slot of a key, or -1. */
    int find(long key) {
        int i = hash(key) & mask;
        while (used[i]) {
            if (keys[i] == key) {
                return i;
            }
            i = i + 1 & mask;
        }
        return -1;
    }

    long fetchTime(int slot) {
        return fetch[slot];
    }

    long submitTime(int slot) {
        return submit[slot];
    }

    long ordinal(int slot) {
        return ordinal[slot];
    }

    /**
     * Adds a request (replacing one with the same key, whose ordinal is returned); returns -1 when added,
     * -2 when the table is full.
     */
    long put(long key, long fetchTime, long submitTime, long ord) {
        int at = find(key);
        if (at >= 0) {
            long old = ordinal[at];
            fetch[at] = fetchTime;
            submit[at] = submitTime;
            ordinal[at] = ord;
            return old;
        }
        if (size >= MAX) {
            return -2;
        }
        if ((size + 1) * 2 > keys.length) {
            grow();
        }
        int i = hash(key) & mask;
        while (used[i]) {
            i = i + 1 & mask;
        }
        used[i] = true;
        keys[i] = key;
        fetch[i] = fetchTime;
        submit[i] = submitTime;
        ordinal[i] = ord;
        size++;
        return -1;
    }

    private void grow() {
        long[] k = keys;
        long[] f = fetch;
        long[] s = submit;
        long[] o = ordinal;
        boolean[] u = used;
        alloc(k.length * 2);
        for (int i = 0; i < k.length; i++) {
            if (u[i]) {
                put(k[i], f[i], s[i], o[i]);
            }
        }
    }

    /** Removes the entry at a slot (backward-shift deletion). */
    void remove(int slot) {
        int hole = slot;
        int i = slot;
        while (true) {
            i = i + 1 & mask;
            if (!used[i]) {
                break;
            }
            int home = hash(keys[i]) & mask;
            // move i into the hole unless its home lies cyclically in (hole, i]
            boolean stays = hole <= i ? hole < home && home <= i : hole < home || home <= i;
            if (!stays) {
                keys[hole] = keys[i];
                fetch[hole] = fetch[i];
                submit[hole] = submit[i];
                ordinal[hole] = ordinal[i];
                hole = i;
            }
        }
        used[hole] = false;
        size--;
    }

    void clear() {
        java.util.Arrays.fill(used, false);
        size = 0;
    }
}

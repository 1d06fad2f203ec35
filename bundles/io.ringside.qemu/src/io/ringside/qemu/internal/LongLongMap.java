package io.ringside.qemu.internal;

/** An open-addressing map from long to long (any key, 0 included) that boxes nothing. Insert and overwrite only. */
final class LongLongMap {

    private long[] keys = new long[64];
    private long[] vals = new long[64];
    private boolean[] used = new boolean[64];
    private int size;

    private static int mix(long k) {
        long h = k * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }

    int size() {
        return size;
    }

    /** The slot of {@code k}, or -1. */
    int find(long k) {
        int m = keys.length - 1;
        int i = mix(k) & m;
        while (used[i]) {
            if (keys[i] == k) {
                return i;
            }
            i = (i + 1) & m;
        }
        return -1;
    }

    long valueAt(int slot) {
        return vals[slot];
    }

    void put(long k, long v) {
        if ((size + 1) * 2 > keys.length) {
            grow();
        }
        int m = keys.length - 1;
        int i = mix(k) & m;
        while (used[i]) {
            if (keys[i] == k) {
                vals[i] = v;
                return;
            }
            i = (i + 1) & m;
        }
        used[i] = true;
        keys[i] = k;
        vals[i] = v;
        size++;
    }

    private void grow() {
        long[] ok = keys;
        long[] ov = vals;
        boolean[] ou = used;
        keys = new long[ok.length * 2];
        vals = new long[ok.length * 2];
        used = new boolean[ok.length * 2];
        size = 0;
        for (int i = 0; i < ok.length; i++) {
            if (ou[i]) {
                put(ok[i], ov[i]);
            }
        }
    }
}

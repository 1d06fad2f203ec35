package io.ringside.qemu.internal;

import java.util.Arrays;

/** A small open-addressing set of non-zero longs (element pointers), copyable by value. */
public final class LongSet {

    private long[] keys;
    private int size;

    public LongSet() {
        keys = new long[16];
    }

    private LongSet(long[] keys, int size) {
        this.keys = keys;
        this.size = size;
    }

    private static int mix(long k) {
        long h = k * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }

    public int size() {
        return size;
    }

    /** Slots allocated (8 bytes each): what a copy costs. */
    public int capacity() {
        return keys.length;
    }

    public boolean contains(long k) {
        int m = keys.length - 1;
        int i = mix(k) & m;
        long c;
        while ((c = keys[i]) != 0) {
            if (c == k) {
                return true;
            }
            i = (i + 1) & m;
        }
        return false;
    }

    /** Adds k (non-zero); false when already present. */
    public boolean add(long k) {
        if (k == 0) {
            throw new IllegalArgumentException("0 is not a valid key");
        }
        if ((size + 1) * 2 > keys.length) {
            grow();
        }
        int m = keys.length - 1;
        int i = mix(k) & m;
        long c;
        while ((c = keys[i]) != 0) {
            if (c == k) {
                return false;
            }
            i = (i + 1) & m;
        }
        keys[i] = k;
        size++;
        return true;
    }

    public boolean remove(long k) {
        int m = keys.length - 1;
        int i = mix(k) & m;
        long c;
        while ((c = keys[i]) != 0) {
            if (c == k) {
                // backward-shift deletion
                int j = i;
                while (true) {
                    j = (j + 1) & m;
                    long kj = keys[j];
                    if (kj == 0) {
                        break;
                    }
                    int home = mix(kj) & m;
                    if (((j - home) & m) >= ((j - i) & m)) {
                        keys[i] = kj;
                        i = j;
                    }
                }
                keys[i] = 0;
                size--;
                return true;
            }
            i = (i + 1) & m;
        }
        return false;
    }

    public void clear() {
        if (size > 0) {
            Arrays.fill(keys, 0);
            size = 0;
        }
    }

    private void grow() {
        long[] old = keys;
        keys = new long[old.length * 2];
        size = 0;
        for (long k : old) {
            if (k != 0) {
                add(k);
            }
        }
    }

    public LongSet copy() {
        return new LongSet(keys.clone(), size);
    }

    /** Members in ascending order. */
    public long[] sorted() {
        long[] out = new long[size];
        int n = 0;
        for (long k : keys) {
            if (k != 0) {
                out[n++] = k;
            }
        }
        Arrays.sort(out);
        return out;
    }

    public boolean sameMembers(LongSet o) {
        if (o.size != size) {
            return false;
        }
        for (long k : keys) {
            if (k != 0 && !o.contains(k)) {
                return false;
            }
        }
        return true;
    }
}

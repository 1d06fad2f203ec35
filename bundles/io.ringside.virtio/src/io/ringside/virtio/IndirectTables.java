package io.ringside.virtio;

import java.util.Arrays;

/**
 * The indirect table entries a driver wrote and has not made available yet, keyed by (table address,
 * index): a compact value (primitive arrays, copied whole by {@link #copy()}) with a fixed capacity. A
 * chain made available takes its table's entries out ({@link #remove}): the device reads the table then,
 * and a later chain through the same memory is checked only if the driver writes it again (a missing
 * entry makes the chain's buffers unknown, never a violation). So the store holds what is written between
 * two publications, and a trace that writes more than the capacity without publishing is told so by the
 * queue (rule T2), its pending tables dropped: memory stays bounded whatever the trace.
 * <p>
 * Chained hashing: {@code bucket[h]} is the first slot of the entries whose key hashes to h,
 * {@code chain[slot]} the next; free slots form a list through {@code chain}.
 */
final class IndirectTables {

    private final int capacity;
    private final int[] bucket;
    private final int[] chain;
    private final long[] table;
    private final int[] index;
    private final long[] addr;
    private final int[] len;
    private final char[] flags;
    private final char[] nextOrId;
    private int free;
    private int count;

    /** Bytes of a store of {@code capacity} entries (what {@link QueueState#stateBytes} counts). */
    static long bytesFor(int capacity) {
        return 96 + capacity * (4L + 4 + 8 + 4 + 8 + 4 + 2 + 2);
    }

    IndirectTables(int capacity) {
        this.capacity = capacity;
        bucket = new int[capacity];
        chain = new int[capacity];
        table = new long[capacity];
        index = new int[capacity];
        addr = new long[capacity];
        len = new int[capacity];
        flags = new char[capacity];
        nextOrId = new char[capacity];
        clear();
    }

    private IndirectTables(IndirectTables o) {
        capacity = o.capacity;
        bucket = o.bucket.clone();
        chain = o.chain.clone();
        table = o.table.clone();
        index = o.index.clone();
        addr = o.addr.clone();
        len = o.len.clone();
        flags = o.flags.clone();
        nextOrId = o.nextOrId.clone();
        free = o.free;
        count = o.count;
    }

    IndirectTables copy() {
        return new IndirectTables(this);
    }

    long bytes() {
        return bytesFor(capacity);
    }

    int count() {
        return count;
    }

    private int hash(long t, int i) {
        long h = (t * 0x9E3779B97F4A7C15L) ^ (i * 0xC2B2AE3D27D4EB4FL);
        return (int) ((h ^ (h >>> 29)) & 0x7fffffff) % capacity;
    }

    /** The slot of entry {@code i} of the table at {@code t}, or -1 when it is not here. */
    int find(long t, int i) {
        for (int s = bucket[hash(t, i)]; s >= 0; s = chain[s]) {
            if (table[s] == t && index[s] == i) {
                return s;
            }
        }
        return -1;
    }

    /** Writes (or rewrites) an entry; false when the store is full. */
    boolean put(long t, int i, long a, long l, int f, int n) {
        int s = find(t, i);
        if (s < 0) {
            if (free < 0) {
                return false;
            }
            s = free;
            free = chain[s];
            int h = hash(t, i);
            chain[s] = bucket[h];
            bucket[h] = s;
            table[s] = t;
            index[s] = i;
            count++;
        }
        addr[s] = a;
        len[s] = (int) l;
        flags[s] = (char) f;
        nextOrId[s] = (char) n;
        return true;
    }

    /** Takes an entry out (the chain through it was made available). */
    void remove(int s) {
        int h = hash(table[s], index[s]);
        if (bucket[h] == s) {
            bucket[h] = chain[s];
        } else {
            int p = bucket[h];
            while (chain[p] != s) {
                p = chain[p];
            }
            chain[p] = chain[s];
        }
        chain[s] = free;
        free = s;
        count--;
    }

    /** Drops every entry (the store overflowed): every slot free, every bucket empty. */
    void clear() {
        Arrays.fill(bucket, -1);
        for (int i = 0; i < capacity; i++) {
            chain[i] = i + 1 < capacity ? i + 1 : -1;
        }
        free = 0;
        count = 0;
    }

    long addr(int s) {
        return addr[s];
    }

    long len(int s) {
        return len[s] & 0xffffffffL;
    }

    int flags(int s) {
        return flags[s];
    }

    /** Split: {@code next}; packed: the buffer id (ignored in tables). */
    int next(int s) {
        return nextOrId[s];
    }

    /** Same entries (whatever the slots they live in). */
    boolean contentEquals(IndirectTables o) {
        if (o == null) {
            return count == 0;
        }
        if (count != o.count) {
            return false;
        }
        for (int h = 0; h < capacity; h++) {
            for (int s = bucket[h]; s >= 0; s = chain[s]) {
                int x = o.find(table[s], index[s]);
                if (x < 0 || o.addr[x] != addr[s] || o.len[x] != len[s] || o.flags[x] != flags[s]
                        || o.nextOrId[x] != nextOrId[s]) {
                    return false;
                }
            }
        }
        return true;
    }
}

package io.ringside.core.analysis;

/**
 * A first-in first-out queue of longs that grows by doubling up to a limit; pushing beyond the limit
 * drops the oldest value or pair (counted). Bounded memory whatever a trace does.
 */
final class LongRing {

    private long[] a;
    private int head;
    private int size;
    private final int max;
    private long dropped;

    /** @param max most values held, a power of two */
    LongRing(int max) {
        this.max = max;
        this.a = new long[Math.min(16, max)];
    }

    int size() {
        return size;
    }

    long dropped() {
        return dropped;
    }

    void push(long v) {
        room(1);
        a[head + size & a.length - 1] = v;
        size++;
    }

    /** Pushes a pair (a ring of pairs loses whole pairs when full). */
    void push2(long v, long w) {
        room(2);
        a[head + size & a.length - 1] = v;
        a[head + size + 1 & a.length - 1] = w;
        size += 2;
    }

    private void room(int n) {
        while (size + n > a.length) {
            if (a.length >= max) {
                head = head + n & a.length - 1; // the oldest value (or pair) goes
                size -= n;
                dropped++;
            } else {
                long[] b = new long[a.length * 2];
                for (int i = 0; i < size; i++) {
                    b[i] = a[head + i & a.length - 1];
                }
                a = b;
                head = 0;
            }
        }
    }

    /** The i-th oldest value. */
    long get(int i) {
        return a[head + i & a.length - 1];
    }

    void set(int i, long v) {
        a[head + i & a.length - 1] = v;
    }

    long pop() {
        long v = a[head];
        head = head + 1 & a.length - 1;
        size--;
        return v;
    }

    void clear() {
        head = 0;
        size = 0;
    }
}

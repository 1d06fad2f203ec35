package io.ringside.virtio;

/**
 * The elements of one buffer (a descriptor chain's scatter-gather list), reused between calls: device-
 * readable elements normally come first, then device-writable ones.
 */
public final class Chain {

    private long[] addr;
    private long[] len;
    private boolean[] write;
    private int count;

    public Chain(int capacity) {
        addr = new long[capacity];
        len = new long[capacity];
        write = new boolean[capacity];
    }

    public Chain clear() {
        count = 0;
        return this;
    }

    public Chain add(long a, long l, boolean w) {
        if (count == addr.length) {
            int n = addr.length * 2;
            addr = java.util.Arrays.copyOf(addr, n);
            len = java.util.Arrays.copyOf(len, n);
            write = java.util.Arrays.copyOf(write, n);
        }
        addr[count] = a;
        len[count] = l;
        write[count] = w;
        count++;
        return this;
    }

    public int count() {
        return count;
    }

    public long addr(int i) {
        return addr[i];
    }

    public long len(int i) {
        return len[i];
    }

    public boolean writable(int i) {
        return write[i];
    }

    public long writableBytes() {
        long t = 0;
        for (int i = 0; i < count; i++) {
            if (write[i]) {
                t += len[i];
            }
        }
        return t;
    }
}

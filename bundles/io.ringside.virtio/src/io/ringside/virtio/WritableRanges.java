package io.ringside.virtio;

import java.util.Arrays;

/**
 * The device-writable parts of each outstanding buffer's chain (VIRTIO 1.3 §2.7.4, §2.8.4), for checking
 * the device's writes and the length it reports: per buffer id their total bytes and up to {@link #K}
 * ranges; a buffer with more, or whose indirect table is not known, is not checked. A part of
 * {@link QueueState}: copied with it, compared by content.
 */
final class WritableRanges {

    /** Ranges remembered per buffer; more are not checked. */
    static final int K = 4;

    /** Device-writable bytes per buffer id. */
    final long[] total;
    private final long[] addr;
    private final long[] len;
    private final byte[] count;

    WritableRanges(int size) {
        total = new long[size];
        addr = new long[size * K];
        len = new long[size * K];
        count = new byte[size];
    }

    private WritableRanges(WritableRanges o) {
        total = o.total.clone();
        addr = o.addr.clone();
        len = o.len.clone();
        count = o.count.clone();
    }

    WritableRanges copy() {
        return new WritableRanges(this);
    }

    void clear(int id) {
        count[id] = 0;
        total[id] = 0;
    }

    void add(int id, long a, long l) {
        total[id] += l;
        int c = count[id];
        if (c < K) {
            addr[id * K + c] = a;
            len[id * K + c] = l;
            count[id] = (byte) (c + 1);
        } else {
            count[id] = (byte) (K + 1); // too many to check
        }
    }

    /** A chain whose table is not known (not written, or dropped): its writes and used length are not checked. */
    void unknown(int id) {
        count[id] = (byte) (K + 1);
    }

    /** Whether the buffer has device-writable parts (or unknown ones). */
    boolean any(int id) {
        return count[id] > 0;
    }

    /** Whether the buffer's ranges are all known, so its writes and used length can be checked. */
    boolean checked(int id) {
        return count[id] <= K;
    }

    /** 1 inside a writable range, 0 outside, -1 unknown (too many ranges). */
    int contains(int id, long a, long l) {
        int c = count[id];
        if (c > K) {
            return -1;
        }
        for (int j = 0; j < c; j++) {
            long ra = addr[id * K + j];
            long rl = len[id * K + j];
            // u64 arithmetic that cannot wrap: a - ra is the offset into the range, rl - l the room left
            if (Long.compareUnsigned(l, rl) <= 0 && Long.compareUnsigned(a - ra, rl - l) <= 0) {
                return 1;
            }
        }
        return 0;
    }

    boolean sameAs(WritableRanges o) {
        return Arrays.equals(total, o.total) && Arrays.equals(addr, o.addr) && Arrays.equals(len, o.len)
                && Arrays.equals(count, o.count);
    }
}

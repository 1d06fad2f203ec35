package io.ringside.qemu.internal;

import java.util.Arrays;

/**
 * The buffers of a virtqueue in flight in the order the device popped them, which is the order the
 * driver made them available: what VIRTIO_F_IN_ORDER uses (VIRTIO 1.3 §2.7.9, §2.8.20-21). A fill of the
 * oldest unfilled buffer is in order; a fill of a later one overtakes it. QEMU's in-order path holds such a
 * fill back and publishes used buffers only as far as every earlier one is filled, so the buffers
 * {@link #published()} are the filled prefix of the pop order: a split in-order ring's {@code used_idx}.
 * <p>
 * A compact value (a ring of element pointers with a state each), copied with the engine's state.
 * Bounded: beyond {@link #MAX} buffers in flight the order is no longer tracked ({@link #lost()}).
 */
public final class PopOrder {

    /** Buffers in flight tracked at most (QEMU's largest queue is 1,024 entries). */
    public static final int MAX = 4096;

    private static final byte WAITING = 0;
    private static final byte FILLED = 1;
    private static final byte DROPPED = 2;

    private long[] elems = new long[16];
    private byte[] state = new byte[16];
    private int head; // oldest entry
    private int size; // entries in the ring (unfilled, and filled ones behind an unfilled one)
    private long published;
    private long overtaking;
    private boolean lost;

    public PopOrder copy() {
        PopOrder o = new PopOrder();
        o.elems = elems.clone();
        o.state = state.clone();
        o.head = head;
        o.size = size;
        o.published = published;
        o.overtaking = overtaking;
        o.lost = lost;
        return o;
    }

    public boolean same(PopOrder o) {
        if (size != o.size || published != o.published || overtaking != o.overtaking || lost != o.lost) {
            return false;
        }
        for (int i = 0; i < size; i++) {
            if (elems[at(i)] != o.elems[o.at(i)] || state[at(i)] != o.state[o.at(i)]) {
                return false;
            }
        }
        return true;
    }

    public void clear() {
        head = 0;
        size = 0;
        published = 0;
        overtaking = 0;
        lost = false;
        Arrays.fill(state, WAITING);
    }

    private int at(int i) {
        return (head + i) & (elems.length - 1);
    }

    /**
     * A buffer popped; {@code again} when one is still in flight under the same pointer: that one was
     * dropped (detached) and leaves the order.
     */
    public void pop(long elem, boolean again) {
        if (lost) {
            return;
        }
        for (int i = 0; again && i < size; i++) {
            int k = at(i);
            if (elems[k] == elem && state[k] == WAITING) {
                state[k] = DROPPED; // gone without a used element: no longer holds later ones back
                advance();
                break;
            }
        }
        if (size == MAX) {
            lost = true;
            return;
        }
        if (size == elems.length) {
            long[] e = new long[elems.length * 2];
            byte[] f = new byte[e.length];
            for (int i = 0; i < size; i++) {
                e[i] = elems[at(i)];
                f[i] = state[at(i)];
            }
            elems = e;
            state = f;
            head = 0;
        }
        int k = at(size++);
        elems[k] = elem;
        state[k] = WAITING;
    }

    /**
     * A buffer filled: 0 when it was the oldest unfilled one, 1 when it overtook an earlier one
     * ({@link #oldestUnfilled()} is that one until it is filled), -1 when it is not in flight (or the order
     * is lost).
     */
    public int fill(long elem) {
        if (lost) {
            return -1;
        }
        for (int i = 0; i < size; i++) {
            int k = at(i);
            if (elems[k] == elem && state[k] == WAITING) {
                state[k] = FILLED;
                if (i == 0) {
                    advance();
                    return 0;
                }
                overtaking++;
                return 1;
            }
        }
        return -1;
    }

    /** Takes the entries at the head that wait no more: the filled ones are the used buffers published in order. */
    private void advance() {
        while (size > 0 && state[head] != WAITING) {
            published += state[head] == FILLED ? 1 : 0;
            state[head] = WAITING;
            head = (head + 1) & (elems.length - 1);
            size--;
        }
    }

    /** The oldest buffer popped and not filled, or 0 when none. */
    public long oldestUnfilled() {
        return size == 0 ? 0 : elems[head];
    }

    /** Whether some filled buffers wait behind an unfilled earlier one (nothing of them is published yet). */
    public boolean heldBack() {
        for (int i = 0; i < size && !lost; i++) {
            if (state[at(i)] == FILLED) {
                return true;
            }
        }
        return false;
    }

    /** Used buffers published in order: every buffer popped up to the first unfilled one. */
    public long published() {
        return published;
    }

    /** Fills that overtook a buffer popped before them. */
    public long overtaking() {
        return overtaking;
    }

    /** Whether more than {@link #MAX} buffers were in flight: the order is not tracked any more. */
    public boolean lost() {
        return lost;
    }
}

package io.ringside.virtio;

/**
 * IN_ORDER (VIRTIO 1.3 §2.7.9, §2.8.21.1): the buffer ids of a queue in the order they were made
 * available, which the device must use them in; a ring of the queue size (ids past it are not kept). A
 * part of {@link QueueState}: copied with it, compared by content.
 */
final class InOrderIds {

    private final int[] ids;
    private int head;
    private int count;

    InOrderIds(int size) {
        ids = new int[size];
    }

    private InOrderIds(InOrderIds o) {
        ids = o.ids.clone();
        head = o.head;
        count = o.count;
    }

    InOrderIds copy() {
        return new InOrderIds(this);
    }

    void push(int id) {
        if (count < ids.length) {
            ids[(head + count) % ids.length] = id;
            count++;
        }
    }

    /** Position of an id in the order, or -1. */
    int indexOf(int id) {
        for (int i = 0; i < count; i++) {
            if (ids[(head + i) % ids.length] == id) {
                return i;
            }
        }
        return -1;
    }

    int at(int i) {
        return ids[(head + i) % ids.length];
    }

    void removeAt(int p) {
        for (int i = p; i > 0; i--) {
            ids[(head + i) % ids.length] = ids[(head + i - 1) % ids.length];
        }
        head = (head + 1) % ids.length;
        count--;
    }

    /** The same ids in the same order (where the ring starts is not state). */
    boolean sameAs(InOrderIds o) {
        if (count != o.count) {
            return false;
        }
        for (int i = 0; i < count; i++) {
            if (at(i) != o.at(i)) {
                return false;
            }
        }
        return true;
    }
}

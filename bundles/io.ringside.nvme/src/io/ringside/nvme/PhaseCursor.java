package io.ringside.nvme;

/**
 * A position in a completion queue with the phase tag that goes with it (N3): the controller's tail, where
 * it posts, and the host's head, where it consumes. The phase starts at 1 and inverts at each wrap.
 */
final class PhaseCursor {

    int index;
    int phase = 1;

    /** Moves to the next slot of a queue of {@code size} entries. */
    void advance(int size) {
        index = (index + 1) % size;
        if (index == 0) {
            phase ^= 1;
        }
    }
}

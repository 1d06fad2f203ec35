package io.ringside.virtio;

import java.io.IOException;

/**
 * The driver side of a virtqueue over guest memory (what Linux's virtio_ring does): adds buffers,
 * publishes them, decides whether to notify, reclaims used buffers. Every memory write is emitted as a
 * memory-level event.
 */
public interface VirtqueueDriver {

    /** Receives each reclaimed buffer. */
    @FunctionalInterface
    interface Completion {
        void completed(int token, long len);
    }

    /** Free descriptors (split table entries, packed ring slots). */
    int numFree();

    /** Descriptors a buffer of {@code elements} elements takes (1 when it goes in an indirect table). */
    int descriptorsFor(int elements);

    /**
     * Adds a buffer; returns its id (split head, packed buffer id).
     *
     * @param token the caller's tag, given back on completion
     */
    int add(Chain c, int token) throws IOException;

    /** Makes the buffers added so far visible to the device (split: writes avail.idx). */
    void publish() throws IOException;

    /**
     * Decides whether the device needs a notification for what was published since the last decision,
     * and emits {@code kick} or {@code kick_skip}.
     *
     * @param forceSkip skip even when needed (fault injection)
     * @return whether a notification was sent
     */
    boolean kick(boolean forceSkip) throws IOException;

    /** Whether what was published since the last decision needs a notification (reads memory, emits nothing). */
    boolean kickNeeded();

    /** Sends a notification without deciding (a driver timeout; always allowed). */
    void forceKick() throws IOException;

    /** Reclaims all used buffers; returns how many. */
    int reclaim(Completion c) throws IOException;

    /** Whether the device has used buffers the driver has not reclaimed. */
    boolean hasUsed();

    /** Re-arms used buffer notifications after reclaiming (used_event or flags). */
    void enableInterrupts() throws IOException;

    /** Buffers added and not reclaimed. */
    int outstanding();
}

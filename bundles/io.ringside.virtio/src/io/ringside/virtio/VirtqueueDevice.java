package io.ringside.virtio;

import java.io.IOException;

/**
 * The device side of a virtqueue over guest memory (what QEMU's virtqueue_pop/fill/flush/notify do):
 * takes available chains with bounded walks, writes used entries, decides whether to interrupt.
 */
public interface VirtqueueDevice {

    /**
     * Takes the next available buffer into {@code out}.
     *
     * @return its id (split head, packed buffer id), or -1 when nothing is available
     * @throws ChainException when the chain cannot be followed (loop, bad next)
     */
    int pop(Chain out) throws IOException, ChainException;

    /** Whether the driver has made available a buffer the device has not taken. */
    boolean hasAvailable();

    /** Records a write into a buffer (memory level: {@code buf_write}). */
    void writeData(int id, long addr, long len) throws IOException;

    /**
     * Returns a buffer (or, with {@code batched > 1} under IN_ORDER, the last of a batch of that many
     * buffers taken in order) with {@code len} bytes written.
     */
    void use(int id, long len, int batched) throws IOException;

    /** Makes the used entries visible (split: writes used.idx; packed: nothing more to write). */
    void flush() throws IOException;

    /**
     * Decides whether the driver needs an interrupt for what was used since the last decision, and emits
     * {@code irq} or {@code irq_skip}.
     */
    boolean notifyDriver(boolean forceSkip) throws IOException;

    /** Whether what was used since the last decision needs an interrupt (reads memory, emits nothing). */
    boolean notificationNeeded();

    /** Asks the driver not to notify while the device is busy. */
    void disableNotifications() throws IOException;

    /** Asks to be notified of the next available buffer. */
    void enableNotifications() throws IOException;
}

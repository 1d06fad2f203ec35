package io.ringside.core.analysis;

/**
 * Receives the lifecycle steps of one device's requests from its {@link Lifecycle}. Times are the
 * events' times in nanoseconds; {@code queue} is the queue the request belongs to (the virtqueue, or the
 * NVMe SQ: a lifecycle reports CQ events on the SQ they concern). A request is named by a key unique
 * among the requests of its queue in flight: the element or head id (virtio), the command id (NVMe).
 */
public interface LifecycleSink {

    /** {@link #notify} kinds: an available-buffer notification (virtio kick). */
    int KICK = 0;
    /** The driver decided not to notify (the trace shows the decision: memory level). */
    int KICK_SUPPRESSED = 1;
    /** An MMIO write of an NVMe SQ tail doorbell (a VM exit). */
    int MMIO_SQ = 2;
    /** An MMIO write of an NVMe CQ head doorbell (a VM exit). */
    int MMIO_CQ = 3;
    /** A doorbell write KVM's ioeventfd absorbed (no exit to the device model's vCPU thread). */
    int EVENTFD = 4;

    /**
     * The device was reset: every queue's current segment ends and later steps belong to the next epoch
     * (QEMU: {@code virtio_set_status 0}, NVMe controller disable/enable).
     */
    void epoch(long time);

    /** A queue exists from now on, with or without requests (NVMe: created by a command). */
    void open(int queue, long time);

    /** A queue ends before its epoch does (NVMe: deleted); it may be opened again. */
    void close(int queue, long time);

    /** NVMe Doorbell Buffer Config took effect: later MMIO doorbells count as "after shadow". */
    void shadowDoorbells(long time);

    /** The driver made {@code count} requests available (avail.idx, SQ tail), fetched in this order. */
    void submit(int queue, long time, int count);

    /** A driver-to-device notification of one of the kinds above. */
    void notify(int queue, long time, int kind);

    /** The device took the request {@code key}; {@code op} is a model-defined code or -1. */
    void fetch(int queue, long time, long key, int op);

    /** The device completed the request {@code key}; {@code bytes} its data size or -1 when unknown. */
    void complete(int queue, long time, long key, long bytes);

    /** The device published {@code count} completions to the driver (virtio used.idx). */
    void publish(int queue, long time, int count);

    /** The device interrupted the driver for this queue, or decided not to ({@code suppressed}). */
    void interrupt(int queue, long time, boolean suppressed);

    /** The driver consumed {@code count} completions, oldest first (NVMe CQ head). */
    void consume(int queue, long time, int count);

    /** Whether the request {@code key} is in flight on the queue (fetched, not completed). */
    boolean inFlight(int queue, long key);
}

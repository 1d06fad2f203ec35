package io.ringside.core.analysis;

import io.ringside.core.trace.TraceEvent;

/**
 * How one device's events map onto request lifecycle steps ({@link Step}). A device model supplies one
 * per device ({@link io.ringside.core.engine.DeviceModel#lifecycle}); {@link RequestAnalysis} feeds it
 * every event of that device in trace order and it reports the steps to a {@link LifecycleSink}. It keeps
 * only what the mapping needs (queue sizes, the last doorbell values, which SQ a CQ serves), never
 * per-request state: the sink tracks requests. Applying an event allocates nothing.
 */
public interface Lifecycle {

    /** The steps this device's traces show, as a mask of {@link Step#bit()}s. */
    int steps();

    /**
     * The {@link LifecycleSink#notify} kinds this device reports, a bit {@code 1 << kind} each (virtio:
     * kicks; NVMe: MMIO SQ and CQ doorbells, eventfd signals). {@link LifecycleSink#KICK_SUPPRESSED} says
     * the trace shows the decisions not to notify, interrupts included.
     */
    int notifications();

    /** Reports the steps one event of this device stands for (none for most events). */
    void apply(TraceEvent e, LifecycleSink sink);

    /**
     * The name of an operation code this lifecycle passes to {@link LifecycleSink#fetch} (for example
     * {@code read}, {@code write}, {@code flush}, {@code identify}), or null when it passes none.
     */
    default String opName(int op) {
        return null;
    }
}

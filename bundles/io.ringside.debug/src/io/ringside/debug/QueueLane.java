package io.ringside.debug;

import io.ringside.core.trace.TraceEvent;

/**
 * A "thread" of the debugger: one queue of one device (an NVMe queue pair SQ y + CQ y is one lane,
 * since their events carry the same queue id y).
 */
public record QueueLane(int device, int queue) {

    public static QueueLane of(TraceEvent e) {
        return new QueueLane(e.device(), e.queue());
    }

    public boolean contains(TraceEvent e) {
        return e.device() == device && e.queue() == queue;
    }

    @Override
    public String toString() {
        return "d" + device + " q" + queue;
    }
}

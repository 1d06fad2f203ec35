package io.ringside.virtio.internal;

import io.ringside.core.analysis.Lifecycle;
import io.ringside.core.analysis.LifecycleSink;
import io.ringside.core.analysis.Step;
import io.ringside.core.trace.DeviceInfo;
import io.ringside.core.trace.QueueInfo;
import io.ringside.core.trace.TraceEvent;
import io.ringside.virtio.RingLayout;
import io.ringside.virtio.VirtioEvent;
import io.ringside.virtio.VirtioFeatures;

/**
 * The request lifecycle of a memory-level virtio device: the driver makes buffers available (split: the
 * avail.idx it publishes, the heads between the old and new index), notifies or decides not to
 * ({@code kick}, {@code kick_skip}), the device fetches a head ({@code fetch}), completes it (split
 * {@code used_ring}, packed {@code used_desc}, whose length is the request's bytes), publishes it (split
 * {@code used_idx}; packed: the used descriptor itself) and interrupts or decides not to ({@code irq},
 * {@code irq_skip}). A request is its head (split) or buffer id (packed). When a packed ring's driver
 * made a buffer available is not one event (the head's flags are written last, among other descriptor
 * writes), so packed queues have no submit step.
 */
public final class VirtioLifecycle implements Lifecycle {

    private final boolean[] packed;
    private final int[] availIdx;
    private final int[] usedIdx;
    /** IN_ORDER: per queue the heads fetched and not used yet, in fetch order (a ring of the queue size). */
    private final long[][] fetched;
    private final int[] first;
    private final int[] count;

    public VirtioLifecycle(DeviceInfo device) {
        int max = -1;
        for (QueueInfo q : device.queues()) {
            max = Math.max(max, q.index());
        }
        packed = new boolean[max + 1];
        availIdx = new int[max + 1];
        usedIdx = new int[max + 1];
        boolean inOrder = device.hasFeature(VirtioFeatures.IN_ORDER);
        fetched = new long[max + 1][];
        first = new int[max + 1];
        count = new int[max + 1];
        for (QueueInfo q : device.queues()) {
            packed[q.index()] = RingLayout.of(q).packed();
            if (inOrder) {
                fetched[q.index()] = new long[Math.max(1, q.size())];
            }
        }
    }

    private void fetch(int q, long time, long head, LifecycleSink sink) {
        long[] f = fetched[q];
        if (f != null) {
            if (count[q] == f.length) { // more than the queue holds (a broken trace): the oldest is forgotten
                first[q] = (first[q] + 1) % f.length;
                count[q]--;
            }
            f[(first[q] + count[q]++) % f.length] = head;
        }
        sink.fetch(q, time, head, -1);
    }

    /** A used element: with IN_ORDER it completes the buffers fetched before its own, oldest first. */
    private void used(int q, long time, long id, long len, LifecycleSink sink) {
        long[] f = fetched[q];
        if (f != null) {
            int at = -1;
            for (int i = 0; i < count[q]; i++) {
                if (f[(first[q] + i) % f.length] == id) {
                    at = i;
                    break;
                }
            }
            for (int i = 0; i <= at; i++) {
                long head = f[first[q]];
                first[q] = (first[q] + 1) % f.length;
                count[q]--;
                if (i < at) {
                    sink.complete(q, time, head, -1);
                }
            }
        }
        sink.complete(q, time, id, len);
    }

    @Override
    public int steps() {
        return Step.mask(Step.SUBMIT, Step.NOTIFY, Step.FETCH, Step.COMPLETE, Step.PUBLISH, Step.INTERRUPT);
    }

    @Override
    public int notifications() {
        return 1 << LifecycleSink.KICK | 1 << LifecycleSink.KICK_SUPPRESSED;
    }

    @Override
    public void apply(TraceEvent e, LifecycleSink sink) {
        if (!(e.type() instanceof VirtioEvent t)) {
            return;
        }
        int q = e.queue();
        if (q < 0 || q >= packed.length) {
            return; // not a declared queue (rule T2)
        }
        long time = e.time();
        switch (t) {
            case AVAIL_IDX -> {
                int v = (int) e.get(VirtioEvent.VALUE) & 0xffff;
                sink.submit(q, time, v - availIdx[q] & 0xffff);
                availIdx[q] = v;
            }
            case KICK -> sink.notify(q, time, LifecycleSink.KICK);
            case KICK_SKIP -> sink.notify(q, time, LifecycleSink.KICK_SUPPRESSED);
            case FETCH -> fetch(q, time, e.get(VirtioEvent.FETCH_HEAD), sink);
            case USED_RING -> used(q, time, e.get(VirtioEvent.RING_ID), e.get(VirtioEvent.RING_LEN), sink);
            case USED_DESC -> {
                used(q, time, e.get(VirtioEvent.UD_ID), e.get(VirtioEvent.UD_LEN), sink);
                sink.publish(q, time, 1);
            }
            case USED_IDX -> {
                int v = (int) e.get(VirtioEvent.VALUE) & 0xffff;
                sink.publish(q, time, v - usedIdx[q] & 0xffff);
                usedIdx[q] = v;
            }
            case IRQ -> sink.interrupt(q, time, false);
            case IRQ_SKIP -> sink.interrupt(q, time, true);
            default -> {
                // descriptor, flag and event-index writes are not lifecycle steps
            }
        }
    }
}

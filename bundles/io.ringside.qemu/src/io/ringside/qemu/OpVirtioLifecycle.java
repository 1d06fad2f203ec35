package io.ringside.qemu;

import io.ringside.core.analysis.Lifecycle;
import io.ringside.core.analysis.LifecycleSink;
import io.ringside.core.analysis.Step;
import io.ringside.core.trace.TraceEvent;

/**
 * The request lifecycle of an operation-level virtio device (a QEMU log): {@code op_pop} fetches the
 * element, {@code op_fill} completes it (its {@code len}: bytes written into the buffer),
 * {@code op_flush} publishes, {@code op_kick} and {@code op_interrupt} are the notifications. A request
 * is its element pointer. When the driver made a buffer available is not in the log (no avail.idx), nor
 * are suppressed notifications. Epochs as {@link OpVirtioEngine} counts them: a reset
 * ({@code op_status 0}) after any activity.
 */
public final class OpVirtioLifecycle implements Lifecycle {

    private boolean dirty;

    @Override
    public int steps() {
        return Step.mask(Step.NOTIFY, Step.FETCH, Step.COMPLETE, Step.PUBLISH, Step.INTERRUPT);
    }

    @Override
    public int notifications() {
        return 1 << LifecycleSink.KICK;
    }

    @Override
    public void apply(TraceEvent e, LifecycleSink sink) {
        if (!(e.type() instanceof OpEvent t)) {
            return;
        }
        long time = e.time();
        if (t == OpEvent.STATUS) {
            if (e.get(0) == 0) {
                if (dirty) {
                    sink.epoch(time);
                    dirty = false;
                }
            } else {
                dirty = true;
            }
            return;
        }
        int q = e.queue();
        if (q < 0 || q > 0xffff) {
            return;
        }
        switch (t) {
            case QUEUE -> sink.open(q, time);
            case KICK -> sink.notify(q, time, LifecycleSink.KICK);
            case POP -> sink.fetch(q, time, e.get(0), -1);
            case FILL -> sink.complete(q, time, e.get(0), e.has(1) ? e.get(1) : -1);
            case FLUSH -> sink.publish(q, time, (int) e.get(0));
            case INTERRUPT -> sink.interrupt(q, time, false);
            default -> {
                return; // NVMe events are not this device's
            }
        }
        dirty = true;
    }
}

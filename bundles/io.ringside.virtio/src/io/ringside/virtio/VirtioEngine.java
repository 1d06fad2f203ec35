package io.ringside.virtio;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.ringside.core.check.ViolationSink;
import io.ringside.core.engine.DeviceEngine;
import io.ringside.core.engine.NeedEvent;
import io.ringside.core.memory.RingImage;
import io.ringside.core.state.StateNode;
import io.ringside.core.state.StateNode.Detail;
import io.ringside.core.trace.DeviceInfo;
import io.ringside.core.trace.EventType;
import io.ringside.core.trace.QueueInfo;
import io.ringside.core.trace.TraceEvent;
import io.ringside.virtio.internal.VirtioRules;

/**
 * Memory-level replay of one virtio device: one {@link QueueState} per queue of the header, events
 * dispatched by queue index. This is the checker; the emulator's events go through it in tests.
 */
public final class VirtioEngine implements DeviceEngine {

    private final DeviceInfo info;
    private final QueueState[] byIndex;
    private final QueueState[] queues;

    public VirtioEngine(DeviceInfo info, NeedEvent needEvent) {
        this.info = info;
        int max = -1;
        for (QueueInfo q : info.queues()) {
            max = Math.max(max, q.index());
        }
        byIndex = new QueueState[max + 1];
        queues = new QueueState[info.queues().size()];
        int i = 0;
        for (QueueInfo q : info.queues()) {
            RingLayout layout = RingLayout.of(q);
            long features = info.features();
            if (layout.packed()) {
                features |= VirtioFeatures.bit(VirtioFeatures.RING_PACKED);
            }
            QueueState s = layout.packed() ? new PackedQueueState(info.id(), q.index(), layout, features, needEvent)
                    : new SplitQueueState(info.id(), q.index(), layout, features, needEvent);
            byIndex[q.index()] = s;
            queues[i++] = s;
        }
    }

    private VirtioEngine(VirtioEngine o) {
        info = o.info;
        byIndex = new QueueState[o.byIndex.length];
        queues = new QueueState[o.queues.length];
        for (int i = 0; i < queues.length; i++) {
            queues[i] = o.queues[i].copy();
            byIndex[queues[i].index()] = queues[i];
        }
    }

    public DeviceInfo info() {
        return info;
    }

    public List<QueueState> queues() {
        return List.of(queues);
    }

    /** The state of a queue by its index, or null. */
    public QueueState queue(int index) {
        return index >= 0 && index < byIndex.length ? byIndex[index] : null;
    }

    @Override
    public void apply(TraceEvent e, ViolationSink sink) {
        EventType t = e.type();
        if (!(t instanceof VirtioEvent ve)) {
            return; // markers and events of other models change nothing here
        }
        int q = e.queue();
        QueueState s = q >= 0 && q < byIndex.length ? byIndex[q] : null;
        if (s == null) {
            sink.report(VirtioRules.T2.at(e.seq(), info.id(), q,
                    "event " + ve.id() + " names queue " + q + ", which device " + info.id() + " does not declare"));
            return;
        }
        s.apply(ve, e, sink);
    }

    @Override
    public void finish(long lastEvent, ViolationSink sink) {
        for (QueueState q : queues) {
            q.finish(lastEvent, sink);
        }
    }

    /** The queues' arrays and indirect tables: what a checkpoint copies. */
    @Override
    public long stateBytes() {
        long b = 1024;
        for (QueueState q : queues) {
            b += q.stateBytes();
        }
        return b;
    }

    @Override
    public VirtioEngine copy() {
        return new VirtioEngine(this);
    }

    @Override
    public boolean stateEquals(DeviceEngine other) {
        if (!(other instanceof VirtioEngine o) || o.queues.length != queues.length || !o.info.equals(info)) {
            return false;
        }
        for (int i = 0; i < queues.length; i++) {
            if (!queues[i].stateEquals(o.queues[i])) {
                return false;
            }
        }
        return true;
    }

    @Override
    public List<Map<String, Object>> queueStats() {
        List<Map<String, Object>> l = new ArrayList<>();
        for (QueueState q : queues) {
            Map<String, Object> m = q.stats();
            Map<String, Object> withDevice = new LinkedHashMap<>();
            withDevice.put("queue", m.remove("queue"));
            withDevice.put("layout", m.remove("layout"));
            withDevice.put("device", info.id());
            withDevice.putAll(m);
            l.add(withDevice);
        }
        return l;
    }

    @Override
    public void addTotals(Map<String, Long> totals) {
        for (QueueState q : queues) {
            totals.merge("buffers", q.buffers, Long::sum);
            totals.merge("popped", q.popped, Long::sum);
            totals.merge("filled", q.filled, Long::sum);
            totals.merge("kicks", q.kicks, Long::sum);
            totals.merge("kicksSuppressed", q.kicksSuppressed, Long::sum);
            totals.merge("interrupts", q.interrupts, Long::sum);
            totals.merge("interruptsSuppressed", q.interruptsSuppressed, Long::sum);
            totals.merge("bytesWritten", q.bytesWritten, Long::sum);
        }
    }

    @Override
    public StateNode state(Detail detail) {
        return VirtioStateTree.device(this, detail);
    }

    @Override
    public void writeRings(RingImage image) {
        for (QueueState q : queues) {
            VirtioRingImage.write(q, image);
        }
    }
}

package io.ringside.nvme;

import java.util.List;

import io.ringside.core.analysis.Lifecycle;
import io.ringside.core.check.Rule;
import io.ringside.core.engine.CheckOptions;
import io.ringside.core.engine.DeviceEngine;
import io.ringside.core.engine.DeviceModel;
import io.ringside.core.engine.WatchField;
import io.ringside.core.state.StateNode;
import io.ringside.core.trace.DeviceInfo;
import io.ringside.core.trace.EventType;
import io.ringside.core.trace.TraceLevel;
import io.ringside.nvme.internal.NvmeLifecycle;
import io.ringside.nvme.internal.NvmeRules;

/** The memory-level NVMe device model: accepts devices of type {@code nvme} in memory-level traces. */
public final class NvmeModel implements DeviceModel {

    public static final NvmeModel INSTANCE = new NvmeModel();

    @Override
    public String name() {
        return "nvme";
    }

    @Override
    public boolean accepts(DeviceInfo device, TraceLevel level) {
        return level == TraceLevel.MEMORY && Nvme.DEVICE_TYPE.equals(device.type());
    }

    @Override
    public List<? extends EventType> eventTypes() {
        return List.of(NvmeEvent.values());
    }

    @Override
    public List<Rule> rules() {
        return NvmeRules.ALL;
    }

    /** The queues the header declares, as {@link NvmeEngine} sizes them (queues created later are its budget). */
    @Override
    public long stateBytes(DeviceInfo device) {
        long b = 512;
        for (io.ringside.core.trace.QueueInfo q : device.queues()) {
            int sq = Math.max(2, Math.min(q.size(), NvmeEngine.MAX_QUEUE_SIZE));
            long cq = Math.max(2, Math.min(q.prop(Nvme.Q_CQ_SIZE, q.size()), NvmeEngine.MAX_QUEUE_SIZE));
            b += SubmissionQueue.bytesFor(sq) + CompletionQueue.bytesFor((int) cq);
        }
        return b;
    }

    @Override
    public DeviceEngine newEngine(DeviceInfo device, TraceLevel level, CheckOptions options) {
        return new NvmeEngine(device, options);
    }

    @Override
    public String describe(StateNode device) {
        return NvmeText.describe(device);
    }

    @Override
    public List<WatchField> watchFields() {
        return NvmeWatch.FIELDS;
    }

    @Override
    public Lifecycle lifecycle(DeviceInfo device, TraceLevel level) {
        return new NvmeLifecycle(device);
    }
}

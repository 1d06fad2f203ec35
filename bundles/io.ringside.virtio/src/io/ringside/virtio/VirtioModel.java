package io.ringside.virtio;

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
import io.ringside.virtio.internal.VirtioLifecycle;
import io.ringside.virtio.internal.VirtioRules;

/** Memory-level virtio: replays {@code virtio-*} devices of memory-level traces. */
public final class VirtioModel implements DeviceModel {

    @Override
    public String name() {
        return "virtio";
    }

    @Override
    public boolean accepts(DeviceInfo device, TraceLevel level) {
        return level == TraceLevel.MEMORY && device.type() != null && device.type().startsWith("virtio");
    }

    @Override
    public List<? extends EventType> eventTypes() {
        return List.of(VirtioEvent.values());
    }

    @Override
    public List<Rule> rules() {
        return VirtioRules.ALL;
    }

    /**
     * What {@link VirtioEngine} allocates for the header's queues ({@link QueueState#bytesFor}), with the
     * store of pending indirect table entries each may grow.
     */
    @Override
    public long stateBytes(DeviceInfo device) {
        long b = 1024;
        for (io.ringside.core.trace.QueueInfo q : device.queues()) {
            b += QueueState.bytesFor("packed".equals(q.layout()), q.size())
                    + IndirectTables.bytesFor(QueueState.indirectCapacity(q.size()));
        }
        return b;
    }

    @Override
    public DeviceEngine newEngine(DeviceInfo device, TraceLevel level, CheckOptions options) {
        return new VirtioEngine(device, options.needEventFor(device));
    }

    @Override
    public Lifecycle lifecycle(DeviceInfo device, TraceLevel level) {
        return new VirtioLifecycle(device);
    }

    @Override
    public String describe(StateNode device) {
        return VirtioText.describe(device);
    }

    @Override
    public List<WatchField> watchFields() {
        return VirtioWatch.FIELDS;
    }
}

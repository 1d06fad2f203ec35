package io.ringside.qemu;

import java.util.ArrayList;
import java.util.List;

import io.ringside.core.analysis.Lifecycle;
import io.ringside.core.check.Rule;
import io.ringside.core.engine.CheckOptions;
import io.ringside.core.engine.DeviceEngine;
import io.ringside.core.engine.DeviceModel;
import io.ringside.core.state.StateNode;
import io.ringside.core.trace.DeviceInfo;
import io.ringside.core.trace.EventType;
import io.ringside.core.trace.TraceLevel;

/** Operation-level NVMe controllers ({@code nvme} at {@link TraceLevel#OPERATION}): imported QEMU logs. */
public final class OpNvmeModel implements DeviceModel {

    @Override
    public String name() {
        return "nvme-op";
    }

    @Override
    public boolean accepts(DeviceInfo device, TraceLevel level) {
        return level == TraceLevel.OPERATION && device.type().equals("nvme");
    }

    @Override
    public List<? extends EventType> eventTypes() {
        return new ArrayList<>(List.of(OpEvent.values()));
    }

    @Override
    public List<Rule> rules() {
        return OpRules.NVME;
    }

    @Override
    public DeviceEngine newEngine(DeviceInfo device, TraceLevel level, CheckOptions options) {
        return new OpNvmeEngine(device);
    }

    @Override
    public String describe(StateNode device) {
        return OpText.nvme(device);
    }

    @Override
    public Lifecycle lifecycle(DeviceInfo device, TraceLevel level) {
        return new OpNvmeLifecycle();
    }
}

package io.ringside.core.engine;

import java.util.ArrayList;
import java.util.List;

import io.ringside.core.check.Rule;
import io.ringside.core.trace.CoreEvent;
import io.ringside.core.trace.EventRegistry;
import io.ringside.core.trace.TraceHeader;

/** The set of device models a tool ships, and what follows from it: the event registry, replays. */
public final class DeviceModels {

    private final List<DeviceModel> models;
    private final EventRegistry registry;

    public DeviceModels(List<? extends DeviceModel> models) {
        this.models = List.copyOf(models);
        this.registry = new EventRegistry();
        for (DeviceModel m : models) {
            m.eventTypes().forEach(registry::register);
        }
    }

    public List<DeviceModel> models() {
        return models;
    }

    public EventRegistry registry() {
        return registry;
    }

    public Replay replay(TraceHeader header, CheckOptions options) {
        return Replay.of(header, models, options);
    }

    /** Every rule of every model, plus the trace-level ones. */
    public List<Rule> rules() {
        List<Rule> all = new ArrayList<>();
        all.add(Replay.T1);
        for (DeviceModel m : models) {
            all.addAll(m.rules());
        }
        return all;
    }

    static {
        // CoreEvent is registered by the EventRegistry constructor
        CoreEvent.values();
    }
}

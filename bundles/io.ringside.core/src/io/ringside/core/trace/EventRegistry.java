package io.ringside.core.trace;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Maps event names found in trace files to {@link EventType}s. Built once from the device models in
 * use; thread-safe for lookups after construction.
 */
public final class EventRegistry {

    private final Map<String, EventType> byId = new HashMap<>();
    private final List<EventType> all = new ArrayList<>();

    public EventRegistry(Iterable<? extends EventType> types) {
        for (EventType t : types) {
            register(t);
        }
    }

    public EventRegistry() {
        for (CoreEvent e : CoreEvent.values()) {
            register(e);
        }
    }

    public EventRegistry register(EventType type) {
        if (type.fields().length > TraceEvent.MAX_FIELDS) {
            throw new IllegalArgumentException("event " + type.id() + " has more than " + TraceEvent.MAX_FIELDS + " fields");
        }
        EventType old = byId.putIfAbsent(type.id(), type);
        if (old != null && old != type) {
            throw new IllegalArgumentException("event name registered twice: " + type.id());
        }
        if (old == null) {
            all.add(type);
        }
        return this;
    }

    public EventRegistry registerAll(EventType[] types) {
        for (EventType t : types) {
            register(t);
        }
        return this;
    }

    /** The type for a name, or {@code null} if no device model declares it. */
    public EventType lookup(String id) {
        return byId.get(id);
    }

    public List<EventType> all() {
        return Collections.unmodifiableList(all);
    }
}

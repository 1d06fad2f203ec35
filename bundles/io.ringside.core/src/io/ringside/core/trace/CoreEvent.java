package io.ringside.core.trace;

/** Events that belong to no device model. */
public enum CoreEvent implements EventType {
    /** A free-text marker, for example where a fault was planted. Device and queue are optional. */
    MARK("mark", "A marker with a note (phase of a workload, where a fault was planted).");

    private final String id;
    private final String description;

    CoreEvent(String id, String description) {
        this.id = id;
        this.description = description;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String[] fields() {
        return new String[0];
    }

    @Override
    public TraceLevel level() {
        return TraceLevel.OPERATION;
    }

    @Override
    public String description() {
        return description;
    }
}

package io.ringside.core.trace;

/**
 * How much a trace shows. See {@code docs/trace-format.md}, "Levels".
 */
public enum TraceLevel {
    /** Every ring memory write, doorbell and interrupt: the full ring state can be rebuilt. */
    MEMORY("memory"),
    /** Operations only (pop, fill, flush, kick, interrupt, doorbell values): imported traces. */
    OPERATION("operation");

    private final String id;

    TraceLevel(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static TraceLevel fromId(String id) {
        for (TraceLevel l : values()) {
            if (l.id.equals(id)) {
                return l;
            }
        }
        return null;
    }
}

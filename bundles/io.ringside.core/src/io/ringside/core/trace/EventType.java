package io.ringside.core.trace;

/**
 * A kind of trace event. Each domain bundle (virtio, nvme, ...) declares its kinds as an enum that
 * implements this interface and registers them with an {@link EventRegistry}.
 * <p>
 * An event carries up to {@link TraceEvent#MAX_FIELDS} numeric fields; {@link #fields()} names them in
 * slot order, so slot {@code i} of a {@link TraceEvent} holds the field named {@code fields()[i]}.
 */
public interface EventType {

    /** The name used in the {@code "ev"} key of a trace line, for example {@code "avail_idx"}. */
    String id();

    /** Field names in slot order (at most {@link TraceEvent#MAX_FIELDS}). */
    String[] fields();

    /** Fields that must be present for the event to be well formed (a bit per slot). */
    default int requiredMask() {
        return 0;
    }

    /**
     * Width of a field in bits (1..64): the size of the quantity in the ring or register it stands for (a
     * split descriptor's {@code next} is a u16, its {@code len} a u32). A reader refuses a larger value
     * instead of letting an engine truncate it. 64 unless the kind says otherwise.
     */
    default int fieldBits(int slot) {
        return 64;
    }

    /** The level this event belongs to (memory events may appear only in memory-level traces). */
    TraceLevel level();

    /** One sentence for documentation, the IDE and {@code --help}. */
    String description();

    /** Slot of a field name, or -1. */
    default int slot(String fieldName) {
        String[] f = fields();
        for (int i = 0; i < f.length; i++) {
            if (f[i].equals(fieldName)) {
                return i;
            }
        }
        return -1;
    }
}

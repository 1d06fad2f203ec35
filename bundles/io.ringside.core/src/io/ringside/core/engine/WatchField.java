package io.ringside.core.engine;

import java.util.Locale;
import java.util.Set;

import io.ringside.core.trace.TraceEvent;

/**
 * A ring field a watchpoint can watch in one queue of a device (a debugger lane), supplied by the device
 * model ({@link DeviceModel#watchFields()}): its id ({@code avail.idx}, {@code sq.tail}), the events that
 * write it, how to read it from the model's engine and how to count a change. A watchpoint hits at an
 * event that writes the field, or after which its value changed (derived fields such as wrap counters).
 * Reading allocates nothing: watchpoints read before and after every event.
 */
public final class WatchField {

    /** Value of {@link #read} when the field does not exist in the queue or is not known yet. */
    public static final long UNKNOWN = Long.MIN_VALUE;

    /** Reads a field from an engine of the field's model, or {@link #UNKNOWN}. */
    @FunctionalInterface
    public interface Reader {
        long read(DeviceEngine engine, int queue);
    }

    private final String id;
    private final String description;
    private final boolean sixteenBits;
    private final Reader modulus;
    private final Reader reader;
    private final Set<String> writers;

    /**
     * @param sixteenBits whether a value an event writes is kept to 16 bits, as the virtio ring's indices,
     *            flags and event fields are (the engines mask what they store the same way)
     * @param modulus what a step of the field counts modulo: 2^16 for free-running virtio indices, the queue
     *            size for NVMe slots; 0 for a plain difference (flags, counters, wrap counters, phase tags)
     * @param writers ids of the event types that write the field (a write watch hits even when the value
     *            stays)
     */
    public WatchField(String id, String description, boolean sixteenBits, Reader modulus, Reader reader,
            String... writers) {
        this.id = id;
        this.description = description;
        this.sixteenBits = sixteenBits;
        this.modulus = modulus;
        this.reader = reader;
        this.writers = Set.of(writers);
    }

    /** The id a spec names ({@code watch=avail.idx}). */
    public String id() {
        return id;
    }

    public String description() {
        return description;
    }

    /** The field's value in the state of one queue of an engine of this field's model, or {@link #UNKNOWN}. */
    public long read(DeviceEngine engine, int queue) {
        return reader.read(engine, queue);
    }

    /** Whether an event writes this field. */
    public boolean writtenBy(TraceEvent e) {
        return e.type() != null && writers.contains(e.type().id());
    }

    /**
     * The value an event writes into this field (its {@code value} or {@code offWrap}), which may differ
     * from the replay state when the write broke a rule and the checker kept the last valid value; or
     * {@link #UNKNOWN} when the event does not write the field.
     */
    public long written(TraceEvent e) {
        if (!writtenBy(e)) {
            return UNKNOWN;
        }
        int s = e.type().slot("value");
        if (s < 0) {
            s = e.type().slot("offWrap");
        }
        if (s < 0 || !e.has(s)) {
            return UNKNOWN;
        }
        long v = e.get(s);
        return sixteenBits ? v & 0xffff : v;
    }

    /** The difference {@code value - old} as a count of steps (modulo what the field counts in). */
    public long delta(long old, long value, DeviceEngine engine, int queue) {
        long m = modulus.read(engine, queue);
        return m > 0 ? Math.floorMod(value - old, m) : value - old;
    }

    /** Whether a spelling names this field: its id or the id with '_' for '.', any case. */
    public boolean isNamed(String spelling) {
        String n = spelling.trim().toLowerCase(Locale.ROOT).replace('.', '_');
        return id.replace('.', '_').equals(n);
    }

    @Override
    public String toString() {
        return id;
    }
}

package io.ringside.core.trace;

import java.util.Arrays;

/**
 * One trace event. Mutable and reusable on purpose: readers fill one instance per line and engines
 * read it, so the hot path allocates nothing. Use {@link #copy()} to keep an event.
 * <p>
 * Reserved keys of a trace line map to the fixed members: {@code ev} (type), {@code t} (time in
 * nanoseconds), {@code d} (device id), {@code q} (queue index) and {@code note} (free text). All other
 * keys are the numeric fields of the type, stored by slot.
 */
public final class TraceEvent {

    /** Most fields an event type may declare. */
    public static final int MAX_FIELDS = 12;
    /** Value of {@link #device()} or {@link #queue()} when the line has none. */
    public static final int NONE = -1;

    private long seq;
    private long time;
    private EventType type;
    private int device = NONE;
    private int queue = NONE;
    private final long[] values = new long[MAX_FIELDS];
    private int present;
    private String note;
    private long line;
    private long offset;

    public TraceEvent() {
    }

    /** Resets to an empty event of the given type (time, device, queue and fields cleared). */
    public TraceEvent reset(EventType newType) {
        if (type != newType) { // a reference store is a garbage collector barrier: only when it changes
            this.type = newType;
        }
        this.time = 0;
        this.device = NONE;
        this.queue = NONE;
        this.present = 0;
        this.note = null;
        return this;
    }

    /** Event number in its trace, from 0. */
    public long seq() {
        return seq;
    }

    public TraceEvent seq(long s) {
        this.seq = s;
        return this;
    }

    /** Time stamp in nanoseconds (emulator: simulated time; imported: as logged). */
    public long time() {
        return time;
    }

    public TraceEvent time(long t) {
        this.time = t;
        return this;
    }

    public EventType type() {
        return type;
    }

    public int device() {
        return device;
    }

    public TraceEvent device(int d) {
        this.device = d;
        return this;
    }

    public int queue() {
        return queue;
    }

    public TraceEvent queue(int q) {
        this.queue = q;
        return this;
    }

    public String note() {
        return note;
    }

    public TraceEvent note(String n) {
        this.note = n;
        return this;
    }

    /** 1-based line of this event in its file (0 when not read from a file). */
    public long line() {
        return line;
    }

    /** Byte offset of the start of this event's line in the (uncompressed) file. */
    public long offset() {
        return offset;
    }

    public TraceEvent position(long lineNumber, long byteOffset) {
        this.line = lineNumber;
        this.offset = byteOffset;
        return this;
    }

    public boolean has(int slot) {
        return (present & (1 << slot)) != 0;
    }

    /** The field in a slot, or 0 when absent (see {@link #has(int)}). */
    public long get(int slot) {
        return (present & (1 << slot)) != 0 ? values[slot] : 0;
    }

    /** The field in a slot, or a default when absent. */
    public long get(int slot, long dflt) {
        return (present & (1 << slot)) != 0 ? values[slot] : dflt;
    }

    public TraceEvent set(int slot, long value) {
        values[slot] = value;
        present |= 1 << slot;
        return this;
    }

    public TraceEvent clear(int slot) {
        present &= ~(1 << slot);
        return this;
    }

    /** Bit i set when slot i holds a value. */
    public int presentMask() {
        return present;
    }

    public TraceEvent copy() {
        TraceEvent c = new TraceEvent();
        c.copyFrom(this);
        return c;
    }

    public TraceEvent copyFrom(TraceEvent o) {
        this.seq = o.seq;
        this.time = o.time;
        this.type = o.type;
        this.device = o.device;
        this.queue = o.queue;
        System.arraycopy(o.values, 0, this.values, 0, MAX_FIELDS);
        this.present = o.present;
        this.note = o.note;
        this.line = o.line;
        this.offset = o.offset;
        return this;
    }

    /** A compact one-line rendering, for messages and {@code show}: {@code #12 avail_idx d0 q0 value=3}. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        sb.append('#').append(seq).append(' ').append(type == null ? "?" : type.id());
        if (device != NONE) {
            sb.append(" d").append(device);
        }
        if (queue != NONE) {
            sb.append(" q").append(queue);
        }
        if (type != null) {
            String[] f = type.fields();
            for (int i = 0; i < f.length; i++) {
                if (has(i)) {
                    sb.append(' ').append(f[i]).append('=');
                    long v = values[i];
                    if (isAddressField(f[i])) {
                        sb.append("0x").append(Long.toHexString(v));
                    } else {
                        sb.append(Long.toUnsignedString(v));
                    }
                }
            }
        }
        if (note != null) {
            sb.append(" \"").append(io.ringside.core.util.Text.escape(note)).append('"');
        }
        return sb.toString();
    }

    /** Fields shown in hexadecimal: addresses and flag words. */
    public static boolean isAddressField(String name) {
        return name.equals("addr") || name.endsWith("Addr") || name.equals("table") || name.equals("prp1")
                || name.equals("prp2") || name.equals("base");
    }

    @Override
    public boolean equals(Object obj) {
        if (!(obj instanceof TraceEvent o)) {
            return false;
        }
        if (type != o.type || time != o.time || device != o.device || queue != o.queue || present != o.present
                || !java.util.Objects.equals(note, o.note)) {
            return false;
        }
        for (int i = 0; i < MAX_FIELDS; i++) {
            if (has(i) && values[i] != o.values[i]) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        long[] v = Arrays.copyOf(values, MAX_FIELDS);
        for (int i = 0; i < MAX_FIELDS; i++) {
            if (!has(i)) {
                v[i] = 0;
            }
        }
        return java.util.Objects.hash(type, time, device, queue, present, Arrays.hashCode(v));
    }
}

package io.ringside.qemu.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * The QEMU trace events Ringside knows ({@link QemuTraceEvents}),
 * with a lookup by the name bytes of a log line that allocates nothing. Immutable and shared.
 */
public final class EventTable {

    private static final EventTable INSTANCE = load();

    private final List<EventFormat> formats;
    private final EventFormat[] byId;
    private final EventFormat[] slots;
    private final int mask;

    private EventTable(List<EventFormat> formats) {
        this.formats = Collections.unmodifiableList(formats);
        this.byId = formats.toArray(new EventFormat[0]);
        if (byId.length > 1024) {
            throw new IllegalStateException("more than 1024 events: kept records store ids in 10 bits");
        }
        int cap = Integer.highestOneBit(formats.size() * 4 - 1) << 1;
        this.slots = new EventFormat[cap];
        this.mask = cap - 1;
        for (EventFormat f : formats) {
            int h = hash(f.nameBytes, 0, f.nameBytes.length) & mask;
            while (slots[h] != null) {
                if (slots[h].name.equals(f.name)) {
                    throw new IllegalStateException("event listed twice: " + f.name);
                }
                h = (h + 1) & mask;
            }
            slots[h] = f;
        }
    }

    public static EventTable get() {
        return INSTANCE;
    }

    private static EventTable load() {
        List<EventFormat> list = new ArrayList<>();
        String t = QemuTraceEvents.TABLE;
        for (int start = 0; start < t.length();) {
            int end = t.indexOf('\n', start);
            if (end < 0) {
                end = t.length();
            }
            int tab = t.indexOf('\t', start);
            if (end > start) {
                if (tab <= start || tab >= end) {
                    throw new IllegalStateException("QemuTraceEvents: no tab in: " + t.substring(start, end));
                }
                int tab2 = t.indexOf('\t', tab + 1);
                boolean typed = tab2 > 0 && tab2 < end;
                list.add(new EventFormat(list.size(), t.substring(start, tab), t.substring(tab + 1, typed ? tab2 : end),
                        typed ? t.substring(tab2 + 1, end) : null));
            }
            start = end + 1;
        }
        return new EventTable(list);
    }

    /** Hash of a name: its length and its first and last eight bytes (names share prefixes, not both ends). */
    static int hash(byte[] b, int from, int to) {
        int len = to - from;
        if (len >= 8) {
            long first = (long) LineParser.LONGS.get(b, from);
            return mix(first * 0x9E3779B97F4A7C15L ^ (long) LineParser.LONGS.get(b, to - 8) ^ len);
        }
        long x = len;
        for (int i = from; i < to; i++) {
            x = x * 31 + b[i];
        }
        return mix(x);
    }

    private static int mix(long x) {
        x *= 0xC2B2AE3D27D4EB4FL;
        return (int) (x ^ (x >>> 29) ^ (x >>> 47));
    }

    /** The format for a name given as bytes with a precomputed {@link #hash}, or null. */
    EventFormat lookup(byte[] b, int from, int to, int hash) {
        int h = hash & mask;
        int len = to - from;
        EventFormat f;
        while ((f = slots[h]) != null) {
            byte[] n = f.nameBytes;
            if (n.length == len && Arrays.equals(n, 0, len, b, from, to)) {
                return f;
            }
            h = (h + 1) & mask;
        }
        return null;
    }

    /**
     * The format for a name given as bytes, or null; compares eight bytes at a time (the lookup of every
     * line of a log).
     */
    EventFormat lookup(byte[] b, int from, int to) {
        int len = to - from;
        if (len < 8) {
            return lookup(b, from, to, hash(b, from, to));
        }
        long first = (long) LineParser.LONGS.get(b, from);
        long last = (long) LineParser.LONGS.get(b, to - 8);
        int h = mix(first * 0x9E3779B97F4A7C15L ^ last ^ len) & mask; // as hash() for names of 8 bytes or more
        EventFormat f;
        while ((f = slots[h]) != null) {
            if (f.nameBytes.length == len && f.firstWord == first && f.lastWord == last) {
                if (len <= 16) {
                    return f;
                }
                byte[] n = f.nameBytes;
                int j = 8;
                while (j < len - 8 && (long) LineParser.LONGS.get(n, j) == (long) LineParser.LONGS.get(b, from + j)) {
                    j += 8;
                }
                if (j >= len - 8) {
                    return f;
                }
            }
            h = (h + 1) & mask;
        }
        return null;
    }

    public EventFormat lookup(String name) {
        byte[] b = name.getBytes(StandardCharsets.US_ASCII);
        return lookup(b, 0, b.length, hash(b, 0, b.length));
    }

    /** The id of a listed event; throws for a name not listed (a programming error). */
    public int id(String name) {
        EventFormat f = lookup(name);
        if (f == null) {
            throw new IllegalArgumentException("not a listed QEMU event: " + name);
        }
        return f.id;
    }

    /** The format of an id. */
    public EventFormat format(int id) {
        return byId[id];
    }

    public List<EventFormat> formats() {
        return formats;
    }

    public int size() {
        return formats.size();
    }
}

package io.ringside.ui.trace;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

import io.ringside.core.trace.EventType;
import io.ringside.core.trace.TraceEvent;

/**
 * The first page of events of a trace being opened (at most {@link TraceSession#PREVIEW}), read straight
 * from the file while the core index is built, in a compact columnar form (about 20 bytes per event
 * plus 8 per field); appended by the reading job and read by the UI meanwhile. Storage grows in fixed
 * chunks, so readers never see an array being replaced; {@link #size()} is published last. Once the
 * trace is indexed, events come from the index's event cache instead.
 */
public final class EventStore {

    private static final int BITS = 14;
    private static final int CHUNK = 1 << BITS;
    private static final int MASK = CHUNK - 1;
    private static final int POOL_BITS = 18;
    private static final int POOL_CHUNK = 1 << POOL_BITS;

    private final List<EventType> types = new ArrayList<>();
    private final java.util.Map<EventType, Integer> typeIndex = new java.util.HashMap<>();
    private volatile EventType[] typeArray = new EventType[0];

    private long[][] time = new long[16][];
    private short[][] type = new short[16][];
    private short[][] device = new short[16][];
    private short[][] queue = new short[16][];
    private short[][] present = new short[16][];
    private long[][] fieldStart = new long[16][];
    private long[][] pool = new long[16][];
    private long poolSize;
    private final ConcurrentHashMap<Long, String> notes = new ConcurrentHashMap<>();
    private volatile long size;

    /** Events stored so far (safe to read from any thread). */
    public long size() {
        return size;
    }

    /** Appends an event (indexing thread only); its seq must equal {@link #size()}. */
    public void add(TraceEvent e) {
        long n = size;
        int c = (int) (n >>> BITS);
        int i = (int) (n & MASK);
        if (c >= time.length) {
            grow(c + 1);
        }
        if (time[c] == null) {
            time[c] = new long[CHUNK];
            type[c] = new short[CHUNK];
            device[c] = new short[CHUNK];
            queue[c] = new short[CHUNK];
            present[c] = new short[CHUNK];
            fieldStart[c] = new long[CHUNK];
        }
        time[c][i] = e.time();
        type[c][i] = (short) typeId(e.type());
        device[c][i] = (short) e.device();
        queue[c][i] = (short) e.queue();
        int mask = e.presentMask();
        present[c][i] = (short) mask;
        fieldStart[c][i] = poolSize;
        for (int s = 0; s < TraceEvent.MAX_FIELDS; s++) {
            if ((mask & (1 << s)) != 0) {
                int pc = (int) (poolSize >>> POOL_BITS);
                if (pc >= pool.length) {
                    long[][] np = new long[pool.length * 2][];
                    System.arraycopy(pool, 0, np, 0, pool.length);
                    pool = np;
                }
                if (pool[pc] == null) {
                    pool[pc] = new long[POOL_CHUNK];
                }
                pool[pc][(int) (poolSize & (POOL_CHUNK - 1))] = e.get(s);
                poolSize++;
            }
        }
        if (e.note() != null) {
            notes.put(n, e.note());
        }
        size = n + 1;
    }

    private void grow(int chunks) {
        int len = Math.max(chunks, time.length * 2);
        time = java.util.Arrays.copyOf(time, len);
        type = java.util.Arrays.copyOf(type, len);
        device = java.util.Arrays.copyOf(device, len);
        queue = java.util.Arrays.copyOf(queue, len);
        present = java.util.Arrays.copyOf(present, len);
        fieldStart = java.util.Arrays.copyOf(fieldStart, len);
    }

    private int typeId(EventType t) {
        Integer id = typeIndex.get(t);
        if (id == null) {
            id = types.size();
            types.add(t);
            typeIndex.put(t, id);
            typeArray = types.toArray(new EventType[0]);
        }
        return id;
    }

    public long time(long n) {
        return time[(int) (n >>> BITS)][(int) (n & MASK)];
    }

    public EventType type(long n) {
        return typeArray[type[(int) (n >>> BITS)][(int) (n & MASK)]];
    }

    public int device(long n) {
        return device[(int) (n >>> BITS)][(int) (n & MASK)];
    }

    public int queue(long n) {
        return queue[(int) (n >>> BITS)][(int) (n & MASK)];
    }

    /** Fills {@code e} with event {@code n} (0 <= n < size). */
    public TraceEvent get(long n, TraceEvent e) {
        int c = (int) (n >>> BITS);
        int i = (int) (n & MASK);
        e.reset(typeArray[type[c][i]]);
        e.seq(n).time(time[c][i]).device(device[c][i]).queue(queue[c][i]);
        int mask = present[c][i] & 0xffff;
        long p = fieldStart[c][i];
        for (int s = 0; s < TraceEvent.MAX_FIELDS; s++) {
            if ((mask & (1 << s)) != 0) {
                e.set(s, pool[(int) (p >>> POOL_BITS)][(int) (p & (POOL_CHUNK - 1))]);
                p++;
            }
        }
        if (!notes.isEmpty()) {
            e.note(notes.get(n));
        }
        return e;
    }

    /** The first event at or after time {@code t} (binary search: times never go backwards), or size. */
    public long atTime(long t) {
        long lo = 0;
        long hi = size;
        while (lo < hi) {
            long mid = (lo + hi) >>> 1;
            if (time(mid) < t) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Distinct event kinds seen so far. */
    public List<EventType> types() {
        return List.of(typeArray);
    }
}

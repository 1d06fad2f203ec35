package io.ringside.core.internal.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.ringside.core.check.Violation;
import io.ringside.core.engine.Replay;
import io.ringside.core.index.TraceCursor;
import io.ringside.core.index.TraceIndex;
import io.ringside.core.trace.TraceEvent;

/**
 * The random reads of a {@link TraceIndex} (the debugger's): an event by number, the state after one, the
 * violations at one and the nearest event with a violation either way. Each part has its own lock and
 * cursor, so a slow state seek does not hold up event reads. Events are read a block at a time into a
 * small cache, so scans in either direction decode each block once; violation queries search the
 * violation table while it remembers every event with one ({@link #REMEMBERED_VIOLATIONS}),
 * else they replay, a block at a time.
 */
public final class RandomReads {

    /** Violations the table remembers by event number (ViolationTable.MAX_EVENTS); beyond, queries replay. */
    private static final long REMEMBERED_VIOLATIONS = 1L << 21;

    private final TraceIndex index;
    private final int blockEvents;

    private final Object eventLock = new Object();
    private final Object stateLock = new Object();
    private final Object violationLock = new Object();
    private TraceEvent[] cache; // a block of events, made at the first read
    private long cacheStart = -1;
    private int cacheLen;
    private TraceIndex.EventReader cacheReader;
    private TraceCursor stateCursor;
    private TraceCursor violationCursor;
    private long violationBlock = -1;
    private final Map<Long, List<Violation>> blockViolations = new HashMap<>();

    public RandomReads(TraceIndex index, int blockEvents) {
        this.index = index;
        this.blockEvents = blockEvents;
    }

    /** See {@link TraceIndex#event(long, TraceEvent)}. */
    public TraceEvent event(long seq, TraceEvent into) {
        long published = index.eventCount();
        if (seq < 0 || seq >= published) {
            throw new IndexOutOfBoundsException("event " + seq + " of " + published);
        }
        synchronized (eventLock) {
            if (seq < cacheStart || seq >= cacheStart + cacheLen) {
                loadCache(seq / blockEvents * blockEvents);
            }
            into.copyFrom(cache[(int) (seq - cacheStart)]);
            return into;
        }
    }

    private void loadCache(long start) {
        if (cache == null) {
            cache = new TraceEvent[blockEvents];
            for (int i = 0; i < blockEvents; i++) {
                cache[i] = new TraceEvent();
            }
        }
        try {
            if (cacheReader == null || cacheReader.nextSeq() != start) {
                closeCacheReader();
                cacheReader = index.events(start);
            }
            int n = 0;
            cacheStart = start;
            cacheLen = 0;
            while (n < blockEvents && cacheReader.next(cache[n])) {
                n++;
            }
            cacheLen = n;
        } catch (IOException e) {
            closeCacheReader();
            cacheStart = -1;
            cacheLen = 0;
            throw new UncheckedIOException(e);
        }
    }

    private void closeCacheReader() {
        if (cacheReader != null) {
            try {
                cacheReader.close();
            } catch (IOException ignored) {
                // a reader holds nothing worth reporting
            }
            cacheReader = null;
        }
    }

    /** See {@link TraceIndex#stateAfter(long)}. */
    public Replay stateAfter(long seq) {
        long published = index.eventCount();
        if (seq >= published) {
            throw new IndexOutOfBoundsException("event " + seq + " of " + published);
        }
        synchronized (stateLock) {
            if (stateCursor == null) {
                stateCursor = index.cursor();
            }
            stateCursor.seek(Math.max(TraceCursor.START, seq));
            return stateCursor.snapshot();
        }
    }

    /** See {@link TraceIndex#violations(long)}. */
    public List<Violation> violations(long seq) {
        long count = index.eventCount();
        if (seq < 0 || seq >= count) {
            return List.of();
        }
        synchronized (violationLock) {
            TraceCursor c = violationCursor();
            if (exactTable()) {
                if (c.violationCount(seq, seq) == 0) {
                    return List.of();
                }
                return c.violations(seq, seq, Integer.MAX_VALUE);
            }
            long b = seq / blockEvents;
            if (b != violationBlock) { // one replay per block rather than per event
                blockViolations.clear();
                long from = b * blockEvents;
                for (Violation v : c.violations(from, Math.min(count - 1, from + blockEvents - 1), Integer.MAX_VALUE)) {
                    long at = Math.max(from, Math.min(count - 1, v.event()));
                    blockViolations.computeIfAbsent(at, k -> new ArrayList<>(2)).add(v);
                }
                violationBlock = b;
            }
            List<Violation> l = blockViolations.get(seq);
            return l == null ? List.of() : List.copyOf(l);
        }
    }

    /** See {@link TraceIndex#nextViolation(long)}. */
    public long nextViolation(long seq) {
        long lo = Math.max(0, seq + 1);
        long hi = index.eventCount() - 1;
        if (lo > hi) {
            return -1;
        }
        synchronized (violationLock) {
            TraceCursor c = violationCursor();
            if (!exactTable()) {
                c.seek(lo - 1);
                return c.nextViolation() ? c.position() : -1;
            }
            if (c.violationCount(lo, hi) == 0) {
                return -1;
            }
            while (lo < hi) { // a violation lies in [lo, hi]
                long mid = (lo + hi) >>> 1;
                if (c.violationCount(lo, mid) > 0) {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            return lo;
        }
    }

    /** See {@link TraceIndex#previousViolation(long)}. */
    public long previousViolation(long seq) {
        long count = index.eventCount();
        long lo = 0;
        long hi = Math.min(count - 1, seq - 1);
        if (hi < 0) {
            return -1;
        }
        synchronized (violationLock) {
            TraceCursor c = violationCursor();
            if (!exactTable()) {
                c.seek(hi + 1 < count ? hi + 1 : hi);
                if (hi + 1 >= count && !c.violations(hi, hi, 1).isEmpty()) {
                    return hi; // previousViolation() looks strictly before the cursor
                }
                return c.previousViolation() ? c.position() : -1;
            }
            if (c.violationCount(lo, hi) == 0) {
                return -1;
            }
            while (lo < hi) { // a violation lies in [lo, hi]; find the last
                long mid = (lo + hi + 1) >>> 1;
                if (c.violationCount(mid, hi) > 0) {
                    lo = mid;
                } else {
                    hi = mid - 1;
                }
            }
            return lo;
        }
    }

    /** Whether the table remembers every violation's event (else the queries replay). */
    private boolean exactTable() {
        return index.violationCount() < REMEMBERED_VIOLATIONS;
    }

    private TraceCursor violationCursor() {
        if (violationCursor == null) {
            violationCursor = index.cursor();
        }
        return violationCursor;
    }

    /** Releases the readers and cursors. */
    public void close() {
        synchronized (eventLock) {
            closeCacheReader();
        }
        synchronized (stateLock) {
            if (stateCursor != null) {
                stateCursor.close();
            }
        }
        synchronized (violationLock) {
            if (violationCursor != null) {
                violationCursor.close();
            }
        }
    }
}

package io.ringside.debug;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.ringside.core.check.Violation;
import io.ringside.core.engine.DeviceModels;
import io.ringside.core.engine.Replay;
import io.ringside.core.index.TraceCursor;
import io.ringside.core.index.TraceIndex;
import io.ringside.core.trace.TraceEvent;
import io.ringside.core.trace.TraceHeader;

/**
 * A {@link Timeline} over the checkpoint index of {@code io.ringside.core.index}: a trace file of any
 * length in bounded memory (events in the binary event cache on disk, replay checkpoints within the
 * index's budget, violations in its table). Complete from the start: the index is built (or loaded from
 * its cache) before the session begins.
 * <ul>
 * <li>events are read block by block ({@link TraceIndex#blockEvents()}) into a small cache, so scans in
 * either direction decode each block once;</li>
 * <li>states come from a cursor of their own ({@link TraceCursor#seek}: nearest checkpoint or the
 * cursor's window, then a bounded replay);</li>
 * <li>violations from the index's table, by binary search over {@link TraceCursor#violationCount}. When
 * the index may not have remembered every violation's event number (more than 2 M violations), the
 * cursor's own searches (which replay) are used and violations are derived a block at a time.</li>
 * </ul>
 * Thread-safe (methods synchronize on the parts they use).
 */
public final class IndexedTimeline implements Timeline {

    /** Violations the index remembers by event number (ViolationTable.MAX_EVENTS); beyond, it replays. */
    static final long REMEMBERED_VIOLATIONS = 1L << 21;

    private final TraceIndex index;
    private final boolean ownsIndex;
    private final long count;
    private final int block;

    // event block cache
    private final Object eventLock = new Object();
    private final TraceEvent[] cache;
    private long cacheStart = -1;
    private int cacheLen;
    private TraceIndex.EventReader reader;

    private final TraceCursor stateCursor;
    private final TraceCursor violationCursor;
    private final boolean exactTable;
    // violations of one block, when the table is not exact
    private long violationBlock = -1;
    private final Map<Long, List<Violation>> blockViolations = new HashMap<>();

    /**
     * @param ownsIndex whether {@link #close()} closes the index too
     */
    public IndexedTimeline(TraceIndex index, boolean ownsIndex) {
        this.index = index;
        this.ownsIndex = ownsIndex;
        this.count = index.eventCount();
        this.block = index.blockEvents();
        this.cache = new TraceEvent[block];
        for (int i = 0; i < block; i++) {
            cache[i] = new TraceEvent();
        }
        this.stateCursor = index.cursor();
        this.violationCursor = index.cursor();
        this.exactTable = index.violationCount() < REMEMBERED_VIOLATIONS;
    }

    public TraceIndex index() {
        return index;
    }

    @Override
    public TraceHeader header() {
        return index.header();
    }

    @Override
    public DeviceModels models() {
        return index.models();
    }

    @Override
    public String name() {
        return index.name();
    }

    @Override
    public long size() {
        return count;
    }

    @Override
    public boolean complete() {
        return true;
    }

    @Override
    public String failure() {
        return null;
    }

    @Override
    public boolean await(long seq, long timeoutMillis) {
        return seq < count;
    }

    @Override
    public TraceEvent event(long seq, TraceEvent into) {
        if (seq < 0 || seq >= count) {
            throw new IndexOutOfBoundsException("event " + seq + " of " + count);
        }
        synchronized (eventLock) {
            if (seq < cacheStart || seq >= cacheStart + cacheLen) {
                load(seq / block * block);
            }
            into.copyFrom(cache[(int) (seq - cacheStart)]);
            return into;
        }
    }

    private void load(long start) {
        try {
            if (reader == null || reader.nextSeq() != start) {
                closeReader();
                reader = index.events(start);
            }
            int n = 0;
            cacheStart = start;
            cacheLen = 0;
            while (n < block && reader.next(cache[n])) {
                n++;
            }
            cacheLen = n;
        } catch (IOException e) {
            closeReader();
            cacheStart = -1;
            cacheLen = 0;
            throw new UncheckedIOException(e);
        }
    }

    private void closeReader() {
        if (reader != null) {
            try {
                reader.close();
            } catch (IOException ignored) {
                // a reader holds nothing worth reporting
            }
            reader = null;
        }
    }

    @Override
    public Replay stateAfter(long seq) {
        if (seq >= count) {
            throw new IndexOutOfBoundsException("event " + seq + " of " + count);
        }
        synchronized (stateCursor) {
            stateCursor.seek(Math.max(TraceCursor.START, seq));
            return stateCursor.snapshot();
        }
    }

    @Override
    public List<Violation> violations(long seq) {
        if (seq < 0 || seq >= count) {
            return List.of();
        }
        synchronized (violationCursor) {
            if (exactTable) {
                if (violationCursor.violationCount(seq, seq) == 0) {
                    return List.of();
                }
                return violationCursor.violations(seq, seq, Integer.MAX_VALUE);
            }
            long b = seq / block;
            if (b != violationBlock) { // one replay per block rather than per event
                blockViolations.clear();
                long from = b * block;
                for (Violation v : violationCursor.violations(from, Math.min(count - 1, from + block - 1),
                        Integer.MAX_VALUE)) {
                    long at = Math.max(from, Math.min(count - 1, v.event()));
                    blockViolations.computeIfAbsent(at, k -> new ArrayList<>(2)).add(v);
                }
                violationBlock = b;
            }
            List<Violation> l = blockViolations.get(seq);
            return l == null ? List.of() : List.copyOf(l);
        }
    }

    @Override
    public long nextViolation(long seq) {
        long lo = Math.max(0, seq + 1);
        long hi = count - 1;
        if (lo > hi) {
            return -1;
        }
        synchronized (violationCursor) {
            if (!exactTable) {
                violationCursor.seek(lo - 1);
                return violationCursor.nextViolation() ? violationCursor.position() : -1;
            }
            if (violationCursor.violationCount(lo, hi) == 0) {
                return -1;
            }
            while (lo < hi) { // a violation lies in [lo, hi]
                long mid = (lo + hi) >>> 1;
                if (violationCursor.violationCount(lo, mid) > 0) {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            return lo;
        }
    }

    @Override
    public long previousViolation(long seq) {
        long lo = 0;
        long hi = Math.min(count - 1, seq - 1);
        if (hi < 0) {
            return -1;
        }
        synchronized (violationCursor) {
            if (!exactTable) {
                violationCursor.seek(hi + 1 < count ? hi + 1 : hi);
                if (hi + 1 >= count && !violationCursor.violations(hi, hi, 1).isEmpty()) {
                    return hi; // previousViolation() looks strictly before the cursor
                }
                return violationCursor.previousViolation() ? violationCursor.position() : -1;
            }
            if (violationCursor.violationCount(lo, hi) == 0) {
                return -1;
            }
            while (lo < hi) { // a violation lies in [lo, hi]; find the last
                long mid = (lo + hi + 1) >>> 1;
                if (violationCursor.violationCount(mid, hi) > 0) {
                    lo = mid;
                } else {
                    hi = mid - 1;
                }
            }
            return lo;
        }
    }

    @Override
    public long violationCount() {
        return index.violationCount();
    }

    /** Approximate heap held: the index (checkpoints, blocks, violations) and this timeline's caches. */
    public long memoryBytes() {
        return index.memoryBytes() + (long) block * 160;
    }

    @Override
    public void close() {
        synchronized (eventLock) {
            closeReader();
        }
        stateCursor.close();
        violationCursor.close();
        if (ownsIndex) {
            try {
                index.close();
            } catch (IOException ignored) {
                // the event cache is read-only; nothing to lose
            }
        }
    }
}

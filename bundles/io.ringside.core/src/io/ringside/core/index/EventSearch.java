package io.ringside.core.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Predicate;

import io.ringside.core.internal.index.Blocks;
import io.ringside.core.internal.index.EventStore;
import io.ringside.core.trace.TraceEvent;
import io.ringside.core.util.ProgressMonitor;

/**
 * Searches of a {@link TraceCursor} that look at events only, never at replay state: they read the event
 * store block by block and skip the blocks the index's {@link Blocks} summary rules out (a queue that has
 * no event there, time stamps all earlier). They return an event number or -1 and move nothing.
 */
final class EventSearch {

    private final TraceIndex index;
    private final int blockEvents;

    EventSearch(TraceIndex index) {
        this.index = index;
        this.blockEvents = index.blockEvents();
    }

    /** The first event whose time stamp is at least {@code ns}, or -1 when every event is earlier. */
    long firstAtOrAfterTime(long ns) {
        Blocks b = index.blocks();
        int blocks = publishedBlocks();
        int lo = 0;
        int hi = blocks;
        while (lo < hi) { // first block whose running maximum reaches ns
            int mid = (lo + hi) >>> 1;
            if (b.prefixMaxTime[mid] < ns) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        if (lo == blocks) {
            return -1;
        }
        return forward((long) lo * blockEvents, e -> e.time() >= ns, 0, null);
    }

    /** First event at or after {@code from} matching {@code p}, skipping blocks without {@code bit}. */
    long forward(long from, Predicate<? super TraceEvent> p, long bit, ProgressMonitor monitor) {
        if (from < 0) {
            from = 0;
        }
        Blocks b = index.blocks();
        long count = index.eventCount();
        int blocks = publishedBlocks();
        TraceEvent e = new TraceEvent();
        EventStore.Reader r = null;
        try {
            for (int blk = (int) (from / blockEvents); blk < blocks; blk++) {
                if (bit != 0 && (b.queueMask[blk] & bit) == 0) {
                    continue;
                }
                if (monitor != null && monitor.isCanceled()) {
                    throw new IndexCanceledException("search canceled at event " + (long) blk * blockEvents);
                }
                long start = Math.max(from, (long) blk * blockEvents);
                long end = Math.min(count, (long) (blk + 1) * blockEvents);
                if (r == null || r.nextSeq() != start) {
                    if (r != null) {
                        r.close();
                    }
                    r = index.store().open(start);
                }
                for (long s = start; s < end; s++) {
                    if (!r.next(e)) {
                        return -1;
                    }
                    if (p.test(e)) {
                        return s;
                    }
                }
            }
            return -1;
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        } finally {
            if (r != null) {
                try {
                    r.close();
                } catch (IOException ignored) {
                    // nothing to release
                }
            }
        }
    }

    /** Last event at or before {@code from} matching {@code p}, skipping blocks without {@code bit}. */
    long backward(long from, Predicate<? super TraceEvent> p, long bit, ProgressMonitor monitor) {
        if (from < 0) {
            return -1;
        }
        Blocks b = index.blocks();
        TraceEvent e = new TraceEvent();
        try {
            for (int blk = (int) (from / blockEvents); blk >= 0; blk--) {
                if (bit != 0 && (b.queueMask[blk] & bit) == 0) {
                    continue;
                }
                if (monitor != null && monitor.isCanceled()) {
                    throw new IndexCanceledException("search canceled at event " + (long) blk * blockEvents);
                }
                long start = (long) blk * blockEvents;
                long end = Math.min(from + 1, start + blockEvents);
                long last = -1;
                try (EventStore.Reader r = index.store().open(start)) {
                    for (long s = start; s < end && r.next(e); s++) {
                        if (p.test(e)) {
                            last = s;
                        }
                    }
                }
                if (last >= 0) {
                    return last;
                }
            }
            return -1;
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** Blocks whose events are published (the last one of a complete index may be partial). */
    private int publishedBlocks() {
        return (int) ((index.eventCount() + blockEvents - 1) / blockEvents);
    }
}

package io.ringside.core.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import io.ringside.core.check.Violation;
import io.ringside.core.check.ViolationSink;
import io.ringside.core.engine.Replay;
import io.ringside.core.internal.index.EventStore;
import io.ringside.core.internal.index.ViolationTable;
import io.ringside.core.trace.TraceEvent;

/**
 * The violations of a range of events, for a {@link TraceCursor}: served from the index's
 * {@link ViolationTable} when it kept them, else by replaying the range from the checkpoint before it on a
 * copy of its own (the cursor does not move).
 */
final class RangeViolations {

    private final TraceIndex index;

    RangeViolations(TraceIndex index) {
        this.index = index;
    }

    /** See {@link TraceCursor#violations(long, long, int)}. */
    List<Violation> list(long from, long to, int limit) {
        long count = index.eventCount();
        from = Math.max(0, from);
        to = Math.min(count - 1, to);
        List<Violation> out = new ArrayList<>();
        if (from > to) {
            return out;
        }
        ViolationTable vt = index.violationTable();
        if (vt.countIn(from, to) == 0 && !vt.truncated()) {
            return out;
        }
        List<Violation> kept = vt.kept();
        boolean covered = vt.allKept() || !kept.isEmpty() && kept.get(kept.size() - 1).event() > to;
        if (covered) {
            for (Violation v : kept) {
                long ev = Math.max(0, Math.min(count - 1, v.event()));
                if (ev >= from && ev <= to) {
                    out.add(v);
                    if (out.size() >= limit) {
                        break;
                    }
                }
            }
            return out;
        }
        long base = index.checkpoints().applied(from);
        Replay r = index.checkpoints().atOrBefore(from).copy();
        final long lo = from;
        final long hi = to;
        ViolationSink sink = v -> {
            if (out.size() < limit && v.event() >= lo && v.event() <= hi) {
                out.add(v);
            }
        };
        TraceEvent e = new TraceEvent();
        try (EventStore.Reader rd = index.store().open(base)) {
            while (r.applied() <= to && out.size() < limit && rd.next(e)) {
                r.apply(e, e.seq() >= from ? sink : ViolationSink.IGNORE);
            }
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        if (to == count - 1 && out.size() < limit && index.complete()) {
            r.finish(to, v -> {
                if (out.size() < limit) {
                    out.add(v);
                }
            });
        }
        return out;
    }

    /** See {@link TraceCursor#violationCount(long, long)}. */
    long count(long from, long to) {
        long count = index.eventCount();
        from = Math.max(0, from);
        to = Math.min(count - 1, to);
        if (from > to) {
            return 0;
        }
        ViolationTable vt = index.violationTable();
        if (!vt.truncated() || to <= vt.lastRemembered() - 1) {
            return vt.countIn(from, to);
        }
        return list(from, to, Integer.MAX_VALUE).size();
    }
}

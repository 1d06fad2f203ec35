package io.ringside.core.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.function.Predicate;

import io.ringside.core.check.Violation;
import io.ringside.core.check.ViolationSink;
import io.ringside.core.engine.Replay;
import io.ringside.core.internal.index.Blocks;
import io.ringside.core.internal.index.EventStore;
import io.ringside.core.internal.index.IndexCorruptException;
import io.ringside.core.internal.index.StateWindow;
import io.ringside.core.internal.index.ViolationTable;
import io.ringside.core.trace.TraceEvent;
import io.ringside.core.util.ProgressMonitor;

/**
 * A position in an indexed trace and the replay state there: what {@code show --at}, the IDE's trace
 * editor and the debugger move through.
 * <p>
 * <b>Position.</b> {@link #position()} is the number of the event at the cursor, from 0, or
 * {@link #START} (-1) before the first event. The {@link #state()} is the replay state <em>after</em>
 * the event at the cursor has been applied (at {@code START}: the initial state), so
 * {@code state().applied() == position() + 1}. {@link #event()} is the event at the cursor and
 * {@link #violationsHere()} the violations applying it reported.
 * <p>
 * <b>Moves.</b> {@link #seek(long)} and {@link #seekTime(long)} jump; {@link #next()} and
 * {@link #previous()} step; the {@code next/previous(...)} searches move to the nearest matching event
 * and return false, leaving the cursor where it was, when there is none. A jump starts from the nearest
 * checkpoint (or from a denser per-cursor window of states kept near the cursor, so stepping backwards
 * replays at most a few hundred events) and replays the rest: its cost is bounded by the index's
 * checkpoint interval, not by the trace length.
 * <p>
 * <b>Threads.</b> Methods are synchronized: a search may run in a background job while the UI reads
 * the cursor. The objects returned by {@link #state()} and {@link #event()} are live and change on the
 * next move: read them on the thread that moves the cursor, or take a {@link #snapshot()} /
 * {@code event().copy()} to keep or hand over. Never modify them. Long searches take a
 * {@link ProgressMonitor} and stop with {@link IndexCanceledException} when it is canceled.
 * <p>
 * <b>Errors.</b> Reading the event store may fail (a cache file deleted or damaged underneath):
 * moves then throw {@link UncheckedIOException}; the cursor stays consistent (at its previous position,
 * or as far forward as it got).
 * <p>
 * <b>Parts.</b> The cursor keeps the position, the state and the moves; {@link EventSearch} finds events
 * by looking at events only, {@link RangeViolations} answers for ranges of events without moving, and
 * {@link StateWindow} keeps the states that make stepping backwards cheap.
 */
public final class TraceCursor implements AutoCloseable {

    /** The position before the first event (initial state). */
    public static final long START = -1;

    private final TraceIndex index;
    private final EventSearch search;
    private final RangeViolations violations;
    private final StateWindow window;

    private Replay state;
    private long pos = START;
    private TraceEvent event = new TraceEvent();
    private TraceEvent spare = new TraceEvent();
    private EventStore.Reader reader;
    private final List<Violation> here = new ArrayList<>();
    private final ViolationSink hereSink = here::add;
    private boolean finishAdded;

    TraceCursor(TraceIndex index) {
        this.index = index;
        this.search = new EventSearch(index);
        this.violations = new RangeViolations(index);
        this.state = index.checkpoints().atOrBefore(0).copy();
        this.window = new StateWindow(index);
    }

    public TraceIndex index() {
        return index;
    }

    /** Number of the event at the cursor, or {@link #START}. */
    public synchronized long position() {
        return pos;
    }

    /** Events in the trace (published so far, while the index grows). */
    public long eventCount() {
        return index.eventCount();
    }

    /** Whether the cursor is on the last event (or the trace is empty). */
    public synchronized boolean atEnd() {
        return pos == index.eventCount() - 1;
    }

    /** The event at the cursor (live, read-only; {@code copy()} to keep), or null at {@link #START}. */
    public synchronized TraceEvent event() {
        return pos == START ? null : event;
    }

    /** The replay state after the event at the cursor (live, read-only; see {@link #snapshot()}). */
    public synchronized Replay state() {
        return state;
    }

    /** An independent copy of the state at the cursor, safe to keep and to hand to another thread. */
    public synchronized Replay snapshot() {
        return state.copy();
    }

    /**
     * Violations reported when the event at the cursor was applied; on the last event also those of
     * the end-of-trace checks.
     */
    public synchronized List<Violation> violationsHere() {
        if (pos == index.eventCount() - 1 && pos >= 0 && !finishAdded && index.complete()) {
            finishAdded = true;
            state.copy().finish(pos, hereSink);
        }
        return List.copyOf(here);
    }

    // ---- jumps ---------------------------------------------------------------------------------

    /**
     * Moves to event {@code n} ({@link #START} for the initial state).
     *
     * @throws IllegalArgumentException when {@code n} is outside {@code -1 .. eventCount()-1}
     */
    public synchronized void seek(long n) {
        long count = index.eventCount();
        if (n < START || n >= count) {
            throw new IllegalArgumentException("event " + n + " is outside the trace (events 0.." + (count - 1) + ")");
        }
        moveTo(n, true);
    }

    /**
     * Moves to the first event whose time stamp is at least {@code ns}.
     *
     * @return false (not moving) when every event is earlier
     */
    public synchronized boolean seekTime(long ns) {
        long found = search.firstAtOrAfterTime(ns);
        if (found < 0) {
            return false;
        }
        moveTo(found, true);
        return true;
    }

    // ---- steps ---------------------------------------------------------------------------------

    /** Steps to the next event; false at the last one. */
    public synchronized boolean next() {
        if (pos + 1 >= index.eventCount()) {
            return false;
        }
        moveTo(pos + 1, true);
        return true;
    }

    /** Steps to the previous event (or to {@link #START} from event 0); false at {@link #START}. */
    public synchronized boolean previous() {
        if (pos == START) {
            return false;
        }
        moveTo(pos - 1, true);
        return true;
    }

    /** Next event of one queue of one device (the debugger's "step over" on a queue thread). */
    public synchronized boolean nextInQueue(int device, int queue) {
        long found = search.forward(pos + 1, e -> e.device() == device && e.queue() == queue,
                Blocks.queueBit(device, queue), null);
        return found >= 0 && moveFound(found);
    }

    /** Previous event of one queue of one device. */
    public synchronized boolean previousInQueue(int device, int queue) {
        long found = search.backward(pos - 1, e -> e.device() == device && e.queue() == queue,
                Blocks.queueBit(device, queue), null);
        return found >= 0 && moveFound(found);
    }

    /** Next event for which {@code p} holds (it sees the event only, not the state). */
    public boolean next(Predicate<? super TraceEvent> p) {
        return next(p, null);
    }

    /** Next matching event; a canceled monitor stops the search with {@link IndexCanceledException}. */
    public synchronized boolean next(Predicate<? super TraceEvent> p, ProgressMonitor monitor) {
        long found = search.forward(pos + 1, p, 0, monitor);
        return found >= 0 && moveFound(found);
    }

    public boolean previous(Predicate<? super TraceEvent> p) {
        return previous(p, null);
    }

    /** Previous matching event. */
    public synchronized boolean previous(Predicate<? super TraceEvent> p, ProgressMonitor monitor) {
        long found = search.backward(pos - 1, p, 0, monitor);
        return found >= 0 && moveFound(found);
    }

    /** Next event that breaks a rule (including end-of-trace checks, at the last event). */
    public synchronized boolean nextViolation() {
        ViolationTable vt = index.violationTable();
        long found = vt.nextAfter(pos);
        if (found >= 0) {
            moveTo(found, true);
            return true;
        }
        if (!vt.truncated() || pos + 1 >= index.eventCount()) {
            return false;
        }
        // past the remembered ones: find by replaying
        return runUntil((e, r) -> !here.isEmpty(), null);
    }

    /** Previous event that breaks a rule. */
    public synchronized boolean previousViolation() {
        ViolationTable vt = index.violationTable();
        if (vt.truncated() && pos > vt.lastRemembered() + 1) {
            long found = scanBackwardState(pos - 1, (e, r) -> !here.isEmpty(), null);
            if (found >= 0) {
                moveTo(found, true);
                return true;
            }
        }
        long found = vt.previousBefore(Math.max(0, pos));
        if (pos == START || found < 0) {
            return false;
        }
        moveTo(found, true);
        return true;
    }

    /**
     * Applies events forward until {@code stop} holds after applying one (it sees the event and the
     * state after it; the violations of that event are in {@link #violationsHere()} already): for
     * breakpoints on ring state (a watched avail.idx, an SQ tail). Stops on the last event otherwise.
     *
     * @return whether {@code stop} held
     */
    public synchronized boolean runUntil(BiPredicate<? super TraceEvent, ? super Replay> stop, ProgressMonitor monitor) {
        long n = 0;
        while (pos + 1 < index.eventCount()) {
            step(false);
            if (stop.test(event, state)) {
                return true;
            }
            if (monitor != null && (++n & 0xfff) == 0 && monitor.isCanceled()) {
                throw new IndexCanceledException("search canceled at event " + pos);
            }
        }
        return false;
    }

    /**
     * Moves back to the last event before the cursor after which {@code stop} holds (reverse
     * "continue" to a state breakpoint). Replays segment by segment backwards.
     *
     * @return false (not moving) when there is none
     */
    public synchronized boolean runBackUntil(BiPredicate<? super TraceEvent, ? super Replay> stop,
            ProgressMonitor monitor) {
        long found = scanBackwardState(pos - 1, stop, monitor);
        if (found < 0) {
            return false;
        }
        moveTo(found, true);
        return true;
    }

    /**
     * The violations of events {@code from..to} (inclusive) with their messages, in event order, at
     * most {@code limit}. Served from the index when it kept them, else by replaying the range (the
     * cursor does not move).
     */
    public synchronized List<Violation> violations(long from, long to, int limit) {
        return violations.list(from, to, limit);
    }

    /**
     * How many violations events {@code from..to} (inclusive) reported; on the last event the
     * end-of-trace checks count too. Exact: from the index's table when it remembered them all, else by
     * replaying the range.
     */
    public synchronized long violationCount(long from, long to) {
        return violations.count(from, to);
    }

    /**
     * The last violation reported by an event at or before {@code n}, or null: for "the last problem
     * up to here".
     */
    public synchronized Violation lastViolationUpTo(long n) {
        n = Math.min(index.eventCount() - 1, n);
        ViolationTable vt = index.violationTable();
        long ev = vt.previousBefore(n + 1);
        if (vt.truncated() && n > vt.lastRemembered()) {
            ev = scanBackwardState(n, (e, r) -> !here.isEmpty(), null);
            if (ev < 0) {
                ev = vt.previousBefore(n + 1);
            }
        }
        if (ev < 0) {
            return null;
        }
        List<Violation> l = violations(ev, ev, Integer.MAX_VALUE);
        return l.isEmpty() ? null : l.get(l.size() - 1);
    }

    /** Releases the cursor's reader; the index stays open. */
    @Override
    public synchronized void close() {
        closeReader();
    }

    // ---- internals -----------------------------------------------------------------------------

    private boolean moveFound(long n) {
        moveTo(n, true);
        return true;
    }

    /** Applies the next event to the state (pos+1), collecting its violations. */
    private void step(boolean record) {
        EventStore.Reader r = readerAt(pos + 1);
        try {
            if (!r.next(spare)) {
                throw new UncheckedIOException(new IndexCorruptException("event store ends before event " + (pos + 1)));
            }
        } catch (IOException e) {
            closeReader();
            throw new UncheckedIOException(e);
        }
        TraceEvent t = event;
        event = spare;
        spare = t;
        here.clear();
        finishAdded = false;
        state.apply(event, hereSink);
        pos++;
        if (record) {
            window.remember(pos + 1, state);
        }
    }

    private EventStore.Reader readerAt(long seq) {
        if (reader == null || reader.nextSeq() != seq) {
            closeReader();
            reader = index.reader(seq);
        }
        return reader;
    }

    private void closeReader() {
        if (reader != null) {
            try {
                reader.close();
            } catch (IOException ignored) {
                // readers hold no resources worth reporting
            }
            reader = null;
        }
    }

    /**
     * Moves to event {@code target} by the cheapest route: forward from here, or from the nearest saved
     * state (checkpoint or window) that lies strictly before the target event, so that the target event
     * itself is re-read and applied (its violations are known).
     */
    private void moveTo(long target, boolean record) {
        long want = target + 1; // events applied at the target
        if (want == pos + 1) {
            return;
        }
        long lim = Math.max(0, want - 1);
        Replay base = window.atOrBefore(lim);
        long baseApplied;
        if (base != null) {
            baseApplied = base.applied();
        } else {
            baseApplied = index.checkpoints().applied(lim);
            base = index.checkpoints().atOrBefore(lim);
        }
        Replay savedState = state;
        long savedPos = pos;
        TraceEvent savedEvent = event.copy();
        List<Violation> savedHere = List.copyOf(here);
        boolean savedFinish = finishAdded;
        boolean forward = pos + 1 < want && pos + 1 >= baseApplied;
        try {
            if (!forward) {
                state = base.copy();
                pos = baseApplied - 1;
                here.clear();
                finishAdded = false;
                closeReader();
            }
            while (pos + 1 < want) {
                step(record);
            }
        } catch (RuntimeException e) {
            closeReader();
            if (!forward) { // back to where we were; going forward, state and position stay consistent
                state = savedState;
                pos = savedPos;
                event.copyFrom(savedEvent);
                here.clear();
                here.addAll(savedHere);
                finishAdded = savedFinish;
            }
            throw e;
        }
    }

    /**
     * Last event at or before {@code from} after which {@code stop} holds, replaying one checkpoint
     * segment at a time from the segment of {@code from} backwards. {@code stop} may look at
     * {@link #here} (the violations of the event just applied).
     */
    private long scanBackwardState(long from, BiPredicate<? super TraceEvent, ? super Replay> stop,
            ProgressMonitor monitor) {
        if (from < 0) {
            return -1;
        }
        long interval = index.checkpointInterval();
        TraceEvent e = new TraceEvent();
        List<Violation> saved = List.copyOf(here);
        try {
            for (long seg = from / interval; seg >= 0; seg--) {
                if (monitor != null && monitor.isCanceled()) {
                    throw new IndexCanceledException("search canceled at event " + seg * interval);
                }
                long base = index.checkpoints().applied(seg * interval);
                Replay r = index.checkpoints().atOrBefore(seg * interval).copy();
                long last = -1;
                long end = Math.min(from, (seg + 1) * interval - 1);
                try (EventStore.Reader rd = index.store().open(base)) {
                    for (long s = base; s <= end && rd.next(e); s++) {
                        here.clear();
                        r.apply(e, hereSink);
                        if (stop.test(e, r)) {
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
        } finally {
            here.clear();
            here.addAll(saved);
        }
    }

    @Override
    public synchronized String toString() {
        return "TraceCursor[" + index.name() + " @ " + pos + "/" + index.eventCount() + "]";
    }
}

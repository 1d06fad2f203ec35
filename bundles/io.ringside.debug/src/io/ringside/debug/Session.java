package io.ringside.debug;

import java.util.List;
import java.util.function.Predicate;

import io.ringside.core.check.Violation;
import io.ringside.core.check.ViolationSink;
import io.ringside.core.engine.Replay;
import io.ringside.core.index.TraceIndex;
import io.ringside.core.trace.TraceEvent;

/**
 * The debugger without a user interface: a cursor over a trace's timeline (its {@link TraceIndex}, complete
 * or still growing: a live emulator run) that steps and runs in both directions and stops at breakpoints. The Eclipse debug model and {@code ringside show --break-on} are
 * thin layers over it.
 * <p>
 * The position is the number of the event at the cursor; the state is the replay state <em>after</em>
 * that event ({@code -1}: before the first event, the initial state). Semantics:
 * <ul>
 * <li>step into: the next (previous) event of any queue;</li>
 * <li>step over: the next (previous) event of the given lane;</li>
 * <li>step return: forward, until the current request (buffer or command named by the event at the
 * cursor) completes: the next event of the lane that completes it, or, when the event names no request,
 * the next completion in the lane; backward, to where the request was submitted;</li>
 * <li>resume: until a breakpoint hits, or the end (start) of the trace;</li>
 * <li>run to: until an event number, or a breakpoint on the way.</li>
 * </ul>
 * Breakpoints hit in both directions at the event that makes them true; steps that pass other events
 * (step over, step return) also stop at breakpoints on the way, as in a program debugger. A stop at a
 * breakpoint leaves the cursor on the event that hit, so one reverse step shows the state before it.
 * <p>
 * One thread at a time moves a session; {@link #suspend()} may be called from any thread and stops a
 * running scan at the next event.
 */
public final class Session {

    public enum Step {
        INTO, OVER, RETURN
    }

    public enum Direction {
        FORWARD, BACKWARD
    }

    public enum Reason {
        /** A step completed. */
        STEP,
        /** A breakpoint hit ({@link Stop#hits()}). */
        BREAKPOINT,
        /** {@link #runTo} reached its event. */
        TARGET,
        /** Moving forward found no more events (the cursor is on the last one). */
        END,
        /** Moving backward reached the start (the cursor is before the first event). */
        START,
        /** {@link #suspend()} was called while running. */
        SUSPENDED
    }

    /** Why and where a move stopped. */
    public record Stop(Reason reason, long position, List<Hit> hits) {
        @Override
        public String toString() {
            return reason + " at #" + position + (hits.isEmpty() ? "" : " " + hits);
        }
    }

    /** Events applied incrementally before re-seeking from a checkpoint is cheaper. */
    private static final long REPLAY_AHEAD = 4096;
    /** Events examined per chunk when a backward scan needs the replay state. */
    private static final int BACK_CHUNK = 1024;

    private final TraceIndex timeline;
    private long pos = -1;
    private Replay state;
    private final TraceEvent cur = new TraceEvent();
    private final TraceEvent scratch = new TraceEvent();
    private volatile boolean suspendRequested;
    private volatile boolean running;

    public Session(TraceIndex timeline) {
        this.timeline = timeline;
        this.state = timeline.stateAfter(-1);
    }

    public TraceIndex timeline() {
        return timeline;
    }

    /** The number of the event at the cursor, -1 before the first. */
    public synchronized long position() {
        return pos;
    }

    /** The event at the cursor (a copy), or null before the first event. */
    public synchronized TraceEvent event() {
        return pos < 0 ? null : cur.copy();
    }

    /**
     * The replay state after the event at the cursor. Owned by the session: read it while the session is
     * not moving, and copy it to keep it.
     */
    public synchronized Replay state() {
        return state;
    }

    /** The violations the event at the cursor caused. */
    public List<Violation> violationsHere() {
        return pos < 0 ? List.of() : timeline.violations(pos);
    }

    public boolean isRunning() {
        return running;
    }

    /** Asks a running move to stop at the next event (any thread). */
    public void suspend() {
        suspendRequested = true;
    }

    // ---------------------------------------------------------------- moves

    /** Moves the cursor to an event (-1: the start) directly, without looking at breakpoints. */
    public synchronized Stop seek(long seq) throws InterruptedException {
        if (seq >= 0 && !timeline.await(seq, 600_000)) {
            seq = timeline.eventCount() - 1;
        }
        moveTo(Math.max(-1, seq));
        return new Stop(Reason.TARGET, pos, List.of());
    }

    public synchronized Stop step(Step kind, Direction dir, QueueLane lane, Breakpoints bps) throws InterruptedException {
        Predicate<TraceEvent> target = target(kind, dir, lane);
        // step into passes no other events: breakpoints only matter on the event it lands on
        return scan(dir, target, bps, Reason.STEP, -2);
    }

    public synchronized Stop resume(Direction dir, Breakpoints bps) throws InterruptedException {
        return scan(dir, null, bps, null, -2);
    }

    /** Runs to event {@code seq} in whichever direction it lies, stopping earlier at a breakpoint. */
    public synchronized Stop runTo(long seq, Breakpoints bps) throws InterruptedException {
        if (seq == pos) {
            return new Stop(Reason.TARGET, pos, List.of());
        }
        return scan(seq > pos ? Direction.FORWARD : Direction.BACKWARD, null, bps, Reason.TARGET, Math.max(-1, seq));
    }

    private Predicate<TraceEvent> target(Step kind, Direction dir, QueueLane lane) {
        if (kind == Step.INTO) {
            return e -> true;
        }
        QueueLane l = lane;
        if (l == null) {
            if (pos < 0) {
                return e -> true;
            }
            l = QueueLane.of(cur);
        }
        final QueueLane laneF = l;
        if (kind == Step.OVER) {
            return laneF::contains;
        }
        long id = pos >= 0 && laneF.contains(cur) ? Requests.idOf(cur) : -1;
        boolean command = pos >= 0 && Requests.isCommand(cur);
        if (dir == Direction.FORWARD) {
            return e -> laneF.contains(e) && Requests.completes(e)
                    && (id < 0 || (Requests.idOf(e) == id && Requests.isCommand(e) == command));
        }
        return e -> laneF.contains(e) && Requests.starts(e)
                && (id < 0 || (Requests.idOf(e) == id && Requests.isCommand(e) == command));
    }

    /**
     * The one loop behind every move. Stops at the first event (in the direction of travel) that satisfies
     * {@code target}, hits a breakpoint, or is {@code limit} (-2: none; -1 is the start).
     */
    private Stop scan(Direction dir, Predicate<TraceEvent> target, Breakpoints bps, Reason targetReason, long limit)
            throws InterruptedException {
        suspendRequested = false;
        running = true;
        try {
            return dir == Direction.FORWARD ? forward(target, bps, targetReason, limit)
                    : backward(target, bps, targetReason, limit);
        } finally {
            running = false;
        }
    }

    private Stop forward(Predicate<TraceEvent> target, Breakpoints bps, Reason targetReason, long limit)
            throws InterruptedException {
        boolean withState = bps.needsState();
        boolean jumpViolations = target == null && bps.onlyViolations() && limit < 0;
        Replay work = withState ? state : null;
        long k = pos + 1;
        long lastSeen = pos;
        while (true) {
            if (suspendRequested) {
                return stopAt(lastSeen, work, Reason.SUSPENDED, List.of());
            }
            if (jumpViolations) {
                long v = timeline.nextViolation(k - 1);
                if (v < 0) {
                    if (timeline.complete()) {
                        return stopAt(timeline.eventCount() - 1, null, Reason.END, List.of());
                    }
                    // live: no violation yet; wait for more events, then look again
                    long size = timeline.eventCount();
                    lastSeen = size - 1;
                    timeline.await(size, 100);
                    continue;
                }
                k = v;
            }
            if (!timeline.await(k, 100)) {
                if (timeline.complete() && k >= timeline.eventCount()) {
                    return stopAt(timeline.eventCount() - 1, work, Reason.END, List.of());
                }
                continue; // live: still waiting (check for suspend)
            }
            TraceEvent e = timeline.event(k, scratch);
            if (work != null) {
                bps.before(e, work);
                work.apply(e, ViolationSink.IGNORE);
            }
            List<Hit> hits = bps.isEmpty() ? List.of() : bps.hits(e, work, timeline.violations(k));
            if (!hits.isEmpty()) {
                return stopAt(k, work, Reason.BREAKPOINT, hits);
            }
            if (target != null && target.test(e)) {
                return stopAt(k, work, targetReason, hits);
            }
            if (k == limit) {
                return stopAt(k, work, targetReason, hits);
            }
            lastSeen = k;
            k++;
        }
    }

    private Stop backward(Predicate<TraceEvent> target, Breakpoints bps, Reason targetReason, long limit)
            throws InterruptedException {
        if (pos < 0) {
            return stopAt(-1, null, Reason.START, List.of());
        }
        if (bps.needsState()) {
            return backwardWithState(target, bps, targetReason, limit);
        }
        boolean jumpViolations = target == null && bps.onlyViolations() && limit < 0;
        long k = pos - 1;
        while (k >= 0) {
            if (suspendRequested) {
                return stopAt(k + 1, null, Reason.SUSPENDED, List.of());
            }
            if (jumpViolations) {
                long v = timeline.previousViolation(k + 1);
                if (v < 0) {
                    break;
                }
                k = v;
            }
            TraceEvent e = timeline.event(k, scratch);
            List<Hit> hits = bps.isEmpty() ? List.of() : bps.hits(e, null, timeline.violations(k));
            if (!hits.isEmpty()) {
                return stopAt(k, null, Reason.BREAKPOINT, hits);
            }
            if ((target != null && target.test(e)) || k == limit) {
                return stopAt(k, null, targetReason, hits);
            }
            k--;
        }
        return stopAt(-1, null, limit == -1 ? targetReason : Reason.START, List.of());
    }

    /** Backward with watchpoints: replays chunks forward from checkpoints and keeps the last stop in each. */
    private Stop backwardWithState(Predicate<TraceEvent> target, Breakpoints bps, Reason targetReason, long limit)
            throws InterruptedException {
        long hi = pos - 1;
        while (hi >= 0) {
            if (suspendRequested) {
                return stopAt(hi + 1, null, Reason.SUSPENDED, List.of());
            }
            long lo = Math.max(0, hi - BACK_CHUNK + 1);
            Replay work = timeline.stateAfter(lo - 1);
            long found = -1;
            Reason why = null;
            List<Hit> foundHits = List.of();
            for (long k = lo; k <= hi; k++) {
                TraceEvent e = timeline.event(k, scratch);
                bps.before(e, work);
                work.apply(e, ViolationSink.IGNORE);
                List<Hit> hits = bps.hits(e, work, timeline.violations(k));
                if (!hits.isEmpty()) {
                    found = k;
                    why = Reason.BREAKPOINT;
                    foundHits = hits;
                } else if ((target != null && target.test(e)) || k == limit) {
                    found = k;
                    why = targetReason;
                    foundHits = List.of();
                }
            }
            if (found >= 0) {
                return stopAt(found, null, why, foundHits);
            }
            hi = lo - 1;
        }
        return stopAt(-1, null, limit == -1 ? targetReason : Reason.START, List.of());
    }

    /** Puts the cursor on {@code k}; {@code work} is the state after k when the scan kept it, else null. */
    private Stop stopAt(long k, Replay work, Reason reason, List<Hit> hits) {
        if (work != null) { // the scan advanced the state event by event up to k
            state = work;
            pos = k;
            if (k >= 0) {
                timeline.event(k, cur);
            }
        } else {
            moveTo(k);
        }
        return new Stop(reason, pos, hits);
    }

    private void moveTo(long k) {
        if (k == pos) {
            return;
        }
        if (k > pos && k - pos <= REPLAY_AHEAD) {
            for (long s = pos + 1; s <= k; s++) {
                state.apply(timeline.event(s, scratch), ViolationSink.IGNORE);
            }
        } else {
            state = timeline.stateAfter(k);
        }
        pos = k;
        if (k >= 0) {
            timeline.event(k, cur);
        }
    }
}

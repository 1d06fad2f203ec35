package io.ringside.debug;

import java.util.ArrayList;
import java.util.List;

import io.ringside.core.check.Violation;
import io.ringside.core.engine.DeviceModel;
import io.ringside.core.engine.Replay;
import io.ringside.core.engine.WatchField;
import io.ringside.core.trace.TraceEvent;

/**
 * Evaluates a set of {@link BreakSpec}s event by event. For watchpoints, {@link #before} reads the
 * watched fields from the state before the event is applied and {@link #hits} compares with the state
 * after it. Not thread-safe: one instance per scan.
 */
public final class Breakpoints {

    private final List<BreakSpec> specs;
    private final long[] old;
    private final boolean needsState;

    public Breakpoints(List<? extends BreakSpec> specs) {
        this.specs = List.copyOf(specs);
        this.old = new long[specs.size()];
        boolean n = false;
        for (BreakSpec s : specs) {
            n |= s.needsState();
        }
        this.needsState = n;
    }

    public static Breakpoints none() {
        return new Breakpoints(List.of());
    }

    public List<BreakSpec> specs() {
        return specs;
    }

    public boolean isEmpty() {
        return specs.isEmpty();
    }

    /** Whether any spec is a watchpoint (the scan must then keep the replay state event by event). */
    public boolean needsState() {
        return needsState;
    }

    /** Whether every spec is a violation breakpoint (the scan can jump from violation to violation). */
    public boolean onlyViolations() {
        if (specs.isEmpty()) {
            return false;
        }
        for (BreakSpec s : specs) {
            if (!(s instanceof BreakSpec.OnViolation)) {
                return false;
            }
        }
        return true;
    }

    /** Call with the state before {@code e} is applied (only needed when {@link #needsState()}). */
    public void before(TraceEvent e, Replay state) {
        for (int i = 0; i < specs.size(); i++) {
            if (specs.get(i) instanceof BreakSpec.OnWatch w && (w.lane() == null || w.lane().contains(e))) {
                old[i] = read(field(state, e, w), state, e);
            }
        }
    }

    /**
     * The specs that hit at event {@code e}, given the violations it caused and (for watchpoints) the
     * state after it; an empty list when none.
     */
    public List<Hit> hits(TraceEvent e, Replay after, List<Violation> violations) {
        List<Hit> hits = null;
        for (int i = 0; i < specs.size(); i++) {
            BreakSpec s = specs.get(i);
            String msg = null;
            if (s instanceof BreakSpec.OnViolation v) {
                for (Violation x : violations) {
                    if (v.matches(x)) {
                        msg = x.toString();
                        break;
                    }
                }
            } else if (s instanceof BreakSpec.OnEvent ev) {
                if (ev.matches(e)) {
                    msg = e.toString();
                }
            } else if (s instanceof BreakSpec.OnId id) {
                if (id.matches(e)) {
                    msg = e.toString();
                }
            } else if (s instanceof BreakSpec.OnWatch w) {
                msg = watch(w, old[i], e, after);
            }
            if (msg != null) {
                if (hits == null) {
                    hits = new ArrayList<>(2);
                }
                hits.add(new Hit(s, e.seq(), msg));
            }
        }
        return hits == null ? List.of() : hits;
    }

    /** The watched field as the model of the event's device defines it, or null (no such field there). */
    private static WatchField field(Replay state, TraceEvent e, BreakSpec.OnWatch w) {
        DeviceModel m = state.model(e.device());
        return m == null ? null : m.watchField(w.field());
    }

    private static long read(WatchField f, Replay state, TraceEvent e) {
        return f == null ? WatchField.UNKNOWN : f.read(state.engine(e.device()), e.queue());
    }

    private static String watch(BreakSpec.OnWatch w, long old, TraceEvent e, Replay after) {
        if (after == null || (w.lane() != null && !w.lane().contains(e)) || e.device() < 0 || e.queue() < 0) {
            return null;
        }
        WatchField f = field(after, e, w);
        if (f == null) {
            return null;
        }
        QueueLane lane = QueueLane.of(e);
        long value = f.written(e);
        boolean written = value != WatchField.UNKNOWN;
        if (!written) {
            value = read(f, after, e);
        }
        if (value == WatchField.UNKNOWN) {
            return null;
        }
        boolean changed = old != value;
        if (!written && !changed) {
            return null;
        }
        long oldValue = old == WatchField.UNKNOWN ? 0 : old;
        long delta = f.delta(oldValue, value, after.engine(e.device()), e.queue());
        if (w.condition() != null && !w.condition().test(value, oldValue, delta)) {
            return null;
        }
        return f.id() + (old == WatchField.UNKNOWN ? " = " + value : " " + oldValue + " -> " + value)
                + " (delta " + delta + ") at " + lane + (written ? " written by " + e.type().id() : "");
    }
}

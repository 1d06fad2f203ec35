package io.ringside.debug.core.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.debug.core.DebugException;
import org.eclipse.debug.core.model.IRegisterGroup;
import org.eclipse.debug.core.model.IStackFrame;
import org.eclipse.debug.core.model.IThread;
import org.eclipse.debug.core.model.IVariable;

import io.ringside.core.check.Violation;
import io.ringside.core.state.StateNode;
import io.ringside.core.trace.TraceEvent;
import io.ringside.debug.core.internal.model.Snapshot;

/**
 * A frame of a queue's stack. The top frame is the queue's event at the cursor (its fields, the
 * violations it caused and the queue's ring state after it); the frame below is the request that event
 * belongs to (a buffer or command: its events so far).
 */
public final class RingsideStackFrame extends RingsideDebugElement implements IStackFrame {

    private final RingsideThread thread;
    private final TraceEvent event;
    private final int depth;
    private final List<TraceEvent> history;
    private final String name;
    private IVariable[] variables;
    private Snapshot variablesOf;

    /** The event frame (depth 0) of a queue; {@code event} null: the queue had no event yet. */
    RingsideStackFrame(RingsideThread thread, TraceEvent event) {
        super(thread.getDebugTarget());
        this.thread = thread;
        this.event = event;
        this.depth = 0;
        this.history = null;
        this.name = event == null ? "(no event of this queue yet)" : event.toString();
    }

    /** The request frame: events of one request, oldest first. */
    RingsideStackFrame(RingsideThread thread, TraceEvent event, String request, List<TraceEvent> history) {
        super(thread.getDebugTarget());
        this.thread = thread;
        this.event = event;
        this.depth = 1;
        this.history = history;
        this.name = request + (history.isEmpty() ? "" : ", since #" + history.get(0).seq());
    }

    public TraceEvent event() {
        return event;
    }

    public int depth() {
        return depth;
    }

    /**
     * The event this frame shows in the trace editor: the event at the cursor for the top frame, the first
     * event of the request for the request frame (where a caller's frame would show the call); -1 when the
     * queue had no event yet.
     */
    public long shownEvent() {
        if (depth == 1 && !history.isEmpty()) {
            return history.get(0).seq();
        }
        return event == null ? -1 : event.seq();
    }

    @Override
    public IThread getThread() {
        return thread;
    }

    @Override
    public synchronized IVariable[] getVariables() throws DebugException {
        // a frame equal to this one may stay the views' element across stops (same queue, same event) while
        // the device's state moved on: the variables follow the latest stop
        Snapshot s = getRingsideTarget().snapshot();
        if (variables == null || variablesOf != s) {
            variables = build();
            variablesOf = s;
        }
        return variables;
    }

    private IVariable[] build() {
        RingsideDebugTarget t = getRingsideTarget();
        Snapshot s = t.snapshot();
        List<IVariable> l = new ArrayList<>();
        if (s == null) {
            return new IVariable[0];
        }
        if (depth == 1) {
            for (TraceEvent e : history) {
                l.add(new RingsideVariable(t, "#" + e.seq(), "request/" + e.seq(), StateNode.text(e.toString())));
            }
            return l.toArray(new IVariable[0]);
        }
        if (event != null) {
            l.add(new RingsideVariable(t, "event", "event", eventTree(event)));
            List<Violation> vs = event.seq() == s.position ? s.violations : t.timeline().violations(event.seq());
            if (!vs.isEmpty()) {
                Map<String, String> byRule = new LinkedHashMap<>(); // one line per rule: the last of its violations
                for (Violation v : vs) {
                    byRule.put(v.ruleId(), v.section() + ": " + v.message());
                }
                StateNode m = StateNode.group();
                byRule.forEach(m::put);
                l.add(new RingsideVariable(t, "violations", "violations", m));
            }
        }
        StateNode q = s.queueTree(thread.lane().device(), thread.lane().queue());
        if (q != null) {
            String base = Snapshot.queuePath(thread.lane().device(), thread.lane().queue());
            for (StateNode c : q.shown()) {
                if (!c.name().equals("queue")) {
                    l.add(new RingsideVariable(t, c.name(), base + "/" + c.name(), c));
                }
            }
        }
        StateNode dev = s.devices.get(thread.lane().device());
        if (dev != null) {
            l.add(new RingsideVariable(t, "device d" + thread.lane().device(), "d" + thread.lane().device(),
                    dev.without("queues")));
        }
        return l.toArray(new IVariable[0]);
    }

    static StateNode eventTree(TraceEvent e) {
        StateNode m = StateNode.group();
        m.put("seq", e.seq());
        m.put("kind", e.type().id());
        m.put("time", e.time());
        String[] f = e.type().fields();
        for (int i = 0; i < f.length; i++) {
            if (e.has(i)) {
                m.put(f[i], e.get(i));
            }
        }
        if (e.note() != null) {
            m.put("note", e.note());
        }
        return m;
    }

    @Override
    public boolean hasVariables() {
        return true;
    }

    @Override
    public int getLineNumber() {
        return event == null ? -1 : (int) Math.min(Integer.MAX_VALUE, event.seq() + 1);
    }

    @Override
    public int getCharStart() {
        return -1;
    }

    @Override
    public int getCharEnd() {
        return -1;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public IRegisterGroup[] getRegisterGroups() {
        return new IRegisterGroup[0];
    }

    @Override
    public boolean hasRegisterGroups() {
        return false;
    }

    // run control is the thread's

    @Override
    public boolean canStepInto() {
        return thread.canStepInto();
    }

    @Override
    public boolean canStepOver() {
        return thread.canStepOver();
    }

    @Override
    public boolean canStepReturn() {
        return thread.canStepReturn();
    }

    @Override
    public boolean isStepping() {
        return thread.isStepping();
    }

    @Override
    public void stepInto() throws DebugException {
        thread.stepInto();
    }

    @Override
    public void stepOver() throws DebugException {
        thread.stepOver();
    }

    @Override
    public void stepReturn() throws DebugException {
        thread.stepReturn();
    }

    @Override
    public boolean canResume() {
        return thread.canResume();
    }

    @Override
    public boolean canSuspend() {
        return thread.canSuspend();
    }

    @Override
    public boolean isSuspended() {
        return thread.isSuspended();
    }

    @Override
    public void resume() throws DebugException {
        thread.resume();
    }

    @Override
    public void suspend() throws DebugException {
        thread.suspend();
    }

    @Override
    public boolean canTerminate() {
        return thread.canTerminate();
    }

    @Override
    public boolean isTerminated() {
        return thread.isTerminated();
    }

    @Override
    public void terminate() throws DebugException {
        thread.terminate();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RingsideStackFrame f && f.thread == thread && f.depth == depth
                && (f.event == null ? event == null : event != null && f.event.seq() == event.seq());
    }

    @Override
    public int hashCode() {
        return thread.hashCode() * 31 + depth * 7 + (event == null ? 0 : Long.hashCode(event.seq()));
    }
}

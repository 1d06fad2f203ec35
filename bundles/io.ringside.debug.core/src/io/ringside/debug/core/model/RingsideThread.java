package io.ringside.debug.core.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.eclipse.debug.core.DebugException;
import org.eclipse.debug.core.model.IBreakpoint;
import org.eclipse.debug.core.model.IStackFrame;
import org.eclipse.debug.core.model.IThread;

import io.ringside.core.trace.TraceEvent;
import io.ringside.debug.QueueLane;
import io.ringside.debug.Requests;
import io.ringside.debug.Session;
import io.ringside.debug.core.internal.model.Snapshot;

/**
 * A queue of the trace (an NVMe queue pair is one): its stack is the queue's latest event at the cursor
 * and the request that event works on. Stepping here steps this queue (step over = its next event); all
 * queues suspend and resume together, as the trace has one cursor.
 */
public final class RingsideThread extends RingsideDebugElement implements IThread {

    /** How far back a queue's latest event and a request's history are looked for. */
    static final int LOOK_BACK = 200_000;

    private final QueueLane lane;
    private final String name;
    private Snapshot framesOf;
    private IStackFrame[] frames;

    RingsideThread(RingsideDebugTarget target, QueueLane lane, String name) {
        super(target);
        this.lane = lane;
        this.name = name;
    }

    public QueueLane lane() {
        return lane;
    }

    @Override
    public synchronized IStackFrame[] getStackFrames() throws DebugException {
        RingsideDebugTarget t = getRingsideTarget();
        Snapshot s = t.snapshot();
        if (!isSuspended() || s == null) {
            return new IStackFrame[0];
        }
        if (framesOf != s) {
            frames = buildFrames(t, s);
            framesOf = s;
        }
        return frames;
    }

    private IStackFrame[] buildFrames(RingsideDebugTarget t, Snapshot s) {
        TraceEvent top = null;
        TraceEvent e = new TraceEvent();
        for (long k = s.position; k >= 0 && k > s.position - LOOK_BACK; k--) {
            if (lane.contains(t.timeline().event(k, e))) {
                top = e.copy();
                break;
            }
        }
        List<IStackFrame> l = new ArrayList<>();
        l.add(new RingsideStackFrame(this, top));
        long id = top == null ? -1 : Requests.idOf(top);
        if (id >= 0) {
            boolean command = Requests.isCommand(top);
            List<TraceEvent> history = new ArrayList<>();
            for (long k = top.seq(); k >= 0 && k > top.seq() - LOOK_BACK && history.size() < 64; k--) {
                t.timeline().event(k, e);
                if (lane.contains(e) && Requests.idOf(e) == id && Requests.isCommand(e) == command) {
                    history.add(e.copy());
                    if (Requests.starts(e)) {
                        break;
                    }
                }
            }
            Collections.reverse(history);
            String what = command ? "command cid " + id
                    : e.type() != null && top.type().slot("elemAddr") >= 0 ? "element 0x" + Long.toHexString(id)
                            : "buffer " + id;
            l.add(new RingsideStackFrame(this, top, what, history));
        }
        return l.toArray(new IStackFrame[0]);
    }

    @Override
    public boolean hasStackFrames() throws DebugException {
        return isSuspended();
    }

    @Override
    public int getPriority() {
        return 0;
    }

    @Override
    public IStackFrame getTopStackFrame() throws DebugException {
        IStackFrame[] f = getStackFrames();
        return f.length > 0 ? f[0] : null;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public IBreakpoint[] getBreakpoints() {
        RingsideDebugTarget t = getRingsideTarget();
        Snapshot s = t.snapshot();
        if (s == null || s.event == null || !lane.contains(s.event)) {
            return new IBreakpoint[0];
        }
        return t.hitBreakpoints();
    }

    // run control: stepping is per queue, the rest is the target's

    @Override
    public boolean canResume() {
        return getRingsideTarget().canResume();
    }

    @Override
    public boolean canSuspend() {
        return getRingsideTarget().canSuspend();
    }

    @Override
    public boolean isSuspended() {
        return getRingsideTarget().isSuspended();
    }

    @Override
    public void resume() throws DebugException {
        getRingsideTarget().resume();
    }

    @Override
    public void suspend() throws DebugException {
        getRingsideTarget().suspend();
    }

    @Override
    public boolean canStepInto() {
        return isSuspended();
    }

    @Override
    public boolean canStepOver() {
        return isSuspended();
    }

    @Override
    public boolean canStepReturn() {
        return isSuspended();
    }

    @Override
    public boolean isStepping() {
        return getRingsideTarget().isStepping();
    }

    @Override
    public void stepInto() throws DebugException {
        getRingsideTarget().step(Session.Step.INTO, Session.Direction.FORWARD, this);
    }

    @Override
    public void stepOver() throws DebugException {
        getRingsideTarget().step(Session.Step.OVER, Session.Direction.FORWARD, this);
    }

    @Override
    public void stepReturn() throws DebugException {
        getRingsideTarget().step(Session.Step.RETURN, Session.Direction.FORWARD, this);
    }

    @Override
    public boolean canTerminate() {
        return getRingsideTarget().canTerminate();
    }

    @Override
    public boolean isTerminated() {
        return getRingsideTarget().isTerminated();
    }

    @Override
    public void terminate() throws DebugException {
        getRingsideTarget().terminate();
    }

    @Override
    public String toString() {
        return name;
    }
}

package io.ringside.debug.core.model;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.eclipse.core.resources.IMarkerDelta;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.ILog;
import org.eclipse.debug.core.DebugEvent;
import org.eclipse.debug.core.DebugException;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.IBreakpointManager;
import org.eclipse.debug.core.IBreakpointManagerListener;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.model.IBreakpoint;
import org.eclipse.debug.core.model.IDebugTarget;
import org.eclipse.debug.core.model.IMemoryBlock;
import org.eclipse.debug.core.model.IMemoryBlockExtension;
import org.eclipse.debug.core.model.IMemoryBlockRetrievalExtension;
import org.eclipse.debug.core.model.IProcess;
import org.eclipse.debug.core.model.IThread;

import io.ringside.core.index.TraceIndex;
import io.ringside.core.memory.RingImage;
import io.ringside.core.trace.DeviceInfo;
import io.ringside.core.trace.QueueInfo;
import io.ringside.debug.Breakpoints;
import io.ringside.debug.Hit;
import io.ringside.debug.QueueLane;
import io.ringside.debug.Session;
import io.ringside.debug.core.CursorListener;
import io.ringside.debug.core.RingsideDebug;
import io.ringside.debug.core.internal.model.Snapshot;

/**
 * A debug session over a trace or a live emulator run: one {@link Session} (the cursor), one thread per
 * queue. Every run-control request runs on the session's own thread, one at a time; the views read the
 * {@link Snapshot} taken at each suspend. The session's breakpoints are kept by {@link SessionBreakpoints},
 * its memory blocks by {@link SessionMemoryBlocks}.
 */
public final class RingsideDebugTarget extends RingsideDebugElement
        implements IDebugTarget, IBreakpointManagerListener, IMemoryBlockRetrievalExtension {

    private final ILaunch launch;
    private final String name;
    private final TraceIndex timeline;
    private final Session session;
    private final Path traceFile;
    private final IResource traceResource;
    private final Runnable onTerminate;
    private final List<RingsideThread> threads = new ArrayList<>();
    private final ExecutorService runner;

    private volatile boolean suspended;
    private volatile boolean stepping;
    private volatile boolean terminated;
    private volatile Snapshot snapshot;
    private volatile Snapshot previous;
    private volatile IBreakpoint[] hit = new IBreakpoint[0];
    private volatile RingImage ring;
    private volatile RingImage previousRing;
    private final SessionMemoryBlocks memoryBlocks = new SessionMemoryBlocks();
    private final SessionBreakpoints breakpointSpecs = new SessionBreakpoints();

    private final Map<Class<?>, Object> commands = Map.of(
            ReverseCommands.IReverseStepIntoHandler.class, new ReverseCommands.ReverseStepInto(),
            ReverseCommands.IReverseStepOverHandler.class, new ReverseCommands.ReverseStepOver(),
            ReverseCommands.IReverseStepReturnHandler.class, new ReverseCommands.ReverseStepReturn(),
            ReverseCommands.IReverseResumeHandler.class, new ReverseCommands.ReverseResume());

    /**
     * @param traceFile the trace file (its workspace resource, if any, holds the breakpoints); may be null
     * @param onTerminate stops whatever feeds the timeline (the emulator), or null
     */
    public RingsideDebugTarget(ILaunch launch, String name, TraceIndex timeline, Path traceFile, IResource traceResource,
            Runnable onTerminate) {
        super(null);
        this.launch = launch;
        this.name = name;
        this.timeline = timeline;
        this.session = new Session(timeline);
        this.traceFile = traceFile;
        this.traceResource = traceResource;
        this.onTerminate = onTerminate;
        this.runner = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "Ringside debugger: " + name);
            t.setDaemon(true);
            return t;
        });
        for (DeviceInfo d : timeline.header().devices()) {
            for (QueueInfo q : d.queues()) {
                threads.add(new RingsideThread(this, new QueueLane(d.id(), q.index()), threadName(d, q)));
            }
        }
    }

    private static String threadName(DeviceInfo d, QueueInfo q) {
        String kind = "nvme".equals(d.type()) ? (q.index() == 0 ? "admin SQ0/CQ0" : "SQ" + q.index() + "/CQ" + q.index())
                : q.layout() + ", size " + q.size();
        return "d" + d.id() + " q" + q.index() + " (" + d.type() + " " + kind + ")";
    }

    /** Starts the session: runs to the first breakpoint, or suspends before the first event. */
    public void start(boolean stopAtStart) {
        fireCreationEvent();
        for (RingsideThread t : threads) {
            t.fireCreationEvent();
        }
        IBreakpointManager bm = DebugPlugin.getDefault().getBreakpointManager();
        bm.addBreakpointListener(this);
        bm.addBreakpointManagerListener(this);
        if (stopAtStart) {
            run(DebugEvent.CLIENT_REQUEST, () -> session.seek(-1));
        } else {
            run(DebugEvent.CLIENT_REQUEST, () -> session.resume(Session.Direction.FORWARD, breakpoints()));
        }
    }

    public Session session() {
        return session;
    }

    public TraceIndex timeline() {
        return timeline;
    }

    public Path traceFile() {
        return traceFile;
    }

    public Snapshot snapshot() {
        return snapshot;
    }

    /** The event number at the cursor of the last suspend (-1: before the first event or not suspended yet). */
    public long position() {
        Snapshot s = snapshot;
        return s == null ? -1 : s.position;
    }

    /** Breakpoint hits of the last stop (violation text, watched value change). */
    public List<Hit> lastHits() {
        Snapshot s = snapshot;
        return s == null ? List.of() : s.hits;
    }

    IBreakpoint[] hitBreakpoints() {
        return hit;
    }

    boolean changed(String path) {
        Snapshot p = previous;
        Snapshot s = snapshot;
        return p != null && s != null && s.changedSince(p, path);
    }

    Object commandAdapter(Class<?> adapter) {
        return commands.get(adapter);
    }

    // ---------------------------------------------------------------- run control

    /** A move of the session; returns where it stopped. */
    @FunctionalInterface
    interface Move {
        Session.Stop run() throws InterruptedException;
    }

    private void run(int resumeDetail, Move move) {
        if (terminated) {
            return;
        }
        suspended = false;
        stepping = resumeDetail == DebugEvent.STEP_INTO || resumeDetail == DebugEvent.STEP_OVER
                || resumeDetail == DebugEvent.STEP_RETURN;
        fireAll(DebugEvent.RESUME, resumeDetail, null);
        runner.submit(() -> {
            Session.Stop stop = null;
            try {
                stop = move.run();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                ILog.of(getClass()).error("Ringside debugger failed at event " + session.position(), e);
            }
            if (!terminated) {
                suspendedAt(stop);
            }
        });
    }

    private void suspendedAt(Session.Stop stop) {
        Snapshot s = new Snapshot(session, stop);
        RingImage rm = session.state().ringImage();
        previousRing = ring;
        ring = rm;
        previous = snapshot;
        snapshot = s;
        hit = breakpointSpecs.hitBy(stop);
        stepping = false;
        suspended = true;
        int detail = stop == null ? DebugEvent.UNSPECIFIED : switch (stop.reason()) {
        case STEP -> DebugEvent.STEP_END;
        case BREAKPOINT -> DebugEvent.BREAKPOINT;
        default -> DebugEvent.CLIENT_REQUEST;
        };
        RingsideThread main = s.event == null ? null : thread(new QueueLane(s.event.device(), s.event.queue()));
        fireAll(DebugEvent.SUSPEND, detail, main);
        memoryBlocks.fireChanges(previousRing, rm);
        CursorListener.fire(traceFile, s.position);
    }


    /** The enabled Ringside breakpoints that apply to this trace, as specs for the session. */
    Breakpoints breakpoints() {
        return breakpointSpecs.collect(this::supportsBreakpoint);
    }

    private void fireAll(int kind, int detail, RingsideThread main) {
        List<DebugEvent> events = new ArrayList<>();
        if (main != null) {
            events.add(new DebugEvent(main, kind, detail));
        }
        for (RingsideThread t : threads) {
            if (t != main) {
                events.add(new DebugEvent(t, kind, main == null ? detail : DebugEvent.CLIENT_REQUEST));
            }
        }
        events.add(new DebugEvent(this, kind, detail));
        DebugPlugin.getDefault().fireDebugEventSet(events.toArray(new DebugEvent[0]));
    }

    RingsideThread thread(QueueLane lane) {
        for (RingsideThread t : threads) {
            if (t.lane().equals(lane)) {
                return t;
            }
        }
        return null;
    }

    boolean isStepping() {
        return stepping;
    }

    public void step(Session.Step kind, Session.Direction dir, RingsideThread thread) throws DebugException {
        if (!isSuspended()) {
            return;
        }
        int detail = kind == Session.Step.INTO ? DebugEvent.STEP_INTO
                : kind == Session.Step.OVER ? DebugEvent.STEP_OVER : DebugEvent.STEP_RETURN;
        QueueLane lane = thread == null ? null : thread.lane();
        run(detail, () -> session.step(kind, dir, lane, breakpoints()));
    }

    boolean canReverse() {
        return isSuspended() && session.position() >= 0;
    }

    void reverse(ReverseCommands.Kind kind, RingsideThread thread) throws DebugException {
        switch (kind) {
        case STEP_INTO -> step(Session.Step.INTO, Session.Direction.BACKWARD, thread);
        case STEP_OVER -> step(Session.Step.OVER, Session.Direction.BACKWARD, thread);
        case STEP_RETURN -> step(Session.Step.RETURN, Session.Direction.BACKWARD, thread);
        case RESUME -> {
            if (isSuspended()) {
                run(DebugEvent.CLIENT_REQUEST, () -> session.resume(Session.Direction.BACKWARD, breakpoints()));
            }
        }
        }
    }

    /** Public entry points of reverse execution (tests, key bindings). */
    public void reverseStepInto(RingsideThread t) throws DebugException {
        reverse(ReverseCommands.Kind.STEP_INTO, t);
    }

    public void reverseStepOver(RingsideThread t) throws DebugException {
        reverse(ReverseCommands.Kind.STEP_OVER, t);
    }

    public void reverseStepReturn(RingsideThread t) throws DebugException {
        reverse(ReverseCommands.Kind.STEP_RETURN, t);
    }

    public void reverseResume() throws DebugException {
        reverse(ReverseCommands.Kind.RESUME, null);
    }

    /** Runs to an event number, forwards or backwards, stopping at breakpoints on the way. */
    public void runToEvent(long seq) {
        if (isSuspended()) {
            run(DebugEvent.CLIENT_REQUEST, () -> session.runTo(seq, breakpoints()));
        }
    }

    @Override
    public boolean canResume() {
        return isSuspended();
    }

    @Override
    public boolean canSuspend() {
        return !terminated && !suspended;
    }

    @Override
    public boolean isSuspended() {
        return !terminated && suspended;
    }

    @Override
    public void resume() throws DebugException {
        if (isSuspended()) {
            run(DebugEvent.CLIENT_REQUEST, () -> session.resume(Session.Direction.FORWARD, breakpoints()));
        }
    }

    @Override
    public void suspend() throws DebugException {
        session.suspend();
    }

    @Override
    public boolean canTerminate() {
        return !terminated;
    }

    @Override
    public boolean isTerminated() {
        return terminated;
    }

    @Override
    public void terminate() throws DebugException {
        if (terminated) {
            return;
        }
        terminated = true;
        session.suspend();
        try {
            timeline.close();
        } catch (java.io.IOException e) {
            ILog.of(getClass()).warn("Ringside debugger: closing " + name + ": " + e.getMessage());
        }
        if (onTerminate != null) {
            onTerminate.run();
        }
        runner.shutdownNow();
        IBreakpointManager bm = DebugPlugin.getDefault().getBreakpointManager();
        bm.removeBreakpointListener(this);
        bm.removeBreakpointManagerListener(this);
        for (RingsideThread t : threads) {
            t.fireTerminateEvent();
        }
        fireTerminateEvent();
    }

    // ---------------------------------------------------------------- IDebugTarget

    @Override
    public IDebugTarget getDebugTarget() {
        return this;
    }

    @Override
    public RingsideDebugTarget getRingsideTarget() {
        return this;
    }

    @Override
    public ILaunch getLaunch() {
        return launch;
    }

    @Override
    public IProcess getProcess() {
        return null;
    }

    @Override
    public IThread[] getThreads() {
        return terminated ? new IThread[0] : threads.toArray(new IThread[0]);
    }

    @Override
    public boolean hasThreads() {
        return !terminated && !threads.isEmpty();
    }

    @Override
    public String getName() {
        Snapshot s = snapshot;
        String where = s == null ? (timeline.complete() ? "" : " (loading)")
                : " at event " + s.position + " of " + timeline.eventCount() + (timeline.complete() ? "" : "+");
        return name + where;
    }

    @Override
    public boolean supportsBreakpoint(IBreakpoint b) {
        if (terminated || !RingsideDebug.MODEL_ID.equals(b.getModelIdentifier()) || b.getMarker() == null) {
            return false;
        }
        IResource r = b.getMarker().getResource();
        return r.getType() == IResource.ROOT || r.equals(traceResource)
                || (traceResource == null && r.equals(ResourcesPlugin.getWorkspace().getRoot()));
    }

    @Override
    public void breakpointAdded(IBreakpoint breakpoint) {
        // breakpoints are read at the start of every move
    }

    @Override
    public void breakpointRemoved(IBreakpoint breakpoint, IMarkerDelta delta) {
    }

    @Override
    public void breakpointChanged(IBreakpoint breakpoint, IMarkerDelta delta) {
    }

    @Override
    public void breakpointManagerEnablementChanged(boolean enabled) {
    }

    @Override
    public boolean canDisconnect() {
        return false;
    }

    @Override
    public void disconnect() throws DebugException {
    }

    @Override
    public boolean isDisconnected() {
        return false;
    }

    // ---------------------------------------------------------------- memory

    /** The ring memory rebuilt at the last suspend (null before the first). */
    public RingImage ringMemory() {
        return ring;
    }

    /** The ring memory of the suspend before the last (null if none): what {@code CHANGED} compares with. */
    RingImage previousRingMemory() {
        return previousRing;
    }

    /** The memory blocks made for this session and not disposed. */
    public List<IMemoryBlockExtension> memoryBlocks() {
        return memoryBlocks.list();
    }

    void removeMemoryBlock(RingsideMemoryBlock b) {
        memoryBlocks.remove(b);
    }

    @Override
    public boolean supportsStorageRetrieval() {
        return true;
    }

    @Override
    public IMemoryBlock getMemoryBlock(long startAddress, long length) throws DebugException {
        if (length <= 0) {
            throw error("a memory block needs a positive length, not " + length, null);
        }
        return memoryBlocks.add(new RingsideMemoryBlock(this, "0x" + Long.toHexString(startAddress), startAddress, length));
    }

    /** A block at an address or at a ring region by name: {@link SessionMemoryBlocks#at}. */
    @Override
    public IMemoryBlockExtension getExtendedMemoryBlock(String expression, Object context) throws DebugException {
        return memoryBlocks.at(this, expression, ring);
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        Object cmd = commands.get(adapter);
        if (cmd != null) {
            return adapter.cast(cmd);
        }
        return super.getAdapter(adapter);
    }
}

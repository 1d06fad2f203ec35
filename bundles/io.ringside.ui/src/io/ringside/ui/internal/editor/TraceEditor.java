package io.ringside.ui.internal.editor;

import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IURIEditorInput;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.contexts.IContextService;
import org.eclipse.ui.ide.IGotoMarker;
import org.eclipse.ui.part.FileEditorInput;
import org.eclipse.ui.part.MultiPageEditorPart;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.eclipse.ui.views.properties.IPropertySheetPage;

import io.ringside.core.check.Violation;
import io.ringside.core.index.TraceCursor;
import io.ringside.core.index.TraceIndex;
import io.ringside.core.trace.TraceEvent;
import io.ringside.core.trace.TraceLevel;
import io.ringside.model.bridge.ModelBridge;
import io.ringside.model.trace.Queue;
import io.ringside.model.trace.Trace;
import io.ringside.ui.RingsideUI;
import io.ringside.ui.internal.EclipseProgress;
import io.ringside.ui.internal.emf.RingsidePropertySheetPage;
import io.ringside.ui.internal.prefs.RingsidePreferences;
import io.ringside.ui.trace.TimeFormat;
import io.ringside.ui.internal.qemu.QemuSettings;
import io.ringside.ui.trace.TraceSession;

/**
 * The Ringside trace editor: opens a .rstrace file or a QEMU trace log, indexes it in a job (the table
 * fills while it runs), and moves a cursor through it. The state at the cursor is an EMF model
 * ({@link #model()}) kept up to date in place by a {@link ModelBridge}; the Rings view, the Outline and
 * Properties show it. Pages: Events (table, navigation, search, filter) and Statistics.
 */
public final class TraceEditor extends MultiPageEditorPart implements IGotoMarker {

    public static final String ID = "io.ringside.ui.editors.trace";
    public static final String CONTEXT_ID = "io.ringside.ui.traceEditorContext";
    /** Marker attribute holding the event number of a violation. */
    public static final String EVENT_ATTR = "io.ringside.event";

    private Path path;
    private IFile file;
    private TraceSession session;
    private TraceCursor cursor;
    private ModelBridge bridge;
    private EventsPage events;
    private StatsPage stats;
    private Job indexJob;
    private volatile boolean disposed;
    /** The index the cursor runs on (the session's, unless a damaged cache made it start over). */
    private TraceIndex cursorIndex;
    /** Indexing and statistics have been taken in. */
    private volatile boolean ready;
    /** Selected queue for "step within queue" (device, queue), or null: the cursor event's queue. */
    private int[] selectedQueue;
    private final List<Runnable> cursorListeners = new CopyOnWriteArrayList<>();
    private final List<Runnable> indexListeners = new CopyOnWriteArrayList<>();
    private TraceOutlinePage outline;
    /** Wall-clock nanoseconds of the last cursor move, model update and redraw (performance notes). */
    private long lastStepNanos;
    private long switchNanos;

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        if (input instanceof IFileEditorInput fi) {
            file = fi.getFile();
            if (file.getLocation() == null) {
                throw new PartInitException("The trace " + file.getFullPath() + " is not in the local file system");
            }
            path = file.getLocation().toFile().toPath();
        } else if (input instanceof IURIEditorInput ui && "file".equals(ui.getURI().getScheme())) {
            path = Paths.get(ui.getURI());
            // markers need a workspace resource: link the trace into the "External traces" project
            IFile linked = ExternalTraces.link(path);
            if (linked != null) {
                file = linked;
                input = new FileEditorInput(linked);
            }
        } else {
            throw new PartInitException("Ringside opens trace files only, not " + input.getName());
        }
        try {
            QemuSettings.Opened o = QemuSettings.open(path, file); // a QEMU log's remembered device settings
            session = o.session();
            if (o.problem() != null) {
                site.getShell().getDisplay().asyncExec(() -> org.eclipse.jface.dialogs.MessageDialog
                        .openWarning(site.getShell(), "QEMU Device Settings", o.problem()));
            }
        } catch (IOException | RuntimeException e) {
            throw new PartInitException("Cannot open " + path + ": " + e.getMessage(), e);
        }
        super.init(site, input);
        setPartName(input.getName());
        bridge = new ModelBridge(session.header(), input.getName(), path.toString(), session.format().name());
        cursorIndex = session.index();
        cursor = cursorIndex.cursor();
        bridge.update(cursor.state(), null);
    }

    @Override
    protected void createPages() {
        events = new EventsPage(getContainer(), this);
        setPageText(addPage(events.control()), "Events");
        stats = new StatsPage(getContainer(), this);
        setPageText(addPage(stats.control()), "Statistics");
        getSite().getService(IContextService.class).activateContext(CONTEXT_ID);
        startIndexing();
    }

    /**
     * One job builds or loads the core index (two threads: it parses on a second core) and then samples the
     * statistics. The index publishes its events a block at a time: the table grows and the cursor steps
     * through what is published while it runs. When it has ended, the violations and markers come from it.
     */
    private void startIndexing() {
        Display d = getSite().getShell().getDisplay();
        indexJob = new Job("Indexing " + path.getFileName()) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                session.index(new EclipseProgress(monitor, () -> disposed));
                if (!disposed && !d.isDisposed()) {
                    d.asyncExec(TraceEditor.this::poll);
                }
                return session.error() != null && monitor.isCanceled() ? Status.CANCEL_STATUS : Status.OK_STATUS;
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == RingsideUI.INDEX_JOB_FAMILY;
            }
        };
        indexJob.setPriority(Job.LONG);
        indexJob.schedule();
        d.timerExec(150, this::poll);
    }

    /** Follows the index job: the table grows with the index; when it has ended, everything is taken in. */
    private void poll() {
        if (disposed || ready) {
            return;
        }
        if (session.index() != cursorIndex) {
            followIndex();
        }
        if (session.isComplete()) {
            ready = true;
            indexed();
        } else {
            events.refreshCount();
            getSite().getShell().getDisplay().timerExec(150, this::poll);
        }
    }

    /** The session's index was replaced (a damaged cache rebuilt): the cursor moves onto it at the same event. */
    private void followIndex() {
        long t0 = System.nanoTime();
        long p = cursor.position();
        TraceCursor old = cursor;
        cursorIndex = session.index();
        cursor = cursorIndex.cursor();
        old.close();
        seek(p);
        switchNanos = System.nanoTime() - t0;
    }

    /** UI-thread nanoseconds spent moving onto a replaced index (performance notes; 0 when none was). */
    public long switchNanos() {
        return switchNanos;
    }

    /** Indexing finished (or failed): counts, violations, markers, statistics. */
    private void indexed() {
        bridge.setEventCount(session.eventCount());
        List<Violation> vs = session.violations();
        bridge.setViolations(vs, session.violationCount());
        events.indexed();
        events.showCursor();
        if (file != null) {
            ViolationMarkers.schedule(file, vs, session.violationCount());
        }
        stats.refresh();
        indexListeners.forEach(Runnable::run);
    }

    /** Whether the editor has taken in everything indexing produced (tests wait for it). */
    public boolean isReady() {
        return ready;
    }

    // ------------------------------------------------------------------ cursor

    public TraceSession session() {
        return session;
    }

    public Trace model() {
        return bridge.trace();
    }

    public long position() {
        return cursor.position();
    }

    public TraceEvent cursorEvent() {
        return cursor.event();
    }

    /** Moves the cursor to the state after event {@code n} and updates the model in place. */
    public void seek(long n) {
        long t0 = System.nanoTime();
        long before = cursor.position();
        long target = Math.max(TraceCursor.START, Math.min(n, cursor.eventCount() - 1)); // what is published
        if (target != before) {
            cursor.seek(target);
            bridge.update(cursor.state(), cursor.event());
            events.showCursor();
            cursorListeners.forEach(Runnable::run);
        }
        lastStepNanos = System.nanoTime() - t0;
    }

    public void step(int delta) {
        seek(cursor.position() + delta);
    }

    /** Steps to the next (+1) or previous (-1) event of the selected queue (or the cursor event's queue). */
    public boolean stepInQueue(int direction) {
        int[] q = queueForStepping();
        if (q == null) {
            step(direction);
            return true;
        }
        long n = session.nextInQueue(cursor.position(), q[0], q[1], direction);
        if (n < 0) {
            return false;
        }
        seek(n);
        return true;
    }

    private int[] queueForStepping() {
        if (selectedQueue != null) {
            return selectedQueue;
        }
        TraceEvent e = cursor.event();
        return e == null || e.queue() < 0 ? null : new int[] { e.device(), e.queue() };
    }

    public boolean nextViolation(int direction) {
        long n = session.nextViolation(cursor.position(), direction);
        if (n < 0) {
            return false;
        }
        seek(n);
        return true;
    }

    /** Selects the queue "step within queue" follows (from the outline or the ring view). */
    public void selectQueue(Queue q) {
        if (q != null && q.eContainer() instanceof io.ringside.model.trace.Device d) {
            selectedQueue = new int[] { d.getId(), q.getIndex() };
        }
    }

    /** The queue "step within queue" follows: {device, queue} or null. */
    public int[] selectedQueue() {
        return queueForStepping();
    }

    /**
     * Goes to an event number ({@code 1234}, {@code #1234}) or a time ({@code 1.5ms}, {@code 300us},
     * {@code 12000ns}, {@code 2s}: from the trace's first event, or on the trace's own clock when the time
     * preference shows that); returns false when the text is neither.
     */
    public boolean goTo(String text) {
        String s = text.strip().replace(",", "").replace("_", "");
        try {
            if (s.startsWith("#")) {
                seek(Long.parseLong(s.substring(1)));
                return true;
            }
            if (s.matches("\\d+")) {
                seek(Long.parseLong(s));
                return true;
            }
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?:t=)?([0-9.]+)\\s*(ns|us|µs|ms|s)").matcher(s);
            if (m.matches()) {
                double v = Double.parseDouble(m.group(1));
                double mult = switch (m.group(2)) {
                    case "ns" -> 1;
                    case "us", "µs" -> 1e3;
                    case "ms" -> 1e6;
                    default -> 1e9;
                };
                long t = (long) (v * mult);
                // as the table shows times: from the trace's start, unless the trace's own clock is shown
                if (RingsidePreferences.timeMode() != TimeFormat.Mode.ABSOLUTE) {
                    t += startTime();
                }
                seek(session.atTime(t));
                return true;
            }
        } catch (NumberFormatException e) {
            return false;
        }
        return false;
    }

    /**
     * How this trace's times are written in a form: relative times count from its first event; a trace
     * at operation level (QEMU logs, their import) has microsecond times, others nanoseconds.
     */
    public TimeFormat timeFormat(TimeFormat.Mode mode) {
        int decimals = session.header().level() == TraceLevel.OPERATION ? 6 : 9;
        return new TimeFormat(mode, startTime(), decimals);
    }

    /** The time of the first event (0 while none has been read). */
    public long startTime() {
        if (startTime == null && session.eventCount() > 0) {
            startTime = session.event(0).time();
        }
        return startTime == null ? 0 : startTime;
    }

    private Long startTime;

    public void addCursorListener(Runnable r) {
        cursorListeners.add(r);
    }

    public void removeCursorListener(Runnable r) {
        cursorListeners.remove(r);
    }

    public void addIndexListener(Runnable r) {
        indexListeners.add(r);
    }

    public void removeIndexListener(Runnable r) {
        indexListeners.remove(r);
    }

    public EventsPage eventsPage() {
        return events;
    }

    public StatsPage statsPage() {
        return stats;
    }

    public long lastStepNanos() {
        return lastStepNanos;
    }

    public Job indexJob() {
        return indexJob;
    }

    public void showStatistics() {
        setActivePage(1);
    }

    public void showEvents() {
        setActivePage(0);
    }

    // ------------------------------------------------------------------ workbench

    @Override
    public void gotoMarker(IMarker marker) {
        long ev = marker.getAttribute(EVENT_ATTR, -1);
        if (ev >= 0) {
            setActivePage(0);
            seek(ev);
        }
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        if (adapter == IGotoMarker.class) {
            return adapter.cast(this);
        }
        if (adapter == IContentOutlinePage.class) {
            if (outline == null) {
                outline = new TraceOutlinePage(this);
            }
            return adapter.cast(outline);
        }
        if (adapter == IPropertySheetPage.class) {
            return adapter.cast(new RingsidePropertySheetPage());
        }
        return super.getAdapter(adapter);
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
    }

    @Override
    public void doSaveAs() {
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }

    @Override
    public boolean isDirty() {
        return false;
    }

    @Override
    public void dispose() {
        disposed = true;
        if (indexJob != null) {
            indexJob.cancel();
        }
        super.dispose();
        cursor.close();
        session.close();
    }

    static List<Long> eventsOf(List<Violation> vs) {
        List<Long> out = new ArrayList<>();
        for (Violation v : vs) {
            out.add(v.event());
        }
        return out;
    }

    void log(String message, CoreException e) {
        org.eclipse.core.runtime.ILog.of(TraceEditor.class).log(Status.error(message, e));
    }
}

package io.ringside.ui.internal.timeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;

import io.ringside.core.engine.Extensions;
import io.ringside.core.index.TraceIndex;
import io.ringside.ui.internal.editor.TraceEditor;
import io.ringside.ui.trace.TraceSession;
import io.ringside.ui.trace.timeline.InFlightSeries;
import io.ringside.ui.trace.timeline.TimelineBuilder;

/**
 * The requests of the trace of one editor (its timeline and its request analysis), built once by a job
 * after the editor's index is ready and shared by the Timeline view and the editor's Statistics page.
 * UI thread only.
 */
public final class TraceRequests {

    /** Job family of the builds (tests wait for it). */
    public static final Object JOB_FAMILY = new Object();

    private static final Map<TraceEditor, TraceRequests> ALL = new WeakHashMap<>();

    private final TraceEditor editor;
    private final List<Runnable> listeners = new ArrayList<>();
    private TimelineBuilder.Result result;
    private String error;
    private Job job;

    private TraceRequests(TraceEditor editor) {
        this.editor = editor;
    }

    /** The requests of an editor's trace (not built until {@link #start}). */
    public static TraceRequests of(TraceEditor editor) {
        return ALL.computeIfAbsent(editor, TraceRequests::new);
    }

    /** What was built, or null. */
    public TimelineBuilder.Result result() {
        return result;
    }

    /** Why nothing could be built, or null. */
    public String error() {
        return error;
    }

    public boolean isDone() {
        return result != null || error != null;
    }

    /** Runs when the build ends (at once when it has). */
    public void addListener(Runnable r) {
        listeners.add(r);
    }

    public void removeListener(Runnable r) {
        listeners.remove(r);
    }

    /** Starts the build if the editor's index is ready and it has not started. */
    public void start() {
        if (job != null || isDone() || !editor.isReady()) {
            return;
        }
        TraceSession s = editor.session();
        if (s.error() != null) {
            done(null, s.error());
            return;
        }
        Display display = Display.getCurrent();
        long n = s.eventCount();
        long window = n == 0 ? 0 : InFlightSeries.windowFor(s.event(n - 1).time() - s.event(0).time());
        job = new Job("Requests of " + editor.getPartName()) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                TimelineBuilder.Result r = null;
                String err = null;
                try (TraceIndex.EventReader ev = s.openEvents(0)) {
                    r = TimelineBuilder.build(s.header(), Extensions.deviceModels(), ev::next, window, s.violations(),
                            monitor::isCanceled);
                } catch (java.io.IOException | RuntimeException e) {
                    err = String.valueOf(e.getMessage());
                }
                if (r == null && err == null) {
                    return Status.CANCEL_STATUS;
                }
                TimelineBuilder.Result res = r;
                String msg = err;
                display.asyncExec(() -> TraceRequests.this.done(res, msg));
                return Status.OK_STATUS;
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == JOB_FAMILY;
            }
        };
        job.setPriority(Job.LONG);
        job.schedule();
    }

    private void done(TimelineBuilder.Result r, String err) {
        result = r;
        error = err;
        for (Runnable l : List.copyOf(listeners)) {
            l.run();
        }
    }
}

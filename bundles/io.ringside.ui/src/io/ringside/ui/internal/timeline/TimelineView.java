package io.ringside.ui.internal.timeline;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.util.IPropertyChangeListener;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.part.ViewPart;

import io.ringside.core.trace.TraceEvent;
import io.ringside.ui.internal.editor.TraceEditor;
import io.ringside.ui.internal.prefs.RingsidePreferences;
import io.ringside.ui.trace.Formats;
import io.ringside.ui.trace.TraceSession;
import io.ringside.ui.trace.timeline.Lane;
import io.ringside.ui.trace.timeline.Timeline;
import io.ringside.ui.trace.timeline.TimelineBuilder;

/**
 * The Timeline view: the requests of the active trace editor's trace on a time axis ({@link TimeGraph}),
 * built in a job once the editor's index is ready. Its time cursor follows the editor's cursor (stepping
 * in the editor or the debugger moves it); clicking a bar or marker moves the editor's cursor to its
 * event, clicking elsewhere to the first event at that time.
 */
public final class TimelineView extends ViewPart {

    public static final String ID = "io.ringside.ui.views.timeline";

    private TimeGraph graph;
    private TraceEditor editor;
    private Job job;
    /** Timelines built, by editor (a switch back to an editor shows its timeline at once). */
    private final java.util.Map<TraceEditor, Timeline> built = new java.util.WeakHashMap<>();

    private final Runnable cursorMoved = this::followCursor;
    private final Runnable indexed = () -> {
        TraceEditor ed = editor;
        if (ed != null) {
            build(ed);
        }
    };
    private final IPropertyChangeListener prefs = ev -> {
        if (RingsidePreferences.TIME_DISPLAY.equals(ev.getProperty()) && graph != null && !graph.isDisposed()) {
            graph.getDisplay().asyncExec(this::updateTimeFormat);
        }
    };

    private final IPartListener2 partListener = new IPartListener2() {
        @Override
        public void partActivated(IWorkbenchPartReference ref) {
            if (ref.getPart(false) instanceof TraceEditor ed) {
                show(ed);
            }
        }

        @Override
        public void partClosed(IWorkbenchPartReference ref) {
            if (ref.getPart(false) == editor) {
                IEditorPart next = getSite().getPage().getActiveEditor();
                show(next instanceof TraceEditor ed && next != editor ? ed : null);
            }
        }
    };

    @Override
    public void createPartControl(Composite parent) {
        graph = new TimeGraph(parent);
        graph.addGraphListener(new TimeGraph.Listener() {
            @Override
            public void request(Lane lane, int i) {
                seek(lane.startEvent(i));
            }

            @Override
            public void marker(Lane lane, int i) {
                seek(lane.markerEvent(i));
            }

            @Override
            public void time(long t) {
                if (editor != null) {
                    seek(editor.session().atTime(t));
                }
            }
        });
        IToolBarManager tb = getViewSite().getActionBars().getToolBarManager();
        tb.add(action("Zoom In", "Zoom in around the middle (+, mouse wheel)", () -> graph.zoom(0.5, mid())));
        tb.add(action("Zoom Out", "Zoom out around the middle (-, mouse wheel)", () -> graph.zoom(2, mid())));
        tb.add(action("Zoom to Fit", "The whole trace (Home)", graph::zoomToFit));
        RingsidePreferences.addListener(prefs);
        getSite().getPage().addPartListener(partListener);
        IEditorPart active = getSite().getPage().getActiveEditor();
        show(active instanceof TraceEditor ed ? ed : null);
    }

    private int mid() {
        return TimeGraph.NAME_W + graph.plotWidth() / 2;
    }

    private static Action action(String text, String tip, Runnable r) {
        Action a = new Action(text) {
            @Override
            public void run() {
                r.run();
            }
        };
        a.setToolTipText(tip);
        return a;
    }

    private void seek(long event) {
        if (editor != null && event >= 0) {
            editor.seek(event);
        }
    }

    /** Shows the timeline of an editor (null: none), building it when its index is ready. */
    void show(TraceEditor ed) {
        if (ed == editor) {
            return;
        }
        if (editor != null) {
            editor.removeCursorListener(cursorMoved);
            editor.removeIndexListener(indexed);
        }
        if (job != null) {
            job.cancel();
            job = null;
        }
        editor = ed;
        if (ed == null) {
            graph.setTimeline(null, "No trace open: open a trace (or a QEMU log) to see its requests on a timeline.");
            return;
        }
        ed.addCursorListener(cursorMoved);
        ed.addIndexListener(indexed);
        updateTimeFormat();
        Timeline tl = built.get(ed);
        if (tl != null) {
            graph.setTimeline(tl, null);
            followCursor();
        } else if (ed.isReady()) {
            build(ed);
        } else {
            graph.setTimeline(null, "Indexing " + ed.getPartName() + "…");
        }
    }

    private void build(TraceEditor ed) {
        if (built.containsKey(ed) || job != null) {
            return;
        }
        TraceSession s = ed.session();
        if (s.error() != null) {
            graph.setTimeline(null, "No timeline: " + s.error());
            return;
        }
        graph.setTimeline(null, "Building the timeline of " + ed.getPartName() + "…");
        Job j = new Job("Timeline of " + ed.getPartName()) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                Timeline tl;
                try (TraceSession.Events ev = s.openEvents(0)) {
                    tl = TimelineBuilder.build(s.header(), Formats.models().models(), ev::next, s.violations(),
                            monitor::isCanceled);
                } catch (java.io.IOException | RuntimeException e) {
                    String msg = "No timeline: " + e.getMessage();
                    graph.getDisplay().asyncExec(() -> {
                        if (!graph.isDisposed() && editor == ed) {
                            job = null;
                            graph.setTimeline(null, msg);
                        }
                    });
                    return Status.OK_STATUS;
                }
                if (tl == null) {
                    return Status.CANCEL_STATUS;
                }
                graph.getDisplay().asyncExec(() -> {
                    if (graph.isDisposed() || editor != ed) {
                        return;
                    }
                    job = null;
                    built.put(ed, tl);
                    graph.setTimeline(tl, null);
                    followCursor();
                });
                return Status.OK_STATUS;
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == TimelineView.class;
            }
        };
        j.setPriority(Job.LONG);
        job = j;
        j.schedule();
    }

    private void updateTimeFormat() {
        if (editor != null && !graph.isDisposed()) {
            graph.setTimeFormat(editor.timeFormat(RingsidePreferences.timeMode()));
        }
    }

    /** The time cursor goes to the editor's cursor event (before the first event: none). */
    private void followCursor() {
        if (editor == null || graph.isDisposed() || graph.timeline() == null) {
            return;
        }
        TraceEvent e = editor.cursorEvent();
        graph.setCursor(editor.position() < 0 || e == null ? -1 : Math.max(graph.timeline().start(), e.time()));
    }

    /** The graph (tests). */
    public TimeGraph graph() {
        return graph;
    }

    /** The editor shown (tests). */
    public TraceEditor editor() {
        return editor;
    }

    @Override
    public void setFocus() {
        graph.setFocus();
    }

    @Override
    public void dispose() {
        if (editor != null) {
            editor.removeCursorListener(cursorMoved);
            editor.removeIndexListener(indexed);
        }
        if (job != null) {
            job.cancel();
        }
        RingsidePreferences.removeListener(prefs);
        getSite().getPage().removePartListener(partListener);
        super.dispose();
    }
}

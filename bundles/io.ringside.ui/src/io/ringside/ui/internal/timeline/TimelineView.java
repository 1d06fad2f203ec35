package io.ringside.ui.internal.timeline;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.util.IPropertyChangeListener;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.part.ViewPart;

import io.ringside.core.trace.TraceEvent;
import io.ringside.ui.internal.editor.TraceEditor;
import io.ringside.ui.internal.editor.TraceEditorFollower;
import io.ringside.ui.internal.prefs.RingsidePreferences;
import io.ringside.ui.trace.timeline.Lane;

/**
 * The Timeline view: the requests of the active trace editor's trace on a time axis ({@link TimeGraph}),
 * built once the editor's index is ready ({@link TraceRequests}). Its time cursor follows the editor's cursor (stepping
 * in the editor or the debugger moves it); clicking a bar or marker moves the editor's cursor to its
 * event, clicking elsewhere to the first event at that time.
 */
public final class TimelineView extends ViewPart {

    public static final String ID = "io.ringside.ui.views.timeline";

    private TimeGraph graph;
    private TraceEditor editor;
    private final Runnable built = () -> {
        if (editor != null && !graph.isDisposed()) {
            build(editor);
        }
    };

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

    private TraceEditorFollower follower;

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
        follower = TraceEditorFollower.follow(getSite().getPage(), () -> editor, this::show);
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
            TraceRequests.of(editor).removeListener(built);
        }
        editor = ed;
        if (ed == null) {
            graph.setTimeline(null, "No trace open: open a trace (or a QEMU log) to see its requests on a timeline.");
            return;
        }
        ed.addCursorListener(cursorMoved);
        ed.addIndexListener(indexed);
        TraceRequests.of(ed).addListener(built);
        build(ed);
    }

    /** Shows what the editor's requests have become: built, building, or why there are none. */
    private void build(TraceEditor ed) {
        TraceRequests r = TraceRequests.of(ed);
        r.start();
        if (r.result() != null) {
            if (graph.timeline() != r.result().timeline()) {
                // taken here, not when the view starts following the editor: the trace's start (what
                // "s from start" counts from) is known once its events are
                updateTimeFormat();
                graph.setTimeline(r.result().timeline(), null);
            }
            followCursor();
        } else if (r.error() != null) {
            graph.setTimeline(null, "No timeline: " + r.error());
        } else {
            graph.setTimeline(null, (ed.isReady() ? "Building the timeline of " : "Indexing ") + ed.getPartName() + "…");
        }
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
        if (editor != null) {
            TraceRequests.of(editor).removeListener(built);
        }
        RingsidePreferences.removeListener(prefs);
        if (follower != null) {
            follower.dispose();
        }
        super.dispose();
    }
}

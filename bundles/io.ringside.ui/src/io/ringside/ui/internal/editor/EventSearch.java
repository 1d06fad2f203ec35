package io.ringside.ui.internal.editor;

import java.util.Locale;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Control;

import io.ringside.core.index.TraceIndex;
import io.ringside.core.trace.TraceEvent;
import io.ringside.ui.RingsideUI;
import io.ringside.ui.trace.TraceSession;

/**
 * The Events page's Find: a job that reads the events from the cursor on (or back from it) for the next
 * (previous) one whose kind or fields contain a text, then moves the cursor there or says it found none.
 */
final class EventSearch extends Job {

    private final TraceEditor editor;
    private final Control page;
    private final Consumer<String> say;
    private final String text;
    private final int direction;
    private final String needle;
    private final long from;
    private final TraceSession session;
    private final long size;

    /**
     * A search for {@code text} in {@code direction} (1 forwards, -1 backwards) from the editor's cursor, as
     * the events are now; {@code say} shows that none was found while {@code page} is not disposed.
     */
    EventSearch(TraceEditor editor, Control page, Consumer<String> say, String text, int direction) {
        super("Finding '" + text + "'");
        this.editor = editor;
        this.page = page;
        this.say = say;
        this.text = text;
        this.direction = direction;
        needle = text.toLowerCase(Locale.ROOT);
        from = editor.position();
        session = editor.session();
        size = session.eventCount();
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        TraceEvent e = new TraceEvent();
        long found = -1;
        monitor.beginTask(getName(), 100);
        int lastPct = 0;
        try {
            if (direction > 0) {
                try (TraceIndex.EventReader r = session.openEvents(Math.min(size, from + 1))) {
                    for (long i = r.nextSeq(); i < size && r.next(e); i++) {
                        if (matches(e, needle)) {
                            found = i;
                            break;
                        }
                        if ((i & 0xfff) == 0) {
                            if (monitor.isCanceled()) {
                                return Status.CANCEL_STATUS;
                            }
                            int pct = (int) (100 * Math.abs(i - from) / Math.max(1, size));
                            monitor.worked(pct - lastPct);
                            lastPct = pct;
                        }
                    }
                }
            } else {
                // backwards: block by block, the last match in each
                int block = 1024;
                for (long end = from; end > 0 && found < 0; end -= block) {
                    long start = Math.max(0, end - block);
                    try (TraceIndex.EventReader r = session.openEvents(start)) {
                        for (long i = start; i < end && r.next(e); i++) {
                            if (matches(e, needle)) {
                                found = i;
                            }
                        }
                    }
                    if (monitor.isCanceled()) {
                        return Status.CANCEL_STATUS;
                    }
                }
            }
        } catch (java.io.IOException | RuntimeException ex) {
            return Status.error("Finding '" + text + "' failed: " + ex.getMessage(), ex);
        }
        long hit = found;
        if (!page.isDisposed()) {
            page.getDisplay().asyncExec(() -> {
                if (page.isDisposed()) {
                    return;
                }
                if (hit >= 0) {
                    editor.seek(hit);
                } else {
                    say.accept("'" + text + "' not found " + (direction > 0 ? "after" : "before") + " the cursor");
                }
            });
        }
        return Status.OK_STATUS;
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == RingsideUI.INDEX_JOB_FAMILY;
    }

    private static boolean matches(TraceEvent e, String needle) {
        return e.type().id().contains(needle) || EventRows.fields(e).toLowerCase(Locale.ROOT).contains(needle);
    }
}

package io.ringside.ui.internal.editor;

import java.util.Locale;

import org.eclipse.jface.dialogs.IInputValidator;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;

import io.ringside.ui.RingsideUI;

/**
 * The bar above the Events table: the navigation buttons (step, step in queue, next violation, go to,
 * Timeline), the Find and Filter fields, and the status line (where the cursor is, how many events and
 * violations, what the filter shows).
 */
final class EventsToolbar {

    private final TraceEditor editor;
    private final Composite bar;
    private final Text filter;
    private final Label status;

    /** The bar, in {@code parent}'s grid; Enter in Find and Filter calls the page's find and filter. */
    EventsToolbar(Composite parent, TraceEditor editor, EventsPage page) {
        this.editor = editor;
        bar = new Composite(parent, SWT.NONE);
        GridLayout bl = new GridLayout(6, false);
        bl.marginWidth = 0;
        bl.marginHeight = 0;
        bar.setLayout(bl);
        bar.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        ToolBar tb = new ToolBar(bar, SWT.FLAT | SWT.RIGHT);
        tb.setData(RingsideUI.TEST_ID, "events.toolbar");
        item(tb, "◀ Step", "Step back one event (Shift+F6)", "step.back", () -> editor.step(-1));
        item(tb, "Step ▶", "Step forward one event (F6)", "step.forward", () -> editor.step(1));
        item(tb, "◀ Queue", "Previous event of the selected queue (Shift+F7)", "queue.back", () -> editor.stepInQueue(-1));
        item(tb, "Queue ▶", "Next event of the selected queue (F7)", "queue.forward", () -> editor.stepInQueue(1));
        item(tb, "◀ Violation", "Previous violation (Ctrl+,)", "violation.back", () -> editor.nextViolation(-1));
        item(tb, "Violation ▶", "Next violation (Ctrl+.)", "violation.forward", () -> editor.nextViolation(1));
        item(tb, "Go to…", "Go to an event number or a time (Ctrl+L)", "goto", this::askGoTo);
        item(tb, "Timeline", "Show the requests of this trace on a timeline (the Timeline view)", "timeline", this::showTimeline);

        new Label(bar, SWT.NONE).setText("Find:");
        Text search = new Text(bar, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        search.setMessage("text in a row, Enter finds the next");
        search.setData(RingsideUI.TEST_ID, "events.search");
        search.setLayoutData(new GridData(180, SWT.DEFAULT));
        search.addListener(SWT.DefaultSelection, ev -> page.find(search.getText(), 1));
        new Label(bar, SWT.NONE).setText("Filter:");
        filter = new Text(bar, SWT.SEARCH | SWT.ICON_CANCEL);
        filter.setMessage("kind, dN, qN (all must match)");
        filter.setData(RingsideUI.TEST_ID, "events.filter");
        filter.setLayoutData(new GridData(180, SWT.DEFAULT));
        filter.addListener(SWT.DefaultSelection, ev -> page.applyFilter(filter.getText()));
        status = new Label(bar, SWT.NONE);
        status.setData(RingsideUI.TEST_ID, "events.status");
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
    }

    private void item(ToolBar tb, String text, String tip, String id, Runnable action) {
        ToolItem it = new ToolItem(tb, SWT.PUSH);
        it.setText(text);
        it.setToolTipText(tip);
        it.setData(RingsideUI.TEST_ID, "events." + id);
        it.addListener(SWT.Selection, e -> action.run());
    }

    private void showTimeline() {
        try {
            editor.getSite().getPage().showView(RingsideUI.TIMELINE_VIEW_ID);
        } catch (org.eclipse.ui.PartInitException e) {
            org.eclipse.core.runtime.ILog.of(EventsPage.class).log(e.getStatus());
        }
    }

    /** Asks for an event number or a time and moves the cursor there. */
    void askGoTo() {
        IInputValidator v = s -> s.isBlank() || s.strip().matches("#?[0-9,_]+|(t=)?[0-9.]+\\s*(ns|us|µs|ms|s)") ? null
                : "an event number (1234) or a time with a unit (1.5ms, 300us, 12000ns)";
        InputDialog d = new InputDialog(bar.getShell(), "Go to event or time",
                "Event number (from 0) or time (ns, us, ms, s):", Long.toString(Math.max(0, editor.position())), v);
        if (d.open() == Window.OK && !d.getValue().isBlank()) {
            editor.goTo(d.getValue());
        }
    }

    /** The filter's text. */
    String filterText() {
        return filter.getText();
    }

    /** Writes the status line again; {@code filtered} is the number of rows a filter shows, -1 without one. */
    void updateStatus(long filtered) {
        if (status.isDisposed()) {
            return;
        }
        long n = editor.session().eventCount();
        long pos = editor.position();
        StringBuilder sb = new StringBuilder();
        sb.append(pos < 0 ? "before the first event" : String.format(Locale.ROOT, "event %,d", pos));
        sb.append(String.format(Locale.ROOT, " of %,d", n));
        if (!editor.session().isIndexed() && editor.session().error() == null) {
            sb.append(" read so far (indexing…)");
        } else {
            sb.append(String.format(Locale.ROOT, " · %,d violation(s)", editor.session().violationCount()));
            if (editor.session().error() != null) {
                sb.append(" · stopped: ").append(editor.session().error());
            }
        }
        if (filtered >= 0) {
            sb.append(String.format(Locale.ROOT, " · filter shows %,d", filtered));
        }
        status.setText(sb.toString());
        status.getParent().layout(new Control[] { status });
    }

    /** Shows a message in the status line until it is written again. */
    void say(String message) {
        status.setText(message);
    }

    String statusText() {
        return status.getText();
    }
}

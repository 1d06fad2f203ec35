package io.ringside.ui.internal.editor;

import java.util.Arrays;
import java.util.Locale;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.IInputValidator;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;

import io.ringside.core.trace.EventType;
import io.ringside.core.trace.TraceEvent;
import io.ringside.ui.RingsideUI;
import io.ringside.core.index.EventReader;
import io.ringside.ui.trace.TraceSession;

/**
 * The Events page: navigation toolbar, search and filter fields, and a virtual table of every event
 * (rows are formatted when they become visible, so millions of rows cost nothing up front). The row of
 * the cursor is selected; rows with a violation are tinted.
 */
public final class EventsPage {

    private final TraceEditor editor;
    private final Composite root;
    private final Table table;
    private final Text search;
    private final Text filter;
    private final Label status;
    private final TraceEvent scratch = new TraceEvent();
    /** Events shown when a filter is active (row -> event), or null for all events. */
    private long[] rows;
    private final Color violationColor;
    private boolean settingSelection;

    EventsPage(Composite parent, TraceEditor editor) {
        this.editor = editor;
        root = new Composite(parent, SWT.NONE);
        root.setLayout(new GridLayout(1, false));
        violationColor = new Color(255, 228, 225);

        Composite bar = new Composite(root, SWT.NONE);
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

        new Label(bar, SWT.NONE).setText("Find:");
        search = new Text(bar, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        search.setMessage("text in a row, Enter finds the next");
        search.setData(RingsideUI.TEST_ID, "events.search");
        search.setLayoutData(new GridData(180, SWT.DEFAULT));
        search.addListener(SWT.DefaultSelection, ev -> find(search.getText(), 1));
        new Label(bar, SWT.NONE).setText("Filter:");
        filter = new Text(bar, SWT.SEARCH | SWT.ICON_CANCEL);
        filter.setMessage("kind, dN, qN (all must match)");
        filter.setData(RingsideUI.TEST_ID, "events.filter");
        filter.setLayoutData(new GridData(180, SWT.DEFAULT));
        filter.addListener(SWT.DefaultSelection, ev -> applyFilter(filter.getText()));
        status = new Label(bar, SWT.NONE);
        status.setData(RingsideUI.TEST_ID, "events.status");
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));

        table = new Table(root, SWT.VIRTUAL | SWT.FULL_SELECTION | SWT.SINGLE | SWT.BORDER);
        table.setData(RingsideUI.TEST_ID, "events.table");
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        column("#", 70, SWT.RIGHT);
        column("Time (ns)", 110, SWT.RIGHT);
        column("Device", 60, SWT.LEFT);
        column("Queue", 55, SWT.LEFT);
        column("Event", 130, SWT.LEFT);
        column("Fields", 520, SWT.LEFT);
        table.addListener(SWT.SetData, ev -> fill((TableItem) ev.item, ev.index));
        table.addListener(SWT.Selection, ev -> {
            if (settingSelection) {
                return;
            }
            int r = table.getSelectionIndex();
            long event = r >= 0 ? eventOfRow(r) : -1;
            if (event >= 0) {
                editor.seek(event);
            }
        });
        root.addDisposeListener(e -> violationColor.dispose());
        updateStatus();
    }

    private void item(ToolBar tb, String text, String tip, String id, Runnable action) {
        ToolItem it = new ToolItem(tb, SWT.PUSH);
        it.setText(text);
        it.setToolTipText(tip);
        it.setData(RingsideUI.TEST_ID, "events." + id);
        it.addListener(SWT.Selection, e -> action.run());
    }

    private void column(String name, int width, int align) {
        TableColumn c = new TableColumn(table, align);
        c.setText(name);
        c.setWidth(width);
    }

    Control control() {
        return root;
    }

    public Table table() {
        return table;
    }

    /** The event shown in row {@code r}, or -1 (a row GTK asks for while the table shrinks). */
    private long eventOfRow(int r) {
        return rows == null ? r : r < rows.length ? rows[r] : -1;
    }

    private int rowOfEvent(long ev) {
        if (rows == null) {
            return ev < table.getItemCount() ? (int) ev : -1;
        }
        int i = Arrays.binarySearch(rows, ev);
        return i >= 0 ? i : -1;
    }

    private void fill(TableItem item, int row) {
        TraceSession session = editor.session();
        long ev = eventOfRow(row);
        if (ev < 0 || ev >= session.eventCount()) {
            return;
        }
        session.event(ev, scratch);
        item.setText(new String[] { Long.toString(ev), String.format(Locale.ROOT, "%,d", scratch.time()),
                scratch.device() < 0 ? "" : "d" + scratch.device(), scratch.queue() < 0 ? "" : "q" + scratch.queue(),
                scratch.type().id(), fields(scratch) });
        if (session.hasViolation(ev)) {
            item.setBackground(violationColor);
        }
    }

    /** The fields of an event as {@code name=value} pairs (addresses in hex), then its note. */
    static String fields(TraceEvent e) {
        StringBuilder sb = new StringBuilder();
        String[] names = e.type().fields();
        for (int i = 0; i < names.length; i++) {
            if (e.has(i)) {
                if (!sb.isEmpty()) {
                    sb.append("  ");
                }
                sb.append(names[i]).append('=');
                long v = e.get(i);
                if (TraceEvent.isAddressField(names[i])) {
                    sb.append("0x").append(Long.toHexString(v));
                } else {
                    sb.append(v);
                }
            }
        }
        if (e.note() != null) {
            sb.append(sb.isEmpty() ? "" : "  ").append('"').append(e.note()).append('"');
        }
        return sb.toString();
    }

    /** The text of a row as the table shows it (search, tests). */
    public String rowText(long ev) {
        editor.session().event(ev, scratch);
        return ev + " " + scratch.time() + " d" + scratch.device() + " q" + scratch.queue() + " " + scratch.type().id()
                + " " + fields(scratch);
    }

    /**
     * Makes the table as long as the events known. GTK's virtual table still appends one row to its
     * list store per item (seconds for a million rows on a 2-core machine), so the table grows in steps between which the event loop runs: each step is sized
     * to take about {@link #GROW_BUDGET_NANOS}, and the UI answers the user while the table grows.
     */
    void refreshCount() {
        if (rows == null && !growing) {
            grow();
        }
        updateStatus();
    }

    private static final long GROW_BUDGET_NANOS = 100_000_000;
    private boolean growing;
    private int growStep = 65_536;
    private long growNanosMax;
    private long growNanosTotal;

    private void grow() {
        if (table.isDisposed() || rows != null) {
            growing = false;
            return;
        }
        int count = (int) Math.min(editor.session().eventCount(), Integer.MAX_VALUE);
        int now = table.getItemCount();
        if (now == count) {
            growing = false;
            updateStatus();
            return;
        }
        int next = count < now || count - now <= growStep ? count : now + growStep;
        long t0 = System.nanoTime();
        table.setItemCount(next);
        long dt = System.nanoTime() - t0;
        growNanosMax = Math.max(growNanosMax, dt);
        growNanosTotal += dt;
        if (dt < GROW_BUDGET_NANOS / 2 && growStep < 1 << 20) {
            growStep *= 2;
        } else if (dt > GROW_BUDGET_NANOS * 2 && growStep > 1024) {
            growStep /= 2;
        }
        if (next != count) {
            growing = true;
            table.getDisplay().asyncExec(this::grow);
        } else {
            growing = false;
            updateStatus();
        }
    }

    /** Longest single step and total UI-thread time spent growing the table (performance notes). */
    public long[] growNanos() {
        return new long[] { growNanosMax, growNanosTotal };
    }

    /** The index is ready: every row is re-read from it (counts, violation tints). */
    void indexed() {
        if (rows != null) {
            applyFilter(filter.getText());
        } else {
            refreshCount();
            table.clearAll();
        }
        updateStatus();
    }

    void showCursor() {
        long ev = editor.position();
        int r = ev < 0 ? -1 : rowOfEvent(ev);
        settingSelection = true;
        try {
            if (r < 0) {
                table.deselectAll();
            } else {
                table.setSelection(r);
                table.showSelection();
            }
        } finally {
            settingSelection = false;
        }
        updateStatus();
    }

    private void updateStatus() {
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
        if (rows != null) {
            sb.append(String.format(Locale.ROOT, " · filter shows %,d", rows.length));
        } else if (table.getItemCount() < n) {
            sb.append(String.format(Locale.ROOT, " · listing rows (%,d so far)", table.getItemCount()));
        }
        status.setText(sb.toString());
        status.getParent().layout(new Control[] { status });
    }

    public String statusText() {
        return status.getText();
    }

    private void askGoTo() {
        IInputValidator v = s -> s.isBlank() || s.strip().matches("#?[0-9,_]+|(t=)?[0-9.]+\\s*(ns|us|µs|ms|s)") ? null
                : "an event number (1234) or a time with a unit (1.5ms, 300us, 12000ns)";
        InputDialog d = new InputDialog(root.getShell(), "Go to event or time",
                "Event number (from 0) or time (ns, us, ms, s):", Long.toString(Math.max(0, editor.position())), v);
        if (d.open() == Window.OK && !d.getValue().isBlank()) {
            editor.goTo(d.getValue());
        }
    }

    void goToDialog() {
        askGoTo();
    }

    /** Finds the next (or previous) row containing {@code text}, from the cursor; in a job for large traces. */
    public void find(String text, int direction) {
        if (text == null || text.isBlank()) {
            return;
        }
        String needle = text.toLowerCase(Locale.ROOT);
        long from = editor.position();
        TraceSession session = editor.session();
        long size = session.eventCount();
        Job job = new Job("Finding '" + text + "'") {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                TraceEvent e = new TraceEvent();
                long found = -1;
                monitor.beginTask(getName(), 100);
                int lastPct = 0;
                try {
                    if (direction > 0) {
                        try (EventReader r = session.openEvents(Math.min(size, from + 1))) {
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
                            try (EventReader r = session.openEvents(start)) {
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
                if (!root.isDisposed()) {
                    root.getDisplay().asyncExec(() -> {
                        if (root.isDisposed()) {
                            return;
                        }
                        if (hit >= 0) {
                            editor.seek(hit);
                        } else {
                            status.setText("'" + text + "' not found " + (direction > 0 ? "after" : "before") + " the cursor");
                        }
                    });
                }
                return Status.OK_STATUS;
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == RingsideUI.INDEX_JOB_FAMILY;
            }
        };
        job.schedule();
    }

    private static boolean matches(TraceEvent e, String needle) {
        return e.type().id().contains(needle) || fields(e).toLowerCase(Locale.ROOT).contains(needle);
    }

    /**
     * Shows only the events matching every token of {@code text}: {@code dN} (device), {@code qN} (queue)
     * or part of the event kind. Empty text shows all events.
     */
    public void applyFilter(String text) {
        String[] tokens = text == null ? new String[0] : text.strip().toLowerCase(Locale.ROOT).split("\\s+");
        if (text == null || text.isBlank()) {
            rows = null;
            table.clearAll();
            refreshCount();
            showCursor();
            return;
        }
        int dev = -2;
        int q = -2;
        java.util.List<String> kinds = new java.util.ArrayList<>();
        for (String t : tokens) {
            if (t.matches("d\\d+")) {
                dev = Integer.parseInt(t.substring(1));
            } else if (t.matches("q\\d+")) {
                q = Integer.parseInt(t.substring(1));
            } else {
                kinds.add(t);
            }
        }
        // match kinds once per event type, then scan the events (binary event cache: ~10 M events/s)
        java.util.Map<EventType, Boolean> okTypes = new java.util.HashMap<>();
        TraceSession session = editor.session();
        long size = session.eventCount();
        long[] out = new long[1024];
        int n = 0;
        TraceEvent e = new TraceEvent();
        try (EventReader r = session.openEvents(0)) {
            for (long i = 0; i < size && r.next(e); i++) {
                if ((dev != -2 && e.device() != dev) || (q != -2 && e.queue() != q)) {
                    continue;
                }
                Boolean ok = okTypes.get(e.type());
                if (ok == null) {
                    ok = true;
                    for (String k : kinds) {
                        ok &= e.type().id().contains(k);
                    }
                    okTypes.put(e.type(), ok);
                }
                if (ok) {
                    if (n == out.length) {
                        out = Arrays.copyOf(out, n * 2);
                    }
                    out[n++] = i;
                }
            }
        } catch (java.io.IOException | RuntimeException ex) {
            status.setText("filter failed: " + ex.getMessage());
            return;
        }
        rows = Arrays.copyOf(out, n);
        table.setItemCount(n);
        table.clearAll();
        showCursor();
    }
}

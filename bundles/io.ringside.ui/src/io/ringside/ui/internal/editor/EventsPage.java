package io.ringside.ui.internal.editor;

import java.util.Arrays;
import java.util.Locale;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.IInputValidator;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.util.IPropertyChangeListener;
import org.eclipse.jface.window.DefaultToolTip;
import org.eclipse.jface.window.ToolTip;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Slider;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;

import io.ringside.core.index.TraceIndex;
import io.ringside.core.trace.EventType;
import io.ringside.core.trace.TraceEvent;
import io.ringside.ui.RingsideUI;
import io.ringside.ui.internal.prefs.RingsidePreferences;
import io.ringside.ui.trace.TimeFormat;
import io.ringside.ui.trace.TraceSession;

/**
 * The Events page: navigation toolbar, search and filter fields, and a table of every event. The SWT
 * table only ever holds the rows on screen, filled when shown, and a slider beside it scrolls over all
 * rows (mouse wheel and keys move it too): GTK's table appends one list-store row per item, seconds of
 * UI time for a million events, so a table with one item per event would freeze the editor. The row
 * of the cursor is selected; rows with a violation are tinted.
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
    private final Slider slider;
    /** Row shown first on screen. */
    private long top;

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
        item(tb, "Timeline", "Show the requests of this trace on a timeline (the Timeline view)", "timeline", this::showTimeline);

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

        Composite area = new Composite(root, SWT.NONE);
        GridLayout al = new GridLayout(2, false);
        al.marginWidth = 0;
        al.marginHeight = 0;
        al.horizontalSpacing = 0;
        area.setLayout(al);
        area.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        // only the rows on screen are table items; the slider scrolls over every row (see class comment)
        table = new Table(area, SWT.VIRTUAL | SWT.FULL_SELECTION | SWT.SINGLE | SWT.BORDER | SWT.NO_SCROLL);
        table.setData(RingsideUI.TEST_ID, "events.table");
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        slider = new Slider(area, SWT.VERTICAL);
        slider.setData(RingsideUI.TEST_ID, "events.slider");
        slider.setLayoutData(new GridData(SWT.FILL, SWT.FILL, false, true));
        slider.addListener(SWT.Selection, ev -> scrollTo(slider.getSelection()));
        table.addListener(SWT.Resize, ev -> {
            visRows = 0;
            refreshWindow();
        });
        table.addListener(SWT.MouseVerticalWheel, ev -> {
            ev.doit = false;
            scrollTo(top - ev.count);
        });
        table.addListener(SWT.KeyDown, this::key);
        column("#", 70, SWT.RIGHT);
        column("Time", 110, SWT.RIGHT);
        column("Device", 60, SWT.LEFT);
        column("Queue", 55, SWT.LEFT);
        column("Event", 130, SWT.LEFT);
        column("Fields", 520, SWT.LEFT);
        table.addListener(SWT.SetData, ev -> fill((TableItem) ev.item, top + ev.index));
        table.addListener(SWT.Selection, ev -> {
            if (settingSelection) {
                return;
            }
            int r = table.getSelectionIndex();
            long event = r >= 0 ? eventOfRow(top + r) : -1;
            if (event >= 0) {
                editor.seek(event);
            }
        });
        root.addDisposeListener(e -> {
            violationColor.dispose();
            RingsidePreferences.removeListener(prefListener);
        });
        new CutCellToolTip();
        RingsidePreferences.addListener(prefListener);
        updateStatus();
    }

    /** The time preference changed: every row's time is written again, the column retitled. */
    private final IPropertyChangeListener prefListener = this::preferenceChanged;

    private void preferenceChanged(org.eclipse.jface.util.PropertyChangeEvent ev) {
        if (RingsidePreferences.TIME_DISPLAY.equals(ev.getProperty()) && !table.isDisposed()) {
            table.getDisplay().asyncExec(this::timeDisplayChanged);
        }
    }

    private void timeDisplayChanged() {
        if (table.isDisposed()) {
            return;
        }
        rowCache.clear();
        timeFormat = null;
        fitted[1] = 0;
        refreshWindow();
    }

    /** How times are written: the preference's form, for this trace (its start, its resolution). */
    private TimeFormat times() {
        TimeFormat.Mode mode = RingsidePreferences.timeMode();
        if (timeFormat == null || timeFormat.mode() != mode) {
            timeFormat = editor.timeFormat(mode);
            table.getColumn(1).setText(timeFormat.columnTitle());
        }
        return timeFormat;
    }

    private TimeFormat timeFormat;

    /**
     * The tooltip of a cell whose text is cut (an event name, fields, a time wider than its column): the
     * whole text. Cells shown whole have none.
     */
    private final class CutCellToolTip extends DefaultToolTip {
        CutCellToolTip() {
            super(table, ToolTip.NO_RECREATE, false);
            setPopupDelay(300);
        }

        @Override
        protected boolean shouldCreateToolTip(org.eclipse.swt.widgets.Event ev) {
            return super.shouldCreateToolTip(ev) && cutText(ev.x, ev.y) != null;
        }

        @Override
        protected String getText(org.eclipse.swt.widgets.Event ev) {
            return cutText(ev.x, ev.y);
        }
    }

    /** The whole text of the cell at a point of the table when the cell shows it cut, else null. */
    public String cutText(int x, int y) {
        TableItem it = table.getItem(new Point(x, y));
        if (it == null) {
            return null;
        }
        for (int c = 0; c < table.getColumnCount(); c++) {
            Rectangle b = it.getBounds(c);
            if (b.contains(x, y)) {
                String text = it.getText(c);
                Rectangle client = table.getClientArea();
                int shown = Math.min(b.width, client.x + client.width - b.x); // the last column ends at the table's edge
                return isCut(text, shown) ? text : null;
            }
        }
        return null;
    }

    private boolean isCut(String text, int width) {
        GC gc = new GC(table);
        try {
            return gc.textExtent(text).x > width - CELL_PADDING;
        } finally {
            gc.dispose();
        }
    }

    /** Pixels of a cell that its text cannot use (GTK's margins). */
    private static final int CELL_PADDING = 12;

    private void showTimeline() {
        try {
            editor.getSite().getPage().showView(RingsideUI.TIMELINE_VIEW_ID);
        } catch (org.eclipse.ui.PartInitException e) {
            org.eclipse.core.runtime.ILog.of(EventsPage.class).log(e.getStatus());
        }
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

    /** The event of row {@code r} (all rows, or those the filter shows), or -1 past the last row. */
    private long eventOfRow(long r) {
        return r < 0 || r >= rowCount() ? -1 : rows == null ? r : rows[(int) r];
    }

    /** Rows to show: every event known, or the events the filter selected. */
    public long rowCount() {
        return rows == null ? editor.session().eventCount() : rows.length;
    }

    /** The row of the cursor, or -1 when the cursor's event is not shown. */
    public long selectedRow() {
        int i = table.getSelectionIndex();
        return i < 0 ? -1 : top + i;
    }

    /** The event kind shown in a row (tests). */
    public String kindOfRow(long r) {
        long ev = eventOfRow(r);
        return ev < 0 ? "" : editor.session().event(ev, scratch).type().id();
    }

    /** First row on screen. */
    public long topRow() {
        return top;
    }

    /** Rows that fit on screen; measured when the table is resized (GTK's size queries are not free). */
    private int visibleRows() {
        if (visRows <= 0) {
            int h = table.getClientArea().height - (table.getHeaderVisible() ? table.getHeaderHeight() : 0);
            visRows = Math.max(1, h / Math.max(1, table.getItemHeight()));
        }
        return visRows;
    }

    private int visRows;
    private final int[] sliderValues = new int[4];

    private void scrollTo(long row) {
        long max = Math.max(0, rowCount() - visibleRows());
        long t = Math.max(0, Math.min(row, max));
        if (t != top) {
            top = t;
            refreshWindow();
        } else {
            slider.setSelection((int) top);
        }
    }

    /** Table items for the rows on screen, the slider over all rows, the cursor row selected. */
    private void refreshWindow() {
        if (table.isDisposed()) {
            return;
        }
        long total = rowCount();
        int vis = visibleRows();
        top = Math.max(0, Math.min(top, total - vis));
        int n = (int) Math.max(0, Math.min(vis, total - top));
        if (table.getItemCount() != n) {
            table.setItemCount(n);
        }
        table.clearAll();
        int max = (int) Math.min(Integer.MAX_VALUE, Math.max(1, total));
        int thumb = (int) Math.max(1, Math.min(vis, max));
        if (sliderValues[0] != (int) top || sliderValues[1] != max || sliderValues[2] != thumb) {
            slider.setValues((int) top, 0, max, thumb, 1, Math.max(1, vis - 1));
            sliderValues[0] = (int) top;
            sliderValues[1] = max;
            sliderValues[2] = thumb;
            slider.setEnabled(total > vis);
        }
        selectCursorRow();
    }

    /** Keys move the cursor through the rows (the table holds only the rows on screen). */
    private void key(org.eclipse.swt.widgets.Event ev) {
        long total = rowCount();
        if (total == 0) {
            return;
        }
        long cur = selectedRow();
        if (cur < 0) {
            long pos = editor.position();
            cur = pos < 0 ? -1 : rowOfEvent(pos);
        }
        int page = Math.max(1, visibleRows() - 1);
        long next = switch (ev.keyCode) {
            case SWT.ARROW_DOWN -> cur + 1;
            case SWT.ARROW_UP -> cur - 1;
            case SWT.PAGE_DOWN -> cur + page;
            case SWT.PAGE_UP -> cur - page;
            case SWT.HOME -> 0;
            case SWT.END -> total - 1;
            default -> Long.MIN_VALUE;
        };
        if (next == Long.MIN_VALUE) {
            return;
        }
        ev.doit = false;
        long r = Math.max(0, Math.min(total - 1, next));
        long event = eventOfRow(r);
        if (event >= 0) {
            editor.seek(event);
        }
    }

    private long rowOfEvent(long ev) {
        if (rows == null) {
            return ev < rowCount() ? ev : -1;
        }
        int i = Arrays.binarySearch(rows, ev);
        return i >= 0 ? i : -1;
    }

    private void fill(TableItem item, long row) {
        TraceSession session = editor.session();
        long ev = eventOfRow(row);
        if (ev < 0 || ev >= session.eventCount()) {
            return;
        }
        String[] cells = rowCache.get(ev);
        if (cells == null) {
            long previous = ev > 0 && times().mode() == TimeFormat.Mode.DELTA ? previousTime(ev) : 0;
            session.event(ev, scratch);
            cells = new String[] { Long.toString(ev), times().format(scratch.time(), previous),
                    scratch.device() < 0 ? "" : "d" + scratch.device(), scratch.queue() < 0 ? "" : "q" + scratch.queue(),
                    scratch.type().id(), fields(scratch), session.hasViolation(ev) ? "v" : null };
            rowCache.put(ev, cells);
            lastTimeEvent = ev;
            lastTime = scratch.time();
        }
        item.setText(Arrays.copyOf(cells, 6));
        item.setBackground(cells[6] != null ? violationColor : null);
        for (int c : FITTED) {
            if (cells[c].length() > fitted[c]) {
                fitColumn(c, cells[c]);
            }
        }
    }

    /** The time of the event before {@code ev} (delta form), read so that the rows stay read in order. */
    private long previousTime(long ev) {
        if (ev - 1 == lastTimeEvent) {
            return lastTime;
        }
        return editor.session().event(ev - 1, scratch).time();
    }

    private long lastTimeEvent = -1;
    private long lastTime;

    /** Columns widened to show their longest text whole: time, device, queue, event kind. */
    private static final int[] FITTED = { 1, 2, 3, 4 };
    /** Characters of the longest text each column was widened for. */
    private final int[] fitted = new int[6];

    /**
     * Widens a column to show a text whole (a time in the absolute form, a long event name). Only grows,
     * once per new length; after the rows are filled (a column resize inside the table's SetData callback
     * would re-enter it). The fields column is the last and takes the rest: a cut row has a tooltip.
     */
    private void fitColumn(int column, String text) {
        fitted[column] = text.length();
        table.getDisplay().asyncExec(() -> {
            if (table.isDisposed()) {
                return;
            }
            GC gc = new GC(table);
            int w;
            try {
                w = gc.textExtent(text).x + 2 * CELL_PADDING;
            } finally {
                gc.dispose();
            }
            TableColumn c = table.getColumn(column);
            if (w > c.getWidth()) {
                c.setWidth(w);
            }
        });
    }

    /**
     * Rows formatted lately, by event (a scroll by one row formats one row, not a screenful). Cleared
     * when the index arrives (violation tints become known).
     */
    private final java.util.Map<Long, String[]> rowCache = new java.util.LinkedHashMap<>(512, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(java.util.Map.Entry<Long, String[]> eldest) {
            return size() > 400;
        }
    };

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

    /** The events published changed (the index grew, or is complete): the slider covers them all. */
    void refreshCount() {
        refreshWindow();
        updateStatus();
    }

    /** The index is ready: every row is re-read from it (counts, violation tints). */
    void indexed() {
        rowCache.clear();
        if (rows != null) {
            applyFilter(filter.getText());
        } else {
            refreshCount();
        }
    }

    /**
     * Scrolls so that the cursor's row is on screen and selects it. A row off screen is brought to the
     * middle: every scroll refills the whole table (its items are the rows on screen), so stepping
     * past the edge scrolls half a screen at once rather than one row per step.
     */
    void showCursor() {
        long ev = editor.position();
        long r = ev < 0 ? -1 : rowOfEvent(ev);
        if (r >= 0) {
            int vis = visibleRows();
            if (r < top || r >= top + vis) {
                long t = r - vis / 2;
                top = Math.max(0, t);
                refreshWindow();
            }
        }
        selectCursorRow();
        updateStatus();
    }

    private void selectCursorRow() {
        long ev = editor.position();
        long r = ev < 0 ? -1 : rowOfEvent(ev);
        settingSelection = true;
        try {
            if (r < top || r >= top + table.getItemCount()) {
                table.deselectAll();
            } else {
                table.setSelection((int) (r - top));
            }
        } finally {
            settingSelection = false;
        }
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
        try (TraceIndex.EventReader r = session.openEvents(0)) {
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
        top = 0;
        refreshWindow();
        showCursor();
    }
}

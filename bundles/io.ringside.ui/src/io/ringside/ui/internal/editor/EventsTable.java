package io.ringside.ui.internal.editor;

import java.util.Arrays;

import org.eclipse.jface.util.IPropertyChangeListener;
import org.eclipse.jface.window.DefaultToolTip;
import org.eclipse.jface.window.ToolTip;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Slider;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

import io.ringside.ui.RingsideUI;
import io.ringside.ui.internal.prefs.RingsidePreferences;
import io.ringside.ui.trace.TimeFormat;

/**
 * The virtual table of the Events page: the SWT table only ever holds the rows on screen, filled when
 * shown, and a slider beside it scrolls over all rows (mouse wheel and keys move it too): GTK's table
 * appends one list-store row per item, seconds of UI time for a million events, so a table with one item
 * per event would freeze the editor. The rows are every event or those a filter selected; the row of the
 * cursor is selected; rows with a violation are tinted; a cell cut short has its whole text as a tooltip.
 */
final class EventsTable {

    private final TraceEditor editor;
    private final EventRows rowTexts;
    private final Table table;
    private final Slider slider;
    private final Color violationColor;
    private boolean settingSelection;
    /** Events shown when a filter is active (row -> event), or null for all events. */
    private long[] rows;
    /** Row shown first on screen. */
    private long top;
    private int visRows;
    private final int[] sliderValues = new int[4];
    private TimeFormat timeFormat;

    /** Columns widened to show their longest text whole: time, device, queue, event kind. */
    private static final int[] FITTED = { 1, 2, 3, 4 };
    /** Characters of the longest text each column was widened for. */
    private final int[] fitted = new int[6];
    /** Pixels of a cell that its text cannot use (GTK's margins). */
    private static final int CELL_PADDING = 12;

    /** The time preference changed: every row's time is written again, the column retitled. */
    private final IPropertyChangeListener prefListener = this::preferenceChanged;

    /** The table and its slider, in {@code parent}'s grid; a row selected moves the editor's cursor. */
    EventsTable(Composite parent, TraceEditor editor) {
        this.editor = editor;
        rowTexts = new EventRows(editor);
        violationColor = new Color(255, 228, 225);
        Composite area = new Composite(parent, SWT.NONE);
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
        parent.addDisposeListener(e -> {
            violationColor.dispose();
            RingsidePreferences.removeListener(prefListener);
        });
        new CutCellToolTip();
        RingsidePreferences.addListener(prefListener);
    }

    private void column(String name, int width, int align) {
        TableColumn c = new TableColumn(table, align);
        c.setText(name);
        c.setWidth(width);
    }

    Table table() {
        return table;
    }

    EventRows rowTexts() {
        return rowTexts;
    }

    private void preferenceChanged(org.eclipse.jface.util.PropertyChangeEvent ev) {
        if (RingsidePreferences.TIME_DISPLAY.equals(ev.getProperty()) && !table.isDisposed()) {
            table.getDisplay().asyncExec(this::timeDisplayChanged);
        }
    }

    private void timeDisplayChanged() {
        if (table.isDisposed()) {
            return;
        }
        rowTexts.clear();
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
    String cutText(int x, int y) {
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

    /** Shows the events of {@code filtered} from the first row, or every event when it is null. */
    void showRows(long[] filtered) {
        rows = filtered;
        if (rows != null) {
            top = 0;
        }
        refreshWindow();
    }

    /** Rows a filter shows, or -1 when every event is shown. */
    long filteredRows() {
        return rows == null ? -1 : rows.length;
    }

    /** The event of row {@code r} (all rows, or those the filter shows), or -1 past the last row. */
    long eventOfRow(long r) {
        return r < 0 || r >= rowCount() ? -1 : rows == null ? r : rows[(int) r];
    }

    /** Rows to show: every event known, or the events the filter selected. */
    long rowCount() {
        return rows == null ? editor.session().eventCount() : rows.length;
    }

    /** The row of the cursor, or -1 when the cursor's event is not shown. */
    long selectedRow() {
        int i = table.getSelectionIndex();
        return i < 0 ? -1 : top + i;
    }

    /** First row on screen. */
    long topRow() {
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
    void refreshWindow() {
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
        long ev = eventOfRow(row);
        if (ev < 0 || ev >= editor.session().eventCount()) {
            return;
        }
        String[] cells = rowTexts.cells(ev, this::times);
        item.setText(Arrays.copyOf(cells, 6));
        item.setBackground(cells[6] != null ? violationColor : null);
        for (int c : FITTED) {
            if (cells[c].length() > fitted[c]) {
                fitColumn(c, cells[c]);
            }
        }
    }

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
}

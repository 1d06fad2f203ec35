package io.ringside.ui.internal.editor;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Table;

/**
 * The Events page: navigation toolbar, search and filter fields ({@link EventsToolbar}) above a table of
 * every event ({@link EventsTable}, virtual: only the rows on screen are table items, their text formatted
 * and kept by {@link EventRows}). Find runs as a job ({@link EventSearch}); the filter ({@link EventFilter})
 * selects the rows the table shows.
 */
public final class EventsPage {

    private final TraceEditor editor;
    private final Composite root;
    private final EventsToolbar bar;
    private final EventsTable table;

    EventsPage(Composite parent, TraceEditor editor) {
        this.editor = editor;
        root = new Composite(parent, SWT.NONE);
        root.setLayout(new GridLayout(1, false));
        bar = new EventsToolbar(root, editor, this);
        table = new EventsTable(root, editor);
        updateStatus();
    }

    Control control() {
        return root;
    }

    public Table table() {
        return table.table();
    }

    /** The whole text of the cell at a point of the table when the cell shows it cut, else null. */
    public String cutText(int x, int y) {
        return table.cutText(x, y);
    }

    /** Rows to show: every event known, or the events the filter selected. */
    public long rowCount() {
        return table.rowCount();
    }

    /** The row of the cursor, or -1 when the cursor's event is not shown. */
    public long selectedRow() {
        return table.selectedRow();
    }

    /** The event kind shown in a row (tests). */
    public String kindOfRow(long r) {
        long ev = table.eventOfRow(r);
        return ev < 0 ? "" : table.rowTexts().kind(ev);
    }

    /** First row on screen. */
    public long topRow() {
        return table.topRow();
    }

    /** The text of a row as the table shows it (search, tests). */
    public String rowText(long ev) {
        return table.rowTexts().rowText(ev);
    }

    /** The events published changed (the index grew, or is complete): the slider covers them all. */
    void refreshCount() {
        table.refreshWindow();
        updateStatus();
    }

    /** The index is ready: every row is re-read from it (counts, violation tints). */
    void indexed() {
        table.rowTexts().clear();
        if (table.filteredRows() >= 0) {
            applyFilter(bar.filterText());
        } else {
            refreshCount();
        }
    }

    /** Scrolls so that the cursor's row is on screen and selects it (see {@link EventsTable#showCursor}). */
    void showCursor() {
        table.showCursor();
        updateStatus();
    }

    private void updateStatus() {
        bar.updateStatus(table.filteredRows());
    }

    public String statusText() {
        return bar.statusText();
    }

    void goToDialog() {
        bar.askGoTo();
    }

    /** Finds the next (or previous) row containing {@code text}, from the cursor; in a job for large traces. */
    public void find(String text, int direction) {
        if (text == null || text.isBlank()) {
            return;
        }
        new EventSearch(editor, root, bar::say, text, direction).schedule();
    }

    /**
     * Shows only the events matching every token of {@code text}: {@code dN} (device), {@code qN} (queue)
     * or part of the event kind. Empty text shows all events.
     */
    public void applyFilter(String text) {
        if (text == null || text.isBlank()) {
            table.showRows(null);
            updateStatus();
            showCursor();
            return;
        }
        EventFilter f = EventFilter.parse(text);
        long[] rows;
        try {
            rows = f.select(editor.session());
        } catch (java.io.IOException | RuntimeException ex) {
            bar.say("filter failed: " + ex.getMessage());
            return;
        }
        table.showRows(rows);
        showCursor();
    }
}

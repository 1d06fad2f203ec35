package io.ringside.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;

import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.ringside.core.engine.Extensions;
import io.ringside.core.trace.EventSource;
import io.ringside.core.trace.TraceEvent;
import io.ringside.ui.RingsideUI;
import io.ringside.ui.internal.editor.TraceEditor;
import io.ringside.ui.internal.prefs.RingsidePreferences;
import io.ringside.ui.tests.harness.Condition;
import io.ringside.ui.tests.harness.Traces;
import io.ringside.ui.tests.harness.UI;
import io.ringside.ui.tests.harness.WorkbenchTest;
import io.ringside.ui.trace.TimeFormat;

/**
 * Times in the event table of a real QEMU log in the three forms of the preference (relative to the
 * trace's start by default, the log's host clock, the delta to the previous event), checked against the
 * log's times read independently; cells cut by their column have a tooltip with their whole text.
 */
@ExtendWith(WorkbenchTest.class)
class TimeDisplayTest {

    private static final Path LOG = Traces.repo().resolve("samples/traces/qemu/d_nvme_smp1.trace.log.xz");

    @BeforeEach
    void setUp() {
        UI.openPerspective(RingsideUI.PERSPECTIVE_ID);
        UI.maximize();
    }

    @AfterEach
    void tearDown() {
        UI.run(() -> RingsidePreferences.setTimeMode(TimeFormat.Mode.RELATIVE));
        Traces.closeEditors();
    }

    /** The times of events 0 .. n of the log, read with a reader of its own. */
    private static long[] times(int n) throws Exception {
        long[] t = new long[n + 1];
        try (EventSource src = Extensions.probe(LOG).open(LOG, Extensions.models())) {
            TraceEvent e = new TraceEvent();
            for (int i = 0; i <= n && src.next(e); i++) {
                t[i] = e.time();
            }
        }
        return t;
    }

    private static String selectedTime(TraceEditor ed) {
        return UI.sync(() -> {
            Table t = ed.eventsPage().table();
            int i = t.getSelectionIndex();
            return i < 0 ? "" : t.getItem(i).getText(1);
        });
    }

    private static String waitForTime(TraceEditor ed, java.util.function.Predicate<String> ok, String what) {
        UI.waitUntil(Condition.of(what + " (shown: '" + selectedTime(ed) + "')", () -> ok.test(selectedTime(ed))));
        return selectedTime(ed);
    }

    @Test
    void timesAreRelativeByDefaultAndFollowThePreference() throws Exception {
        long[] t = times(500);
        TraceEditor ed = Traces.open(Traces.workspaceFile(LOG));
        UI.run(() -> ed.goTo("500"));
        // relative: seconds from the first event, microseconds grouped by three
        String expected = String.format(Locale.ROOT, "%.6f", (t[500] - t[0]) / 1e9);
        String rel = waitForTime(ed, s -> s.replace(" ", "").equals(expected + "s"), "seconds from the start " + expected);
        assertTrue(rel.matches("\\d+\\.\\d{3} \\d{3} s"), rel);
        assertEquals("Time (s from start)", UI.sync(() -> ed.eventsPage().table().getColumn(1).getText()));

        // absolute: the host clock of the log, as a UTC date and time
        UI.run(() -> RingsidePreferences.setTimeMode(TimeFormat.Mode.ABSOLUTE));
        String iso = Instant.ofEpochSecond(0, t[500]).toString().replace('T', ' ').replace("Z", "");
        waitForTime(ed, s -> s.replace(" ", "").equals(iso.replace(" ", "")), "the host clock " + iso);

        // delta: since the previous event
        UI.run(() -> RingsidePreferences.setTimeMode(TimeFormat.Mode.DELTA));
        String delta = String.format(Locale.ROOT, "+%.6f", (t[500] - t[499]) / 1e9);
        waitForTime(ed, s -> s.replace(" ", "").equals(delta + "s"), "the delta " + delta);
        assertEquals("Δ time (s)", UI.sync(() -> ed.eventsPage().table().getColumn(1).getText()));
    }

    @Test
    void goingToATimeCountsFromTheStartOfTheTrace() throws Exception {
        long[] t = times(3000);
        long target = t[0] + (t[3000] - t[0]) / 2;
        int first = 0;
        while (t[first] < target) {
            first++;
        }
        TraceEditor ed = Traces.open(Traces.workspaceFile(LOG));
        String when = String.format(Locale.ROOT, "%dus", (target - t[0]) / 1000);
        UI.run(() -> ed.goTo(when));
        assertEquals(first, UI.sync(ed::position), "the first event at or after " + when + " from the start");
    }

    @Test
    void aCellCutByItsColumnHasItsWholeTextAsTooltip() throws Exception {
        TraceEditor ed = Traces.open(Traces.workspaceFile(LOG));
        UI.run(() -> ed.goTo("40"));
        UI.flushEvents();
        // the kind of event is shown whole: its column is as wide as the longest kind shown
        UI.waitUntil(Condition.of("every kind on screen fits its column", () -> UI.sync(() -> {
            Table t = ed.eventsPage().table();
            GC gc = new GC(t);
            try {
                for (TableItem row : t.getItems()) {
                    if (t.getColumn(4).getWidth() <= gc.textExtent(row.getText(4)).x) {
                        return false;
                    }
                }
                return true;
            } finally {
                gc.dispose();
            }
        })));
        UI.run(() -> {
            Table t = ed.eventsPage().table();
            // the fields, last column, end at the table's edge: a wide column before them cuts them
            int before = 0;
            for (int c = 0; c < 4; c++) {
                before += t.getColumn(c).getWidth();
            }
            t.getColumn(4).setWidth(Math.max(t.getColumn(4).getWidth(), t.getClientArea().width - before - 60));
        });
        UI.flushEvents();
        // the probe points must be on screen: a row or column outside the client area has no item at a point
        UI.waitUntil(Condition.of("the selected row's number and fields are on screen", () -> UI.sync(() -> {
            Table t = ed.eventsPage().table();
            if (t.getSelectionIndex() < 0) {
                return false;
            }
            TableItem it = t.getItem(t.getSelectionIndex());
            Rectangle client = t.getClientArea();
            Rectangle fields = it.getBounds(5);
            Rectangle number = it.getBounds(0);
            return client.contains(fields.x + 10, fields.y + fields.height / 2)
                    && client.contains(number.x + 10, number.y + number.height / 2);
        })));
        UI.run(() -> {
            Table t = ed.eventsPage().table();
            TableItem it = t.getItem(t.getSelectionIndex());
            Rectangle fields = it.getBounds(5);
            String whole = it.getText(5);
            assertTrue(whole.length() > 20, "a row with fields: " + whole);
            assertEquals(whole, ed.eventsPage().cutText(fields.x + 10, fields.y + fields.height / 2));
            Rectangle number = it.getBounds(0);
            assertNull(ed.eventsPage().cutText(number.x + 10, number.y + number.height / 2), "a cell shown whole has no tooltip");
        });
    }
}

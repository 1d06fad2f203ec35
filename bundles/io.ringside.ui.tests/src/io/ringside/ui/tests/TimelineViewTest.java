package io.ringside.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.swt.graphics.Point;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tukaani.xz.XZInputStream;

import io.ringside.ui.RingsideUI;
import io.ringside.ui.internal.editor.TraceEditor;
import io.ringside.ui.internal.timeline.TimeGraph;
import io.ringside.ui.internal.timeline.TimelineView;
import io.ringside.ui.tests.harness.Condition;
import io.ringside.ui.tests.harness.Traces;
import io.ringside.ui.tests.harness.UI;
import io.ringside.ui.tests.harness.WorkbenchTest;
import io.ringside.ui.trace.timeline.Lane;
import io.ringside.ui.trace.timeline.Timeline;

/**
 * The Timeline view on real QEMU logs of NVMe guests: one bar per command the log shows the controller
 * taking (counted here from the log's text), zoom, a click on a bar moves the editor's cursor to the
 * command's event, and stepping in the editor moves the time cursor.
 */
@ExtendWith(WorkbenchTest.class)
class TimelineViewTest {

    private static final Duration LONG = Duration.ofSeconds(120);
    /** A command taken by the controller: its submission queue (QEMU 7.2 to 11.1 write it so). */
    private static final Pattern CMD = Pattern.compile("\\bpci_nvme_(?:io|admin)_cmd .*\\bsqid (\\d+)");

    @BeforeEach
    void setUp() {
        UI.openPerspective(RingsideUI.PERSPECTIVE_ID);
    }

    @AfterEach
    void tearDown() {
        Traces.closeEditors();
    }

    /** Commands per submission queue, read from the log with a regular expression. */
    static Map<Integer, Integer> commandsPerSq(Path log) throws Exception {
        Map<Integer, Integer> n = new TreeMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new XZInputStream(Files.newInputStream(log)),
                StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null;) {
                Matcher m = CMD.matcher(line);
                if (m.find()) {
                    n.merge(Integer.parseInt(m.group(1)), 1, Integer::sum);
                }
            }
        }
        return n;
    }

    static TimelineView timeline(TraceEditor ed) {
        TimelineView v = UI.sync(() -> (TimelineView) UI.page().showView(RingsideUI.TIMELINE_VIEW_ID));
        UI.run(() -> UI.page().activate(ed));
        UI.waitUntil(Condition.of("the timeline of the trace is built",
                () -> UI.sync(() -> v.editor() == ed && v.graph().timeline() != null)), LONG);
        return v;
    }

    @ParameterizedTest
    @ValueSource(strings = { "d_nvme_smp1", "n_nvme_qemu11_smp2" })
    void oneBarPerCommandAndClicksAndStepsMoveBothCursors(String name) throws Exception {
        Path log = Traces.repo().resolve("samples/traces/qemu/" + name + ".trace.log.xz");
        TraceEditor ed = Traces.open(Traces.workspaceFile(log));
        UI.waitUntil(Condition.of("indexed", ed::isReady), LONG);
        UI.maximize();
        TimelineView v = timeline(ed);
        TimeGraph g = v.graph();
        Timeline tl = UI.sync(g::timeline);

        Map<Integer, Integer> bars = new TreeMap<>();
        for (Lane l : tl.lanes()) {
            assertTrue(l.group().startsWith("d0 nvme · epoch "), l.group());
            bars.merge(l.queue(), l.size(), Integer::sum);
        }
        assertEquals(commandsPerSq(log), bars, "bars per SQ, over the epochs, against the log's commands");

        // zoom in around the middle of the busiest lane's requests; a bar there, clicked, moves the cursor
        Lane busiest = tl.lanes().stream().max(java.util.Comparator.comparingInt(Lane::size)).orElseThrow();
        int i = busiest.size() / 2;
        long w0 = UI.sync(() -> g.rangeEnd() - g.rangeStart());
        long mid = busiest.start(i);
        UI.run(() -> g.setRange(mid - 200_000, mid + 800_000));
        assertTrue(UI.sync(() -> g.rangeEnd() - g.rangeStart()) < w0 / 10, "zoomed in");
        Point p = UI.sync(() -> g.barPoint(busiest, i));
        TimeGraph.Hit hit = UI.sync(() -> g.hitAt(p.x, p.y));
        assertNotNull(hit);
        assertEquals(busiest, hit.lane());
        int clicked = hit.request();
        assertTrue(clicked >= 0, "a bar under its middle");
        UI.run(() -> g.click(p.x, p.y));
        assertEquals(busiest.startEvent(clicked), (long) UI.sync(ed::position), "the cursor on the bar's first event");
        String kind = UI.sync(() -> ed.cursorEvent().type().id());
        // a bar starts where the host's submit shows (an SQ tail doorbell, a shadow tail read) or at the fetch
        assertTrue(kind.equals("op_nvme_sq_doorbell") || kind.equals("op_nvme_shadow_sq") || kind.equals("op_nvme_command"),
                "a bar starts at a submit or fetch: " + kind);
        String tip = UI.sync(() -> g.tooltipAt(p.x, p.y));
        assertTrue(tip.contains("fetched") && tip.contains("event " + String.format(java.util.Locale.ROOT, "%,d",
                busiest.fetchEvent(clicked))), tip);
        if (busiest.end(clicked) >= 0) {
            assertTrue(tip.contains("device latency"), tip);
        }
        UI.screenshot("timeline-" + name);

        // stepping in the editor moves the time cursor to the event's time
        UI.run(() -> ed.step(1));
        assertEquals((long) UI.sync(() -> ed.cursorEvent().time()), (long) UI.sync(g::cursor));
        long far = UI.sync(() -> ed.session().eventCount()) - 1;
        UI.run(() -> ed.seek(far));
        long t = UI.sync(() -> ed.cursorEvent().time());
        assertEquals(t, (long) UI.sync(g::cursor));
        assertTrue(UI.sync(() -> g.rangeStart() <= t && t <= g.rangeEnd()), "the time cursor brought into view");

        // zoom to fit shows the whole trace again
        UI.run(g::zoomToFit);
        assertEquals(tl.start(), (long) UI.sync(g::rangeStart));

        // the Statistics page: one row per queue and epoch, each label once, the completions of the log
        UI.run(ed::showStatistics);
        UI.waitUntil(Condition.of("the Statistics page drew its table",
                () -> UI.sync(() -> ed.statsPage().lines()).stream().anyMatch(l -> l.contains(" · epoch "))));
        java.util.List<String> rows = UI.sync(() -> ed.statsPage().lines()).stream().filter(l -> l.startsWith("d0 nvme ")).toList();
        assertEquals(rows.size(), rows.stream().map(l -> l.substring(0, l.indexOf(" | "))).distinct().count(),
                "unambiguous labels: " + rows);
        long completed = rows.stream().mapToLong(l -> Long.parseLong(l.split(" \\| ")[1].replace(",", ""))).sum();
        assertEquals(count(log, "pci_nvme_enqueue_req_completion"), completed, "requests completed, against the log: " + rows);
        assertTrue(UI.sync(() -> ed.statsPage().lines()).stream().anyMatch(l -> l.startsWith("cdf d0 nvme SQ 1 · epoch ")),
                "a latency distribution of SQ 1");
        UI.run(() -> UI.page().setPartState(UI.page().getReference(ed), org.eclipse.ui.IWorkbenchPage.STATE_MAXIMIZED));
        UI.flushEvents();
        UI.screenshot("statistics-" + name);
        UI.run(() -> UI.page().setPartState(UI.page().getReference(ed), org.eclipse.ui.IWorkbenchPage.STATE_RESTORED));
    }

    @Test
    void aTimelineShownBeforeItsTraceOpensCountsFromTheTraceStart() throws Exception {
        // the view is open first, so it follows the editor before the editor has read an event
        TimelineView v = UI.sync(() -> (TimelineView) UI.page().showView(RingsideUI.TIMELINE_VIEW_ID));
        Path log = Traces.repo().resolve("samples/traces/qemu/d_nvme_smp1.trace.log.xz");
        TraceEditor ed = Traces.open(Traces.workspaceFile(log));
        UI.waitUntil(Condition.of("the timeline of the trace is built",
                () -> UI.sync(() -> v.editor() == ed && v.graph().timeline() != null)), LONG);
        long first = UI.sync(() -> ed.session().event(0).time());
        assertTrue(first > 1_000_000_000L * 1_000_000_000L, "a QEMU log's times are since the epoch: " + first);
        assertEquals(first, (long) UI.sync(() -> v.graph().timeFormat().start()), "the axis counts from the trace's first event");
    }

    /** Lines of a log that name a trace point. */
    static long count(Path log, String point) throws Exception {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new XZInputStream(Files.newInputStream(log)),
                StandardCharsets.UTF_8))) {
            return r.lines().filter(l -> l.contains(point + " ")).count();
        }
    }

    @Test
    void theEventsPageOpensTheTimeline() throws Exception {
        Path log = Traces.repo().resolve("samples/traces/qemu/d_nvme_smp1.trace.log.xz");
        TraceEditor ed = Traces.open(Traces.workspaceFile(log));
        UI.run(() -> UI.page().hideView(UI.page().findView(RingsideUI.TIMELINE_VIEW_ID)));
        org.eclipse.swt.widgets.ToolBar bar = (org.eclipse.swt.widgets.ToolBar) UI.waitForWidget("the events toolbar",
                UI.withId("events.toolbar"));
        org.eclipse.swt.widgets.ToolItem item = UI.sync(() -> java.util.Arrays.stream(bar.getItems())
                .filter(it -> "events.timeline".equals(it.getData(RingsideUI.TEST_ID))).findFirst().orElseThrow());
        UI.run(() -> item.notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event()));
        assertNotNull(UI.sync(() -> UI.page().findView(RingsideUI.TIMELINE_VIEW_ID)), "the view is open");
    }
}

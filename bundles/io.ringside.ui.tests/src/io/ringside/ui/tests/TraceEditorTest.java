package io.ringside.ui.tests;

import static org.junit.jupiter.api.Assertions.assertSame;
import io.ringside.ui.internal.editor.ExternalTraces;
import org.junit.jupiter.api.io.TempDir;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.core.filesystem.EFS;
import java.time.Duration;
import java.nio.file.Paths;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.views.properties.PropertySheet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.ringside.core.engine.Extensions;
import io.ringside.core.engine.Replay;
import io.ringside.core.trace.EventSource;
import io.ringside.core.trace.TraceEvent;
import io.ringside.model.nvme.Controller;
import io.ringside.model.nvme.QueuePair;
import io.ringside.model.trace.GenericDevice;
import io.ringside.model.virtio.BufferState;
import io.ringside.model.virtio.Descriptor;
import io.ringside.model.virtio.PackedVirtqueue;
import io.ringside.model.virtio.SplitVirtqueue;
import io.ringside.nvme.NvmeEngine;
import io.ringside.nvme.SubmissionQueue;
import io.ringside.ui.RingsideUI;
import io.ringside.ui.internal.RingView;
import io.ringside.ui.internal.editor.TraceEditor;
import io.ringside.ui.internal.editor.ViolationMarkers;
import io.ringside.ui.internal.rings.RingPainter;
import io.ringside.ui.tests.harness.Condition;
import io.ringside.ui.tests.harness.Traces;
import io.ringside.ui.tests.harness.UI;
import io.ringside.ui.tests.harness.WorkbenchTest;
import io.ringside.virtio.PackedQueueState;
import io.ringside.virtio.SplitQueueState;
import io.ringside.virtio.VirtioEngine;

/**
 * The trace editor in the real workbench: opens a split, a packed, an NVMe trace and a real QEMU log,
 * steps, and checks what the ring view and Properties show against an independent replay of the file.
 */
@ExtendWith(WorkbenchTest.class)
class TraceEditorTest {

    @BeforeEach
    void setUp() {
        UI.openPerspective(RingsideUI.PERSPECTIVE_ID);
        UI.maximize();
    }

    @AfterEach
    void tearDown() {
        Traces.closeEditors();
    }

    /** Replays the file from the start with a fresh reader and engines, up to and including event n. */
    private static Replay replayTo(Path file, long n) throws Exception {
        try (EventSource src = Extensions.probe(file).open(file, Extensions.models())) {
            Replay r = Extensions.models().replay(src.header(), io.ringside.core.engine.CheckOptions.DEFAULT);
            TraceEvent e = new TraceEvent();
            long i = 0;
            while (i <= n && src.next(e)) {
                e.seq(i);
                r.apply(e, v -> {
                });
                i++;
            }
            return r;
        }
    }

    private static long lines(Path file) throws Exception {
        try (Stream<String> s = Files.lines(file)) {
            return s.count();
        }
    }

    private static boolean shows(RingView v, String text) {
        return UI.sync(() -> v.lines().stream().anyMatch(l -> l.contains(text)));
    }

    /** The Properties view's rows (name -> value) for the current selection. */
    private static Map<String, String> properties() {
        return UI.sync(() -> {
            PropertySheet sheet = (PropertySheet) UI.page().showView(IPageLayout.ID_PROP_SHEET);
            Tree tree = (Tree) sheet.getCurrentPage().getControl();
            Map<String, String> rows = new java.util.LinkedHashMap<>();
            for (TreeItem it : tree.getItems()) {
                collect(it, rows);
            }
            return rows;
        });
    }

    private static void collect(TreeItem it, Map<String, String> rows) {
        rows.put(it.getText(0), it.getText(1));
        for (TreeItem c : it.getItems()) {
            collect(c, rows);
        }
    }

    @Test
    void splitRingStepsAndShowsWhatTheReplayComputes() throws Exception {
        Path file = Traces.testFile("split.rstrace");
        TraceEditor ed = Traces.open("split.rstrace");
        long events = lines(file) - 1; // one header line
        assertEquals(events, UI.sync(() -> ed.session().eventCount()), "every event is indexed");
        assertEquals(events, UI.sync(() -> ed.eventsPage().rowCount()), "one table row per event");

        // go to an event in the middle, then step
        UI.run(() -> ed.goTo("400"));
        UI.run(() -> ed.step(1));
        UI.run(() -> ed.step(1));
        assertEquals(402, UI.sync(ed::position));
        assertEquals(402, UI.sync(() -> ed.eventsPage().selectedRow()), "cursor row selected");
        assertEquals("402", UI.sync(() -> ed.eventsPage().table().getSelection()[0].getText(0)),
                "the selected table item shows the cursor's event");
        assertTrue(UI.sync(() -> ed.eventsPage().table().getItemCount()) < 100, "the table holds only the rows on screen");
        // keys move the cursor (one row, to the end), scrolling the table
        UI.run(() -> {
            var t = ed.eventsPage().table();
            var ev = new org.eclipse.swt.widgets.Event();
            ev.keyCode = org.eclipse.swt.SWT.ARROW_DOWN;
            ev.doit = true;
            t.notifyListeners(org.eclipse.swt.SWT.KeyDown, ev);
        });
        assertEquals(403, UI.sync(ed::position));
        UI.run(() -> {
            var ev = new org.eclipse.swt.widgets.Event();
            ev.keyCode = org.eclipse.swt.SWT.END;
            ed.eventsPage().table().notifyListeners(org.eclipse.swt.SWT.KeyDown, ev);
        });
        assertEquals(events - 1, UI.sync(ed::position));
        assertEquals(events - 1, UI.sync(() -> ed.eventsPage().selectedRow()), "the last row is on screen and selected");
        UI.run(() -> ed.goTo("402"));
        UI.run(() -> ed.step(-1));
        assertEquals(401, UI.sync(ed::position));

        SplitQueueState expected = (SplitQueueState) ((VirtioEngine) replayTo(file, 401).engine(0)).queue(0);
        SplitVirtqueue vq = UI.sync(() -> (SplitVirtqueue) ed.model().getDevices().get(0).getQueues().get(0));
        assertEquals(expected.availIdx(), UI.sync(vq::getAvailIdx));
        assertEquals(expected.usedIdx(), UI.sync(vq::getUsedIdx));
        assertEquals(expected.outstanding(), UI.sync(vq::getOutstanding));

        RingView rings = Traces.rings();
        UI.waitUntil(Condition.of("the ring view shows avail.idx " + expected.availIdx(),
                () -> shows(rings, "avail.idx " + expected.availIdx()) && shows(rings, "used.idx " + expected.usedIdx())));
        assertTrue(shows(rings, "split ring, size 32"), "ring view names the layout: " + UI.sync(rings::lines));

        // every descriptor cell is drawn, in its state's colour; pick an in-flight or available one
        List<RingPainter.Hit> hits = UI.sync(rings::hits); // a copy of the last paint's
        long cells = hits.stream().filter(h -> h.object() instanceof Descriptor).count();
        assertEquals(32, cells, "one cell per descriptor");
        Descriptor busy = UI.sync(() -> vq.getDescriptors().stream()
                .filter(d -> d.getState() == BufferState.IN_FLIGHT || d.getState() == BufferState.AVAILABLE).findFirst()
                .orElse(null));
        assertNotNull(busy, "at event 401 some buffer is outstanding");
        assertEquals(expected.descAddr(busy.getIndex()), UI.sync(busy::getAddr));

        // select it as a click does: Properties shows its fields
        UI.run(() -> UI.page().activate(rings));
        UI.run(() -> rings.select(busy));
        UI.waitUntil(Condition.of("Properties shows the descriptor's address",
                () -> String.valueOf(busy.getAddr()).equals(properties().get("Addr"))
                        || Long.toString(busy.getAddr()).equals(properties().getOrDefault("Addr", "").replace(",", ""))));
        Map<String, String> props = properties();
        assertEquals(Integer.toString(busy.getIndex()), props.get("Index"));
        assertTrue(props.get("State").toLowerCase().contains(busy.getState().getLiteral()), "state shown: " + props);

        // stepping updates the model in place and the properties follow
        long before = UI.sync(vq::getUsedIdx);
        UI.run(() -> ed.goTo("" + (events - 1)));
        SplitQueueState last = (SplitQueueState) ((VirtioEngine) replayTo(file, events - 1).engine(0)).queue(0);
        assertEquals(last.usedIdx(), UI.sync(vq::getUsedIdx), "same EMF object, new value");
        assertTrue(last.usedIdx() != before);

        UI.run(() -> ed.goTo("400"));
        Path png = UI.screenshot("editor-split");
        assertTrue(Files.size(png) > 10_000);
    }

    @Test
    void packedRingShowsWrapCountersAndEventSuppression() throws Exception {
        Path file = Traces.testFile("packed.rstrace");
        TraceEditor ed = Traces.open("packed.rstrace");
        UI.run(() -> ed.goTo("700"));
        PackedQueueState expected = (PackedQueueState) ((VirtioEngine) replayTo(file, 700).engine(0)).queue(0);
        PackedVirtqueue vq = UI.sync(() -> (PackedVirtqueue) ed.model().getDevices().get(0).getQueues().get(0));
        assertEquals(expected.driverPosition(), UI.sync(vq::getDriverPosition));
        assertEquals(expected.driverWrapCounter(), UI.sync(vq::isDriverWrapCounter));
        assertEquals(expected.deviceUsedWrapCounter(), UI.sync(vq::isDeviceUsedWrapCounter));
        // 80 requests of 3 descriptors through 32 slots: the driver wrapped at least once
        assertTrue(expected.driverPosition() >= 0);
        RingView rings = Traces.rings();
        String drv = "driver next " + expected.driverPosition() + " wrap " + (expected.driverWrapCounter() ? 1 : 0);
        UI.waitUntil(Condition.of("ring view shows '" + drv + "'", () -> shows(rings, drv)));
        assertTrue(shows(rings, "driver: "), "driver event suppression shown: " + UI.sync(rings::lines));
        assertTrue(shows(rings, "device: "), "device event suppression shown");
        for (int i = 0; i < 32; i++) {
            int flags = expected.descFlags(i);
            Descriptor d = vq.getDescriptors().get(i);
            assertEquals((flags & PackedQueueState.F_AVAIL) != 0, UI.sync(d::isAvail), "AVAIL bit of slot " + i);
            assertEquals((flags & PackedQueueState.F_USED) != 0, UI.sync(d::isUsed), "USED bit of slot " + i);
        }
        UI.screenshot("editor-packed");
    }

    @Test
    void nvmeShowsQueuesDoorbellsAndShadowBuffers() throws Exception {
        Path file = Traces.testFile("nvme.rstrace");
        TraceEditor ed = Traces.open("nvme.rstrace");
        UI.run(() -> ed.goTo("600"));
        NvmeEngine expected = (NvmeEngine) replayTo(file, 600).engine(0);
        Controller c = UI.sync(() -> (Controller) ed.model().getDevices().get(0));
        assertEquals(expected.dbbufEnabled(), UI.sync(c::isShadowDoorbells));
        QueuePair io = UI.sync(() -> (QueuePair) c.getQueues().stream().filter(q -> q.getIndex() == 1).findFirst()
                .orElseThrow());
        SubmissionQueue sq = expected.sq(1);
        assertEquals(sq.hostTail(), UI.sync(() -> io.getSq().getHostTail()));
        assertEquals(sq.head(), UI.sync(() -> io.getSq().getHead()));
        assertEquals(expected.cq(1).phase(), UI.sync(() -> io.getCq().getPhase()));
        RingView rings = Traces.rings();
        UI.waitUntil(Condition.of("ring view shows SQ 1 and its doorbell",
                () -> shows(rings, "Submission queue: SQ 1") && shows(rings, "SQ1TDBL")));
        if (expected.dbbufEnabled()) {
            assertTrue(shows(rings, "shadow SQ1 SQ tail = " + sq.shadowValue()) || sq.shadowValue() < 0,
                    "shadow value shown: " + UI.sync(rings::lines));
            assertTrue(shows(rings, "EventIdx SQ1"), "EventIdx shown");
        }
        UI.run(() -> UI.page().activate(rings));
        UI.run(() -> rings.select(io.getSq()));
        UI.waitUntil(Condition.of("Properties shows the SQ tail",
                () -> Integer.toString(sq.hostTail()).equals(properties().get("Host Tail"))));
        UI.screenshot("editor-nvme");
    }

    @Test
    void qemuLogOpensByContentAndSaysWhatItCannotShow() throws Exception {
        Path log = Traces.repo().resolve("samples/traces/qemu/a_virtio-blk_split.trace.log.xz");
        TraceEditor ed = Traces.open(Traces.workspaceFile(log));
        assertEquals("operation", UI.sync(() -> ed.model().getLevel()));
        assertTrue(UI.sync(() -> ed.session().eventCount()) > 1000, "a real log has many events");
        UI.run(() -> ed.goTo("500"));
        UI.run(() -> ed.step(1));
        assertEquals(501, UI.sync(ed::position));
        assertTrue(UI.sync(() -> ed.model().getDevices().get(0) instanceof GenericDevice));
        RingView rings = Traces.rings();
        UI.waitUntil(Condition.of("the ring view says what the log cannot show", () -> shows(rings, "Operation-level trace")));
        assertTrue(shows(rings, "unknown"), "unknown values are named: " + UI.sync(rings::lines));
        // a log's times are shown from its first event (not as host clock nanoseconds), whole
        UI.waitUntil(Condition.of("the time column fits the log's times", () -> UI.sync(() -> {
            Table t = ed.eventsPage().table();
            int i = t.getSelectionIndex();
            if (i < 0) {
                return false;
            }
            String time = t.getItem(i).getText(1);
            GC gc = new GC(t);
            try {
                return time.endsWith(" s") && t.getColumn(1).getWidth() > gc.textExtent(time).x;
            } finally {
                gc.dispose();
            }
        })));
        UI.screenshot("editor-qemu-log");
    }

    @Test
    void violationsBecomeProblemsAndDoubleClickMovesTheCursor() throws Exception {
        IFile f = Traces.workspaceFile(Traces.testFile("split-inorder-fault.rstrace"));
        TraceEditor ed = Traces.open(f);
        UI.waitUntil(Condition.of("a marker of rule I1 on the file",
                () -> f.findMarkers(ViolationMarkers.MARKER_TYPE, false, IResource.DEPTH_ZERO).length > 0));
        IMarker m = Stream.of(f.findMarkers(ViolationMarkers.MARKER_TYPE, false, IResource.DEPTH_ZERO))
                .filter(x -> "I1".equals(x.getAttribute("ruleId", ""))).findFirst().orElseThrow();
        assertTrue(m.getAttribute(IMarker.MESSAGE, "").contains("VIRTIO 1.3"), "message cites the spec");
        assertEquals(IMarker.SEVERITY_ERROR, m.getAttribute(IMarker.SEVERITY, -1));
        int event = m.getAttribute(TraceEditor.EVENT_ATTR, -1);
        assertTrue(event > 0);
        // what a double-click in Problems does: open the marker's editor and go to it
        UI.run(() -> {
            try {
                IDE.openEditor(UI.page(), m);
            } catch (org.eclipse.ui.PartInitException e) {
                throw new IllegalStateException(e);
            }
        });
        assertEquals(event, UI.sync(ed::position));
        // next / previous violation from the start
        UI.run(() -> ed.seek(-1));
        assertTrue(UI.sync(() -> ed.nextViolation(1)));
        assertEquals(event, UI.sync(ed::position));
        assertFalse(UI.sync(() -> ed.nextViolation(1)), "only one violation");
        assertTrue(UI.sync(() -> ed.model().getViolations().stream().anyMatch(v -> v.getRuleId().equals("I1"))));
    }

    @Test
    void aTraceFromOutsideTheWorkspaceGetsItsMarkersThroughALink(@TempDir Path dir) throws Exception {
        Path outside = dir.resolve("outside-fault.rstrace");
        Files.copy(Traces.testFile("split-inorder-fault.rstrace"), outside);
        // what ./ringside ide FILE does: open the file store, not a workspace file
        TraceEditor ed = (TraceEditor) UI.sync(() -> IDE.openEditorOnFileStore(UI.page(),
                EFS.getLocalFileSystem().fromLocalFile(outside.toFile())));
        UI.waitUntil(Condition.of("indexed", ed::isReady), Duration.ofSeconds(60));
        IFile f = UI.sync(() -> ((IFileEditorInput) ed.getEditorInput()).getFile());
        assertEquals(ExternalTraces.PROJECT, f.getProject().getName());
        assertTrue(f.isLinked(), "a link, not a copy");
        assertEquals(outside.toRealPath(), Paths.get(f.getLocationURI()).toRealPath());
        UI.waitUntil(Condition.of("a marker of rule I1 on the linked file", () -> Stream.of(
                f.findMarkers(ViolationMarkers.MARKER_TYPE, false, IResource.DEPTH_ZERO))
                .anyMatch(x -> "I1".equals(x.getAttribute("ruleId", "")))));
        IMarker m = Stream.of(f.findMarkers(ViolationMarkers.MARKER_TYPE, false, IResource.DEPTH_ZERO))
                .filter(x -> "I1".equals(x.getAttribute("ruleId", ""))).findFirst().orElseThrow();
        int event = m.getAttribute(TraceEditor.EVENT_ATTR, -1);
        UI.run(() -> ed.seek(-1));
        // a double-click in Problems comes back to the same editor, at the event
        UI.run(() -> {
            try {
                IDE.openEditor(UI.page(), m);
            } catch (org.eclipse.ui.PartInitException e) {
                throw new IllegalStateException(e);
            }
        });
        assertEquals(event, UI.sync(ed::position));
        // opening the same path again finds the open editor instead of linking a second copy
        IEditorPart again = UI.sync(() -> IDE.openEditorOnFileStore(UI.page(),
                EFS.getLocalFileSystem().fromLocalFile(outside.toFile())));
        assertSame(ed, again);
        assertEquals(1, UI.sync(() -> UI.page().getEditorReferences().length));
    }

    @Test
    void navigationWithinQueueTimeAndFilter() throws Exception {
        TraceEditor ed = Traces.open("nvme.rstrace");
        // step within queue 1: every stop is an event of queue 1
        UI.run(() -> ed.goTo("300"));
        int q = UI.sync(() -> ed.session().event(300).queue());
        for (int i = 0; i < 5; i++) {
            assertTrue(UI.sync(() -> ed.stepInQueue(1)));
            long p = UI.sync(ed::position);
            assertEquals(q, UI.sync(() -> ed.session().event(p).queue()));
        }
        // time: the first event at or after the time
        long t = UI.sync(() -> ed.session().event(200).time());
        UI.run(() -> ed.goTo(t + "ns"));
        long p = UI.sync(ed::position);
        assertTrue(UI.sync(() -> ed.session().event(p).time()) >= t);
        assertTrue(p <= 200);
        // filter to doorbell writes: every row is one
        UI.run(() -> ed.eventsPage().applyFilter("db"));
        long rows = UI.sync(() -> ed.eventsPage().rowCount());
        assertTrue(rows > 0 && rows < UI.sync(() -> ed.session().eventCount()));
        for (int r = 0; r < Math.min(rows, 20); r++) {
            int row = r;
            String kind = UI.sync(() -> ed.eventsPage().kindOfRow(row));
            assertTrue(kind.contains("db"), "filtered row " + r + " is a doorbell event: " + kind);
        }
        UI.run(() -> ed.eventsPage().applyFilter(""));
        assertEquals(UI.sync(() -> ed.session().eventCount()), (long) UI.sync(() -> ed.eventsPage().rowCount()));
    }

    @Test
    void outlineListsDevicesAndQueues() throws Exception {
        TraceEditor ed = Traces.open("split.rstrace");
        UI.sync(() -> UI.page().showView(IPageLayout.ID_OUTLINE));
        UI.flushEvents();
        Tree tree = (Tree) UI.waitForWidget("the outline tree", UI.withId("outline.tree"));
        UI.waitUntil(Condition.of("the outline shows device d0 and its queue",
                () -> tree.getItemCount() == 1 && tree.getItem(0).getText().contains("d0 virtio-blk")
                        && tree.getItem(0).getItemCount() > 0));
        assertNotNull(ed);
        EObject first = UI.sync(() -> (EObject) tree.getItem(0).getData());
        assertEquals(UI.sync(() -> ed.model().getDevices().get(0)), first);
    }
}

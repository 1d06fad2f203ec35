package io.ringside.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.resources.IFile;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.ringside.core.trace.TraceEvent;
import io.ringside.model.trace.GenericQueue;
import io.ringside.ui.RingsideUI;
import io.ringside.ui.internal.RingView;
import io.ringside.ui.internal.editor.TraceEditor;
import io.ringside.ui.internal.qemu.QemuSettings;
import io.ringside.ui.tests.harness.Condition;
import io.ringside.ui.tests.harness.Traces;
import io.ringside.ui.tests.harness.UI;
import io.ringside.ui.tests.harness.WorkbenchTest;

/**
 * The Rings view on the QEMU 11.1 log of a virtio-blk guest that negotiated VIRTIO_F_IN_ORDER on a split
 * ring: given the guest's features (QEMU Device Settings, as the dialog stores them) it shows
 * last_avail_idx and used.idx as counted here from the log's pops and fills since the last reset; without
 * them (packed, or split with IN_ORDER: the log cannot tell) the indices are unknown, not made up, and drawn
 * hatched. Either way, and on the QEMU 11.1 log of a packed virtio-net device, each queue's ring, whose size
 * the log does not give, is drawn hatched, with its popped and filled counters and its elements in flight as
 * counted here. The Outline folds the queues of epochs a reset ended, as the Rings view does.
 */
@ExtendWith(WorkbenchTest.class)
class InOrderRingsTest {

    private static final String K = "k_virtio-blk_split_inorder";
    /** An event in the Linux guest's epoch (the log ends with resets). */
    private static final long AT = 5000;

    @BeforeEach
    void setUp() {
        UI.openPerspective(RingsideUI.PERSPECTIVE_ID);
    }

    @AfterEach
    void tearDown() throws Exception {
        Traces.closeEditors();
        IFile f = Traces.workspaceFile(log());
        UI.run(() -> {
            try {
                QemuSettings.store(f, QemuSettings.Values.NONE);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static Path log() {
        return Traces.repo().resolve("samples/traces/qemu/" + K + ".trace.log.xz");
    }

    /** The guest's features as its console recorded them (sysfs bits). */
    private static String consoleFeatures() throws Exception {
        Matcher m = Pattern.compile("features=([01]+)")
                .matcher(Files.readString(Traces.repo().resolve("samples/traces/qemu/" + K + ".console.txt")));
        assertTrue(m.find());
        return m.group(1);
    }

    private static TraceEditor open(QemuSettings.Values settings) throws Exception {
        IFile f = Traces.workspaceFile(log());
        UI.run(() -> {
            try {
                QemuSettings.store(f, settings);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        TraceEditor ed = Traces.open(f);
        UI.waitUntil(Condition.of("indexed", ed::isReady), Duration.ofSeconds(120));
        UI.run(() -> ed.seek(AT));
        return ed;
    }

    /** The Rings view's text lines once it draws vq 0 of the current epoch. */
    private static List<String> ringLines() {
        RingView rings = Traces.rings();
        UI.waitUntil(Condition.of("the Rings view draws vq 0",
                () -> UI.sync(rings::lines).stream().anyMatch(l -> l.startsWith("Elements in flight"))));
        return UI.sync(rings::lines);
    }

    /** The Rings view's text lines once they include {@code expected}. */
    private static List<String> ringLines(String expected) {
        RingView rings = Traces.rings();
        UI.waitUntil(Condition.of("the Rings view draws " + expected, () -> UI.sync(rings::lines).contains(expected)));
        return UI.sync(rings::lines);
    }

    /** The line of a state entry (its key first), e.g. {@code lastAvailIdx 1249}. */
    private static String entry(List<String> lines, String key) {
        return lines.stream().filter(l -> l.strip().startsWith(key)).findFirst()
                .orElseThrow(() -> new AssertionError(key + " not drawn: " + lines));
    }

    /**
     * Pops and fills per queue (index 0 and 1 of each entry) since the last reset, counted from the events
     * from the first to {@code last}.
     */
    private static Map<Integer, long[]> popsAndFills(TraceEditor ed, long last) {
        Map<Integer, long[]> counts = new TreeMap<>();
        TraceEvent e = new TraceEvent();
        for (long n = 0; n <= last; n++) {
            long k = n;
            UI.sync(() -> ed.session().event(k, e));
            switch (e.type().id()) {
                case "op_status" -> {
                    if (e.get(e.type().slot("status")) == 0) {
                        counts.clear();
                    }
                }
                case "op_pop" -> counts.computeIfAbsent(e.queue(), q -> new long[2])[0]++;
                case "op_fill" -> counts.computeIfAbsent(e.queue(), q -> new long[2])[1]++;
                default -> {
                }
            }
        }
        return counts;
    }

    /**
     * The first pop on queue {@code q} in the log's second half that leaves at least {@code atLeast} elements
     * in flight on it (popped since the last reset and not filled), counted from the events; -1 when none does.
     */
    private static long popInFlight(TraceEditor ed, int q, int atLeast) {
        long count = UI.sync(() -> ed.session().eventCount());
        long inFlight = 0;
        TraceEvent e = new TraceEvent();
        for (long n = 0; n < count; n++) {
            long k = n;
            UI.sync(() -> ed.session().event(k, e));
            switch (e.type().id()) {
                case "op_status" -> inFlight = e.get(e.type().slot("status")) == 0 ? 0 : inFlight;
                case "op_pop" -> inFlight += e.queue() == q ? 1 : 0;
                case "op_fill" -> inFlight -= e.queue() == q ? 1 : 0;
                default -> {
                }
            }
            if (n > count / 2 && inFlight >= atLeast && e.type().id().equals("op_pop") && e.queue() == q) {
                return n;
            }
        }
        return -1;
    }

    /**
     * What the Rings view must show of virtqueue {@code q} whatever the features say: a ring of unknown
     * size, hatched; its popped and filled counters and its elements in flight (the first 64) as counted.
     */
    private static void assertDrawnAsCounted(int q, long[] popsFills, List<String> lines) {
        long pops = popsFills[0];
        long fills = popsFills[1];
        RingView rings = Traces.rings();
        long hatched = UI.sync(rings::hits).stream()
                .filter(h -> h.text() != null && h.text().startsWith("vq " + q + " ring slot: unknown")).count();
        assertTrue(hatched > 0, "vq " + q + ": the ring of unknown size drawn hatched");
        assertTrue(lines.contains("vq " + q + " ring of unknown size: " + hatched + " cells hatched"), lines.toString());
        assertTrue(lines.contains("vq " + q + " popped " + pops), "vq " + q + " popped " + pops + ": " + lines);
        assertTrue(lines.contains("vq " + q + " filled " + fills), "vq " + q + " filled " + fills + ": " + lines);
        assertTrue(lines.contains("vq " + q + " avail.idx unknown"), "avail.idx is in no trace line: " + lines);
        // every fill completes one element popped before it: those popped and not filled are in flight
        long inFlight = lines.stream().filter(l -> l.startsWith("vq " + q + " in flight 0x")).count();
        assertEquals(Math.min(64, pops - fills), inFlight, "vq " + q + ": elements in flight (the first 64)");
    }

    @Test
    void theIndicesAreKnownWithTheGuestsFeaturesAndUnknownWithout() throws Exception {
        TraceEditor ed = open(new QemuSettings.Values(List.of(consoleFeatures()), List.of()));
        long at = popInFlight(ed, 0, 4);
        assertTrue(at > 0, "requests in flight");
        UI.run(() -> ed.seek(at));
        long[] q0 = popsAndFills(ed, at).get(0);
        long pops = q0[0];
        long fills = q0[1];
        assertTrue(pops > 100, "requests in the Linux epoch: " + pops);
        List<String> with = ringLines("vq 0 popped " + pops);
        assertTrue(entry(with, "lastAvailIdx").matches("lastAvailIdx\\D+" + (pops & 0xffff) + "\\b.*"),
                "last_avail_idx: " + pops + " pops since the reset: " + with);
        // IN_ORDER without flushes: every fill is published in pop order, so used.idx is the fills' count
        assertTrue(entry(with, "usedIdx").matches("usedIdx\\D+" + (fills & 0xffff) + "\\b.*"),
                "used.idx: " + fills + " fills since the reset: " + with);
        // the same indices drawn as values beside the ring
        assertTrue(with.contains("vq 0 last_avail_idx " + (pops & 0xffff)), with.toString());
        assertTrue(with.contains("vq 0 used.idx " + (fills & 0xffff)), with.toString());
        assertDrawnAsCounted(0, q0, with);
        UI.screenshot("rings-inorder-known");
        maximizedScreenshot("rings-maximized-" + K); // the documentation's picture
        Traces.closeEditors();

        TraceEditor plain = open(QemuSettings.Values.NONE);
        UI.run(() -> plain.seek(at));
        List<String> without = ringLines("vq 0 popped " + pops);
        assertTrue(entry(without, "lastAvailIdx").contains("unknown") || !entry(without, "lastAvailIdx").matches(".*\\d.*"),
                "last_avail_idx unknown without the features: " + without);
        assertTrue(without.stream().noneMatch(l -> l.startsWith("last_avail ") || l.startsWith("used.idx ")), without.toString());
        assertTrue(without.contains("vq 0 last_avail_idx unknown") && without.contains("vq 0 used.idx unknown"), without.toString());
        RingView rings = Traces.rings();
        // drawn hatched, the tooltip saying what would tell them
        List<String> why = UI.sync(rings::hits).stream().map(h -> h.text())
                .filter(t -> t != null && (t.startsWith("vq 0 last_avail_idx: ") || t.startsWith("vq 0 used.idx: "))).toList();
        assertEquals(2, why.size(), why.toString());
        assertTrue(why.stream().allMatch(t -> t.contains("QEMU Device Settings")), why.toString());
        assertDrawnAsCounted(0, q0, without);
        UI.screenshot("rings-inorder-unknown");
    }

    @Test
    void thePackedNetQueuesAreDrawnWithTheirElementsInFlightAndUnknownIndices() throws Exception {
        IFile f = Traces.workspaceFile(Traces.repo().resolve("samples/traces/qemu/q_virtio-net_packed.trace.log.xz"));
        TraceEditor ed = Traces.open(f);
        UI.waitUntil(Condition.of("indexed", ed::isReady), Duration.ofSeconds(120));
        long at = popInFlight(ed, 1, 1);
        assertTrue(at > 0, "a transmit buffer in flight");
        Map<Integer, long[]> counts = popsAndFills(ed, at);
        long cursor = at;
        UI.run(() -> ed.seek(cursor));
        List<String> lines = ringLines("vq 1 popped " + counts.get(1)[0]);
        for (Map.Entry<Integer, long[]> q : counts.entrySet()) {
            assertDrawnAsCounted(q.getKey(), q.getValue(), lines);
            // packed, or split with IN_ORDER: the log cannot tell, so neither index is made up
            assertTrue(lines.contains("vq " + q.getKey() + " last_avail_idx unknown")
                    && lines.contains("vq " + q.getKey() + " used.idx unknown"), lines.toString());
        }
        assertTrue(counts.containsKey(0) && counts.containsKey(1), "receive and transmit queues used: " + counts.keySet());
        UI.screenshot("rings-q_virtio-net_packed");
        maximizedScreenshot("rings-maximized-q_virtio-net_packed");
    }

    /** A screenshot of the Rings view maximized in the maximized window. */
    private static void maximizedScreenshot(String name) {
        RingView rings = Traces.rings();
        UI.maximize();
        UI.run(() -> UI.page().setPartState(UI.page().getReference(rings), IWorkbenchPage.STATE_MAXIMIZED));
        UI.flushEvents();
        UI.screenshot(name);
        UI.run(() -> UI.page().setPartState(UI.page().getReference(rings), IWorkbenchPage.STATE_RESTORED));
    }

    @Test
    void theOutlineFoldsTheQueuesOfEndedEpochsAsTheRingsViewDoes() throws Exception {
        open(QemuSettings.Values.NONE);
        List<String> lines = ringLines();
        long ended = lines.stream().filter(l -> l.matches("epoch \\d+, ended by a reset")).count();
        assertTrue(ended > 0, "the firmware's epoch ended before Linux's: " + lines);
        UI.sync(() -> UI.page().showView(IPageLayout.ID_OUTLINE));
        UI.flushEvents();
        Tree tree = (Tree) UI.waitForWidget("the outline tree", UI.withId("outline.tree"));
        UI.waitUntil(Condition.of("the outline shows the queues", () -> UI.sync(() -> queueItems(tree).size()) > 0));
        List<TreeItem> queues = UI.sync(() -> queueItems(tree));
        long folded = UI.sync(() -> queues.stream().filter(i -> i.getItemCount() == 0).count());
        assertEquals(ended, folded, "queues of ended epochs without children, as many as the Rings view folds");
        assertEquals(queues.size() - ended, (long) UI.sync(() -> queues.stream().filter(i -> i.getItemCount() > 0).count()),
                "the current epoch's queue keeps its state");
    }

    private static List<TreeItem> queueItems(Tree tree) {
        List<TreeItem> out = new ArrayList<>();
        for (TreeItem d : tree.getItems()) {
            for (TreeItem c : d.getItems()) {
                if (c.getData() instanceof GenericQueue) {
                    out.add(c);
                }
            }
        }
        return out;
    }
}

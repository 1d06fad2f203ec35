package io.ringside.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.resources.IFile;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
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
 * them (packed, or split with IN_ORDER: the log cannot tell) the indices are unknown, not made up. The Outline
 * folds the queues of epochs a reset ended, as the Rings view does.
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

    /** The line of a state entry (its key first), e.g. {@code lastAvailIdx 1249}. */
    private static String entry(List<String> lines, String key) {
        return lines.stream().filter(l -> l.strip().startsWith(key)).findFirst()
                .orElseThrow(() -> new AssertionError(key + " not drawn: " + lines));
    }

    @Test
    void theIndicesAreKnownWithTheGuestsFeaturesAndUnknownWithout() throws Exception {
        // pops and fills of queue 0 since the last reset, counted from the events up to AT
        TraceEditor ed = open(new QemuSettings.Values(List.of(consoleFeatures()), List.of()));
        long pops = 0;
        long fills = 0;
        TraceEvent e = new TraceEvent();
        for (long n = 0; n <= AT; n++) {
            long k = n;
            UI.sync(() -> ed.session().event(k, e));
            switch (e.type().id()) {
                case "op_status" -> {
                    if (e.get(e.type().slot("status")) == 0) {
                        pops = fills = 0;
                    }
                }
                case "op_pop" -> pops += e.queue() == 0 ? 1 : 0;
                case "op_fill" -> fills += e.queue() == 0 ? 1 : 0;
                default -> {
                }
            }
        }
        assertTrue(pops > 100, "requests in the Linux epoch: " + pops);
        List<String> with = ringLines();
        assertTrue(entry(with, "lastAvailIdx").matches("lastAvailIdx\\D+" + (pops & 0xffff) + "\\b.*"),
                "last_avail_idx: " + pops + " pops since the reset: " + with);
        // IN_ORDER without flushes: every fill is published in pop order, so used.idx is the fills' count
        assertTrue(entry(with, "usedIdx").matches("usedIdx\\D+" + (fills & 0xffff) + "\\b.*"),
                "used.idx: " + fills + " fills since the reset: " + with);
        UI.screenshot("rings-inorder-known");
        Traces.closeEditors();

        open(QemuSettings.Values.NONE);
        List<String> without = ringLines();
        assertTrue(entry(without, "lastAvailIdx").contains("unknown") || !entry(without, "lastAvailIdx").matches(".*\\d.*"),
                "last_avail_idx unknown without the features: " + without);
        assertTrue(without.stream().noneMatch(l -> l.startsWith("last_avail ") || l.startsWith("used.idx ")), without.toString());
        UI.screenshot("rings-inorder-unknown");
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

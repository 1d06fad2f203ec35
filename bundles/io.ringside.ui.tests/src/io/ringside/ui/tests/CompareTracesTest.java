package io.ringside.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IViewReference;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.navigator.CommonNavigator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import io.ringside.ui.RingsideUI;
import io.ringside.ui.internal.compare.ComparisonView;
import io.ringside.ui.tests.harness.Condition;
import io.ringside.ui.tests.harness.Traces;
import io.ringside.ui.tests.harness.UI;
import io.ringside.ui.tests.harness.WorkbenchTest;

/**
 * Compare With &gt; Each Other on two real QEMU logs of NVMe guests (QEMU 7.2 and 11.1), selected in the
 * Project Explorer: the Comparison view's table gives each log's completed requests as the log counts
 * them (its completion lines, read here), and the plot saves as SVG.
 */
@ExtendWith(WorkbenchTest.class)
class CompareTracesTest {

    private static final String[] LOGS = { "d_nvme_smp1", "n_nvme_qemu11_smp2" };

    @BeforeEach
    void setUp() {
        UI.openPerspective(RingsideUI.PERSPECTIVE_ID);
    }

    @AfterEach
    void tearDown() {
        UI.closeStrayShells();
        Traces.closeEditors();
    }

    @Test
    void twoLogsComparedFromTheProjectExplorer(@TempDir Path dir) throws Exception {
        IFile[] files = new IFile[LOGS.length];
        Path[] paths = new Path[LOGS.length];
        for (int i = 0; i < LOGS.length; i++) {
            paths[i] = Traces.repo().resolve("samples/traces/qemu/" + LOGS[i] + ".trace.log.xz");
            files[i] = Traces.workspaceFile(paths[i]);
        }
        IViewReference explorer = UI.viewReference("org.eclipse.ui.navigator.ProjectExplorer");
        UI.run(() -> {
            CommonNavigator nav = (CommonNavigator) explorer.getView(true);
            UI.page().activate(nav);
            nav.selectReveal(new StructuredSelection(files));
        });
        UI.run(() -> {
            try {
                UI.window().getService(IHandlerService.class).executeCommand("io.ringside.ui.commands.compareTraces", null);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        UI.waitForJobs(ComparisonView.JOB_FAMILY, Duration.ofSeconds(120));
        ComparisonView view = UI.sync(() -> (ComparisonView) UI.page().findView(ComparisonView.ID));
        assertNotNull(view, "the Comparison view opened");
        UI.waitUntil(Condition.of("the view shows the traces", () -> UI.sync(view::traces) != null));

        Table t = view.table();
        String[] requests = UI.sync(() -> {
            for (TableItem it : t.getItems()) {
                if (it.getText(0).equals("  requests")) { // the first section: the whole trace
                    return new String[] { it.getText(1), it.getText(2) };
                }
            }
            return null;
        });
        assertNotNull(requests, "a row of completed requests");
        for (int i = 0; i < LOGS.length; i++) {
            assertEquals(TimelineViewTest.count(paths[i], "pci_nvme_enqueue_req_completion"),
                    Long.parseLong(requests[i].replace(",", "")), LOGS[i] + ": requests completed, against the log");
        }
        assertEquals(files[0].getName(), UI.sync(() -> t.getColumn(1).getText()));
        UI.maximize();
        UI.run(() -> UI.page().setPartState(UI.page().getReference(view), org.eclipse.ui.IWorkbenchPage.STATE_MAXIMIZED));
        UI.flushEvents();
        UI.screenshot("compare-traces");
        UI.run(() -> UI.page().setPartState(UI.page().getReference(view), org.eclipse.ui.IWorkbenchPage.STATE_RESTORED));

        Path svg = dir.resolve("traces.svg");
        UI.run(() -> {
            try {
                view.saveSvg(svg);
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        });
        String text = Files.readString(svg);
        assertTrue(text.startsWith("<svg") || text.startsWith("<?xml"), "an SVG file");
        assertTrue(text.contains(files[0].getName()) && text.contains(files[1].getName()), "naming both traces");
    }
}

package io.ringside.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IViewReference;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.navigator.CommonNavigator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import io.ringside.emulator.Comparison;
import io.ringside.emulator.WorkloadReader;
import io.ringside.ui.RingsideUI;
import io.ringside.ui.internal.compare.ComparisonView;
import io.ringside.ui.tests.harness.Condition;
import io.ringside.ui.tests.harness.UI;
import io.ringside.ui.tests.harness.WorkbenchTest;

/**
 * Ringside &gt; Compare Configurations... on a workload file, through the real dialog: a bad setting is
 * refused in the dialog, a good one runs in a job, and the Comparison view shows what an independent
 * {@link Comparison} of the same inputs measures, in its table, its bars' tool tips and the SVG it saves.
 */
@ExtendWith(WorkbenchTest.class)
class ComparisonViewTest {

    private IProject project;

    @BeforeEach
    void setUp() throws Exception {
        UI.openPerspective(RingsideUI.PERSPECTIVE_ID);
        UI.maximize();
        project = ResourcesPlugin.getWorkspace().getRoot().getProject("compare-tests");
        if (!project.exists()) {
            project.create(null);
        }
        project.open(null);
    }

    @AfterEach
    void tearDown() throws Exception {
        UI.closeStrayShells();
        project.delete(true, true, null);
    }

    @Test
    void comparesAWorkloadsConfigurationsFromItsContextAndShowsThemSideBySide(@TempDir Path dir) throws Exception {
        IFolder folder = project.getFolder("workloads");
        folder.create(true, true, null);
        IFile wl = folder.getFile("cmp-virtio.json");
        String json = "{\"name\":\"cmp-virtio\",\"device\":\"virtio-blk\",\"requests\":3000,\"seed\":7,\"queueDepth\":16,"
                + "\"batch\":4,\"virtio\":{\"layout\":\"split\",\"queueSize\":128}}\n";
        wl.create(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), true, null);

        // the workload file selected in the Project Explorer, then the command (as its context menu runs it)
        IViewReference explorer = UI.viewReference("org.eclipse.ui.navigator.ProjectExplorer");
        UI.run(() -> {
            CommonNavigator nav = (CommonNavigator) explorer.getView(true);
            UI.page().activate(nav);
            nav.selectReveal(new StructuredSelection(wl));
        });
        UI.async(() -> {
            try {
                UI.page().getWorkbenchWindow().getService(IHandlerService.class).executeCommand(
                        "io.ringside.ui.commands.compare", null);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        Combo workload = (Combo) UI.waitForWidget("the comparison dialog", UI.withId("compare.workload"));
        assertEquals(wl.getFullPath().toString(), UI.sync(workload::getText), "the dialog starts from the selected workload");
        assertTrue(UI.sync(() -> List.of(workload.getItems()).containsAll(List.of("nvme", "virtio-blk",
                wl.getFullPath().toString()))), "devices and the workspace's workload files are offered");

        // a key virtio has not: refused in the dialog, which stays open
        UI.type(UI.find(UI.withId("compare.vary")), "layout=split,packed\nshadow-doorbell=on");
        UI.click((Button) UI.find(UI.withId("compare.ok")));
        UI.waitForWidget("the dialog names the bad key", UI.withTextContaining("cannot vary 'shadow-doorbell' for virtio"));

        UI.type(UI.find(UI.withId("compare.vary")), "layout=split,packed\nevent-idx=off,on");
        UI.type(UI.find(UI.withId("compare.requests")), "1500");
        UI.click((Button) UI.find(UI.withId("compare.ok")));
        UI.waitUntil(Condition.of("the dialog closed", () -> UI.find(UI.withId("compare.workload")) == null));
        UI.waitForJobs(ComparisonView.JOB_FAMILY, Duration.ofSeconds(120));
        ComparisonView view = UI.sync(() -> (ComparisonView) UI.page().findView(ComparisonView.ID));
        assertNotNull(view, "the Comparison view opened");
        UI.waitUntil(Condition.of("the view shows the four configurations", () -> view.runs().size() == 4));

        // an independent comparison of the same inputs measures the same
        Comparison expected = Comparison.of(WorkloadReader.read(wl.getLocation().toPath()).withRequests(1500),
                List.of("layout=split,packed", "event-idx=off,on"), null);
        List<Comparison.Run> runs = expected.run(null);
        Table table = UI.sync(view::table);
        assertEquals(4, UI.sync(table::getItemCount));
        for (int i = 0; i < 4; i++) {
            int row = i;
            Comparison.Run r = runs.get(i);
            assertEquals(r.label(), UI.sync(() -> table.getItem(row).getText(0)));
            assertEquals(String.format(java.util.Locale.ROOT, "%.3f", r.perRequest().get("kicks")),
                    UI.sync(() -> table.getItem(row).getText(1)), r.label() + " kicks per request");
            assertEquals(String.format(java.util.Locale.ROOT, "%.3f", r.perRequest().get("interrupts")),
                    UI.sync(() -> table.getItem(row).getText(3)), r.label() + " interrupts per request");
            assertEquals("0", UI.sync(() -> table.getItem(row).getText(5)), "the reference emulator breaks no rule");
        }
        assertTrue(runs.get(3).perRequest().get("interruptsSuppressed") > runs.get(2).perRequest().get("interruptsSuppressed"),
                "EVENT_IDX suppresses interrupts on the packed ring too: " + runs);

        // the bars: one per plotted figure and configuration, with their figures in the tool tip
        UI.run(() -> UI.page().setPartState(UI.page().findViewReference(ComparisonView.ID),
                org.eclipse.ui.IWorkbenchPage.STATE_MAXIMIZED));
        UI.flushEvents();
        UI.run(() -> UI.page().findView(ComparisonView.ID).getViewSite().getShell().update());
        UI.flushEvents();
        for (int g = 0; g < 4; g++) {
            for (int k = 0; k < 2; k++) {
                int group = g;
                int figure = k;
                assertNotNull(UI.sync(() -> view.barCenter(group, figure)), "a bar for figure " + k + " of configuration " + g);
            }
        }
        Point bar = UI.sync(() -> view.barCenter(3, 1));
        assertNotNull(bar, "the chart drew the interrupts bar of the fourth configuration");
        String tip = UI.sync(() -> view.chartTip(bar));
        assertEquals(runs.get(3).label() + ": interrupts " + String.format(java.util.Locale.ROOT, "%.3f",
                runs.get(3).perRequest().get("interrupts")) + " per request", tip);

        Path svg = dir.resolve("plot.svg");
        UI.run(() -> {
            try {
                view.saveSvg(svg);
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        });
        assertEquals(expected.svg(runs), Files.readString(svg), "the saved plot is the one ringside compare -o writes");
        UI.screenshot("comparison");
        UI.run(() -> UI.page().setPartState(UI.page().findViewReference(ComparisonView.ID),
                org.eclipse.ui.IWorkbenchPage.STATE_RESTORED));
    }
}

package io.ringside.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.eclipse.swt.widgets.Link;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.ringside.ui.RingsideUI;
import io.ringside.ui.internal.editor.TraceEditor;
import io.ringside.ui.internal.prefs.RingsidePreferences;
import io.ringside.ui.internal.start.GettingStartedPage;
import io.ringside.ui.tests.harness.Condition;
import io.ringside.ui.tests.harness.Traces;
import io.ringside.ui.tests.harness.UI;
import io.ringside.ui.tests.harness.WorkbenchTest;

/**
 * The getting-started page: shown on the first start of a workspace, opened again from Help, and its links
 * do what they say (the emulator link is tested where the debugger's bundles are, in debug.ui.tests).
 */
@ExtendWith(WorkbenchTest.class)
class GettingStartedTest {

    @BeforeEach
    void setUp() {
        UI.openPerspective(RingsideUI.PERSPECTIVE_ID);
        UI.waitForJobs(RingsideUI.SAMPLES_JOB_FAMILY, Duration.ofSeconds(60));
    }

    @AfterEach
    void tearDown() {
        Traces.closeEditors();
    }

    /** Help > Ringside Getting Started, as the menu runs it. */
    static GettingStartedPage openPage() {
        UI.run(() -> {
            try {
                UI.window().getService(IHandlerService.class).executeCommand("io.ringside.ui.commands.gettingStarted", null);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        return (GettingStartedPage) UI.sync(() -> UI.page().getActiveEditor());
    }

    @Test
    void theFirstStartOfTheWorkspaceShowedThePage() {
        // the test workbench started on a new workspace without files to open: the page was opened then
        assertTrue(UI.sync(() -> RingsidePreferences.store().getBoolean(RingsidePreferences.GETTING_STARTED_SHOWN)));
    }

    @Test
    void theSampleLinkOpensARealQemuLogInTheTraceEditor() {
        GettingStartedPage page = openPage();
        assertEquals("Getting Started", UI.sync(page::getPartName));
        UI.screenshot("getting-started");
        Link sample = (Link) UI.waitForWidget("the sample link", UI.withId("start.sample"));
        UI.click(sample);
        UI.waitUntil(Condition.of("a trace editor on the sample log", () -> UI.sync(() -> {
            IEditorPart p = UI.page().getActiveEditor();
            return p instanceof TraceEditor ed && ed.session().file().toString().endsWith(GettingStartedPage.SAMPLE_LOG);
        })), Duration.ofSeconds(30));
        TraceEditor ed = (TraceEditor) UI.sync(() -> UI.page().getActiveEditor());
        UI.waitUntil(Condition.of("indexed", ed::isReady), Duration.ofSeconds(60));
        assertEquals("operation", UI.sync(() -> ed.model().getLevel()));
    }

    @Test
    void theQemuSectionGivesTheCommandLineThatMakesALog() {
        openPage();
        org.eclipse.swt.widgets.Text cmd = (org.eclipse.swt.widgets.Text) UI.waitForWidget("the command", UI.withId("start.qemuCommand"));
        String text = UI.sync(cmd::getText);
        assertTrue(text.contains("-trace 'virtqueue_*'") && text.contains("-trace 'pci_nvme_*'") && text.contains("-D vm.trace.log"), text);
    }

    @Test
    void theCompareLinkOpensTheComparisonDialog() {
        openPage();
        Link compare = (Link) UI.waitForWidget("the compare link", UI.withId("start.compare"));
        UI.async(() -> compare.notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event()));
        org.eclipse.swt.widgets.Combo workload = (org.eclipse.swt.widgets.Combo) UI.waitForWidget("the comparison dialog",
                UI.withId("compare.workload"));
        UI.run(() -> workload.getShell().close());
        UI.waitUntil(Condition.of("the dialog closed", () -> UI.find(UI.withId("compare.workload")) == null));
    }

    /**
     * In a narrow editor the page's texts wrap to its width (nothing reaches past its right edge, no
     * sideways scrolling) and the page scrolls vertically; in a wide one they wrap at the reading width.
     */
    @Test
    void theTextWrapsToANarrowEditorAndScrollsVertically() {
        GettingStartedPage page = openPage();
        Link compare = (Link) UI.waitForWidget("the compare link", UI.withId("start.compare"));
        org.eclipse.swt.custom.ScrolledComposite scroll = UI.sync(() -> (org.eclipse.swt.custom.ScrolledComposite) compare
                .getParent().getParent());
        org.eclipse.swt.widgets.Shell shell = UI.sync(() -> UI.window().getShell());
        org.eclipse.swt.graphics.Rectangle before = UI.sync(shell::getBounds);
        boolean maximized = UI.sync(shell::getMaximized);
        UI.run(() -> UI.page().setPartState(UI.page().getReference(page), org.eclipse.ui.IWorkbenchPage.STATE_MAXIMIZED));
        try {
            int lineHeight = UI.sync(() -> {
                org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(compare);
                try {
                    return gc.getFontMetrics().getHeight();
                } finally {
                    gc.dispose();
                }
            });
            UI.run(() -> {
                shell.setMaximized(false);
                shell.setSize(420, 520);
            });
            UI.flushEvents();
            UI.screenshot("getting-started-narrow");
            int client = UI.sync(() -> scroll.getClientArea().width);
            assertTrue(client > 100 && client < 420, "a narrow page: " + client);
            for (org.eclipse.swt.widgets.Control c : UI.sync(() -> compare.getParent().getChildren())) {
                org.eclipse.swt.graphics.Rectangle b = UI.sync(c::getBounds);
                assertTrue(b.x >= 0 && b.x + b.width <= client, c + " within the visible width " + client + ": " + b);
            }
            int pageWidth = UI.sync(() -> compare.getParent().getSize().x);
            assertTrue(pageWidth <= client, "the page (" + pageWidth + ") no wider than the editor (" + client + ")");
            assertTrue(!UI.sync(() -> scroll.getHorizontalBar().getVisible()), "no sideways scrolling");
            int narrowHeight = UI.sync(() -> compare.getSize().y);
            assertTrue(narrowHeight > 3 * lineHeight, "the compare link wrapped to several lines: " + narrowHeight);
            assertTrue(UI.sync(() -> scroll.getVerticalBar().getVisible()), "the page scrolls vertically");
            assertTrue(UI.sync(() -> compare.getParent().getSize().y) > UI.sync(() -> scroll.getClientArea().height),
                    "the page taller than the editor");

            UI.run(() -> shell.setSize(1500, 950));
            UI.flushEvents();
            int wide = UI.sync(() -> scroll.getClientArea().width);
            for (org.eclipse.swt.widgets.Control c : UI.sync(() -> compare.getParent().getChildren())) {
                org.eclipse.swt.graphics.Rectangle b = UI.sync(c::getBounds);
                assertTrue(b.x + b.width <= wide && b.width <= 800, c + " at the reading width: " + b);
            }
            assertTrue(UI.sync(() -> compare.getSize().y) < narrowHeight / 2, "a wide page: the compare link in fewer lines");
        } finally {
            UI.run(() -> {
                shell.setBounds(before);
                shell.setMaximized(maximized);
            });
            UI.run(() -> UI.page().setPartState(UI.page().getReference(page), org.eclipse.ui.IWorkbenchPage.STATE_RESTORED));
        }
    }
}

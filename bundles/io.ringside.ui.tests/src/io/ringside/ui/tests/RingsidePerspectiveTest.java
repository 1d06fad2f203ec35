package io.ringside.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.Widget;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewReference;
import org.eclipse.ui.navigator.CommonNavigator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.ringside.ui.RingsideUI;
import io.ringside.ui.internal.RingView;
import io.ringside.ui.tests.harness.Condition;
import io.ringside.ui.tests.harness.UI;
import io.ringside.ui.tests.harness.WorkbenchTest;

@ExtendWith(WorkbenchTest.class)
class RingsidePerspectiveTest {

    @BeforeEach
    void openPerspective() {
        UI.openPerspective(RingsideUI.PERSPECTIVE_ID);
        UI.waitUntil(Condition.of("the Ringside perspective is active",
                () -> RingsideUI.PERSPECTIVE_ID.equals(UI.page().getPerspective().getId())));
    }

    @Test
    void perspectiveShowsItsViews() {
        String[] views = { RingsideUI.RING_VIEW_ID, IPageLayout.ID_OUTLINE, IPageLayout.ID_PROP_SHEET,
                IPageLayout.ID_PROBLEM_VIEW, "org.eclipse.debug.ui.DebugView", "org.eclipse.debug.ui.VariableView",
                "org.eclipse.debug.ui.BreakpointView", "org.eclipse.ui.navigator.ProjectExplorer" };
        for (String id : views) {
            IViewReference ref = UI.viewReference(id);
            assertNotNull(ref, "view " + id + " is in the Ringside perspective");
            assertTrue(UI.sync(() -> ref.getView(true) != null), "view " + id + " can be created");
        }
        assertTrue(UI.sync(() -> UI.page().isEditorAreaVisible()), "the editor area (event tables) is visible");
    }

    @Test
    void ringViewSaysHowToStart() {
        Widget w = UI.waitForWidget("the ring view's empty message", UI.withId("rings.empty"));
        assertEquals(RingView.EMPTY_MESSAGE, UI.sync(() -> ((Label) w).getText()));
        assertTrue(UI.sync(() -> ((Label) w).isVisible()), "the message is visible");
    }

    /**
     * The tests run the Ringside product (as {@code ./ringside ide} does), so its theme is the one users get:
     * trees in views must be painted light with dark text. A product stylesheet given as a bare
     * {@code applicationCSS} left the theme registry's colours unresolved and painted them black, which hid
     * every label of the Project Explorer and the Outline.
     */
    @Test
    void viewsArePaintedInTheProductsLightTheme() {
        assertEquals("io.ringside.ui.product", UI.sync(() -> Platform.getProduct().getId()),
                "the tests run the Ringside product");
        IViewReference ref = UI.viewReference("org.eclipse.ui.navigator.ProjectExplorer");
        assertNotNull(ref, "the Project Explorer is in the perspective");
        UI.run(() -> UI.page().activate(ref.getPart(true)));
        UI.flushEvents();
        Tree tree = UI.sync(() -> ((CommonNavigator) ref.getView(true)).getCommonViewer().getTree());
        RGB bg = UI.sync(() -> tree.getBackground().getRGB());
        RGB fg = UI.sync(() -> tree.getForeground().getRGB());
        assertTrue(luminance(bg) > 0.8, "the tree's background is light: " + bg);
        assertTrue(luminance(bg) - luminance(fg) > 0.5, "the tree's text stands out from it: " + fg + " on " + bg);
    }

    private static double luminance(RGB c) {
        return (0.2126 * c.red + 0.7152 * c.green + 0.0722 * c.blue) / 255;
    }

    @Test
    void screenshotOfTheWorkbench() throws Exception {
        UI.maximize();
        Path png = UI.screenshot("ringside-perspective");
        assertTrue(Files.size(png) > 1000, "a real PNG was written: " + png);
        byte[] head = new byte[8];
        try (var in = Files.newInputStream(png)) {
            assertEquals(8, in.read(head));
        }
        assertEquals((byte) 0x89, head[0]);
        assertEquals('P', head[1]);
    }
}

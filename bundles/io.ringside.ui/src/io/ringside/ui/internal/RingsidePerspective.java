package io.ringside.ui.internal;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

import io.ringside.ui.RingsideUI;

/**
 * The Ringside perspective: traces in the editor area (event table), ring diagrams to its right,
 * projects and the debug stack on the left above the Outline, and Problems, Properties and the
 * debugger's Variables and Breakpoints below.
 */
public final class RingsidePerspective implements IPerspectiveFactory {

    static final String DEBUG_VIEW = "org.eclipse.debug.ui.DebugView";
    static final String VARIABLES_VIEW = "org.eclipse.debug.ui.VariableView";
    static final String BREAKPOINTS_VIEW = "org.eclipse.debug.ui.BreakpointView";
    static final String PROJECT_EXPLORER = "org.eclipse.ui.navigator.ProjectExplorer";
    static final String COMPARISON_VIEW = "io.ringside.ui.views.comparison";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editorArea = layout.getEditorArea();
        layout.setEditorAreaVisible(true);

        IFolderLayout left = layout.createFolder("io.ringside.ui.left", IPageLayout.LEFT, 0.20f, editorArea);
        left.addView(PROJECT_EXPLORER);
        left.addView(DEBUG_VIEW);

        IFolderLayout outline = layout.createFolder("io.ringside.ui.outline", IPageLayout.BOTTOM, 0.55f,
                "io.ringside.ui.left");
        outline.addView(IPageLayout.ID_OUTLINE);

        IFolderLayout bottom = layout.createFolder("io.ringside.ui.bottom", IPageLayout.BOTTOM, 0.68f, editorArea);
        bottom.addView(RingsideUI.TIMELINE_VIEW_ID);
        bottom.addView(IPageLayout.ID_PROBLEM_VIEW);
        bottom.addView(IPageLayout.ID_PROP_SHEET);
        bottom.addView(VARIABLES_VIEW);
        bottom.addView(BREAKPOINTS_VIEW);
        bottom.addPlaceholder(IPageLayout.ID_PROGRESS_VIEW);
        bottom.addPlaceholder(COMPARISON_VIEW);

        IFolderLayout rings = layout.createFolder("io.ringside.ui.rings", IPageLayout.RIGHT, 0.52f, editorArea);
        rings.addView(RingsideUI.RING_VIEW_ID);

        layout.addShowViewShortcut(RingsideUI.RING_VIEW_ID);
        layout.addShowViewShortcut(RingsideUI.TIMELINE_VIEW_ID);
        layout.addShowViewShortcut(IPageLayout.ID_OUTLINE);
        layout.addShowViewShortcut(IPageLayout.ID_PROP_SHEET);
        layout.addShowViewShortcut(IPageLayout.ID_PROBLEM_VIEW);
        layout.addShowViewShortcut(DEBUG_VIEW);
        layout.addShowViewShortcut(VARIABLES_VIEW);
        layout.addShowViewShortcut(BREAKPOINTS_VIEW);
        layout.addShowViewShortcut(PROJECT_EXPLORER);
        layout.addShowViewShortcut(COMPARISON_VIEW);
        layout.addPerspectiveShortcut(RingsideUI.PERSPECTIVE_ID);
        layout.addPerspectiveShortcut("org.eclipse.debug.ui.DebugPerspective");
    }
}

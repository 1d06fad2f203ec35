package io.ringside.ui.internal.start;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;

import io.ringside.ui.internal.prefs.RingsidePreferences;

/** Help &gt; Ringside Getting Started; and the page's first opening on a new workspace. */
public final class GettingStartedHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IWorkbenchWindow w = HandlerUtil.getActiveWorkbenchWindowChecked(event);
        try {
            open(w.getActivePage());
        } catch (PartInitException e) {
            throw new ExecutionException(e.getMessage(), e);
        }
        return null;
    }

    public static GettingStartedPage open(IWorkbenchPage page) throws PartInitException {
        return (GettingStartedPage) page.openEditor(GettingStartedInput.INSTANCE, GettingStartedPage.ID, true);
    }

    /**
     * Opens the page when this workspace has never shown it and the editor area is empty (a first start
     * without files to open); UI thread.
     */
    public static void openOnFirstStart() {
        if (RingsidePreferences.store().getBoolean(RingsidePreferences.GETTING_STARTED_SHOWN)) {
            return;
        }
        IWorkbenchWindow w = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        IWorkbenchPage page = w == null ? null : w.getActivePage();
        if (page == null || page.getEditorReferences().length > 0) {
            return;
        }
        RingsidePreferences.store().setValue(RingsidePreferences.GETTING_STARTED_SHOWN, true);
        RingsidePreferences.save();
        try {
            open(page);
        } catch (PartInitException e) {
            org.eclipse.core.runtime.ILog.of(GettingStartedHandler.class).log(e.getStatus());
        }
    }
}

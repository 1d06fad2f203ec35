package io.ringside.debug.ui;

import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;

import io.ringside.debug.core.TraceWrittenListener;

/**
 * Opens the trace a "Ringside Emulator" run wrote in the trace editor (which checks it: violations become
 * Problems markers), and shows the run's summary in the status line.
 */
public final class WrittenTraceOpener implements IStartup, TraceWrittenListener {

    @Override
    public void earlyStartup() {
        TraceWrittenListener.add(this);
    }

    @Override
    public void traceWritten(Path trace, String summary) {
        if (!PlatformUI.isWorkbenchRunning()) {
            return;
        }
        PlatformUI.getWorkbench().getDisplay().asyncExec(() -> open(trace, summary));
    }

    private static void open(Path trace, String summary) {
        IWorkbenchWindow w = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        if (w == null && PlatformUI.getWorkbench().getWorkbenchWindowCount() > 0) {
            w = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
        }
        IWorkbenchPage page = w == null ? null : w.getActivePage();
        if (page == null) {
            return;
        }
        try {
            IFile[] files = ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(trace.toUri());
            Object element = files.length > 0 && files[0].exists() ? files[0] : trace;
            IEditorPart ed = IDE.openEditor(page, RingsidePresentation.inputFor(element), RingsidePresentation.TRACE_EDITOR_ID,
                    true);
            if (ed != null) {
                ed.getEditorSite().getActionBars().getStatusLineManager().setMessage("Ringside Emulator wrote "
                        + trace.getFileName() + " (" + summary + ")");
            }
        } catch (PartInitException e) {
            ErrorDialog.openError(w.getShell(), "Ringside Emulator", "Cannot open the trace " + trace,
                    Status.error(e.getMessage(), e));
        }
    }
}

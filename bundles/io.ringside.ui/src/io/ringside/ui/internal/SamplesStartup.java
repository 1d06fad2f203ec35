package io.ringside.ui.internal;

import java.io.File;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.filesystem.EFS;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;

import io.ringside.ui.internal.start.GettingStartedHandler;

/**
 * Start-up work of the Ringside workbench: creates the samples project on the first start of a
 * workspace, and opens the files named on the command line ({@code ./ringside ide FILE...} passes
 * each as {@code -ringside.open PATH}) or, on the first start without files, the getting-started page.
 */
public final class SamplesStartup implements IStartup {

    /** Application argument that precedes a file to open. */
    public static final String OPEN_ARG = "-ringside.open";

    @Override
    public void earlyStartup() {
        SamplesProject.scheduleCreate();
        List<File> files = filesToOpen(Platform.getApplicationArgs());
        if (!files.isEmpty()) {
            PlatformUI.getWorkbench().getDisplay().asyncExec(() -> open(files));
        } else {
            PlatformUI.getWorkbench().getDisplay().asyncExec(GettingStartedHandler::openOnFirstStart);
        }
    }

    static List<File> filesToOpen(String[] args) {
        List<File> files = new ArrayList<>();
        for (int i = 0; i + 1 < args.length; i++) {
            if (OPEN_ARG.equals(args[i])) {
                files.add(new File(args[++i]));
            }
        }
        return files;
    }

    private static void open(List<File> files) {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        if (window == null || window.getActivePage() == null) {
            return;
        }
        IWorkbenchPage page = window.getActivePage();
        for (File f : files) {
            try {
                IDE.openEditorOnFileStore(page, EFS.getLocalFileSystem().fromLocalFile(f));
            } catch (PartInitException e) {
                ILog.of(SamplesStartup.class).log(Status.error("Cannot open " + f + ": " + e.getMessage(), e));
            }
        }
    }
}

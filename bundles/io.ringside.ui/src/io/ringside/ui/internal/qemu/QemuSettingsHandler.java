package io.ringside.ui.internal.qemu;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.ide.IDE;

import io.ringside.ui.internal.editor.TraceEditor;

/**
 * Ringside &gt; QEMU Device Settings... for the QEMU log in the active trace editor: the dialog, then the
 * settings remembered for the log's file and the log replayed with them (its editor opened again: the
 * index of the new settings is built, or taken from the cache when it was made with them before).
 */
public final class QemuSettingsHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        IEditorPart part = HandlerUtil.getActiveEditor(event);
        if (!(part instanceof TraceEditor ed)) {
            return null;
        }
        IWorkbenchPage page = part.getSite().getPage();
        IFile file = ed.getEditorInput().getAdapter(IFile.class);
        if (!"qemu-log".equals(ed.session().format().name()) || file == null) {
            MessageDialog.openInformation(part.getSite().getShell(), "QEMU Device Settings",
                    "Device settings are for QEMU trace logs in the workspace; " + part.getTitle() + " is not one.");
            return null;
        }
        QemuSettingsDialog d = new QemuSettingsDialog(part.getSite().getShell(), ed.session().file(),
                ed.session().header(), QemuSettings.load(file), ed.session().warnings());
        if (d.open() != Window.OK) {
            return null;
        }
        try {
            QemuSettings.store(file, d.result());
        } catch (CoreException e) {
            MessageDialog.openError(part.getSite().getShell(), "QEMU Device Settings", "Cannot remember the settings for "
                    + file.getName() + ": " + e.getMessage());
            return null;
        }
        reopen(page, ed);
        return null;
    }

    /** Replays the log with its settings: its editor closed and opened again on the same input. */
    static void reopen(IWorkbenchPage page, TraceEditor ed) {
        IEditorInput input = ed.getEditorInput();
        page.closeEditor(ed, false);
        try {
            IDE.openEditor(page, input, TraceEditor.ID, true);
        } catch (PartInitException e) {
            MessageDialog.openError(page.getWorkbenchWindow().getShell(), "QEMU Device Settings", e.getMessage());
        }
    }
}

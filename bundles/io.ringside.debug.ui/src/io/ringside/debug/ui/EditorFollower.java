package io.ringside.debug.ui;

import java.lang.reflect.Method;
import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;

import io.ringside.debug.core.CursorListener;

/**
 * Makes open trace editors follow the debugger: on every suspend, an editor showing the session's trace
 * moves its cursor to the event. Loosely coupled: any editor with a public {@code seek(long)} method
 * (the Ringside trace editor has one) follows; nothing here depends on the editor's bundle.
 */
public final class EditorFollower implements IStartup, CursorListener {

    @Override
    public void earlyStartup() {
        CursorListener.add(this);
    }

    @Override
    public void cursorMoved(Path trace, long event) {
        if (trace == null || event < 0 || !PlatformUI.isWorkbenchRunning()) {
            return;
        }
        PlatformUI.getWorkbench().getDisplay().asyncExec(() -> {
            for (IWorkbenchWindow w : PlatformUI.getWorkbench().getWorkbenchWindows()) {
                if (w.getActivePage() == null) {
                    continue;
                }
                for (IEditorReference ref : w.getActivePage().getEditorReferences()) {
                    IEditorPart part = ref.getEditor(false);
                    if (part != null && part.getEditorInput() instanceof IFileEditorInput in && same(in.getFile(), trace)) {
                        seek(part, event);
                    }
                }
            }
        });
    }

    private static boolean same(IFile f, Path trace) {
        return f.getLocation() != null && f.getLocation().toPath().toAbsolutePath().equals(trace.toAbsolutePath());
    }

    static void seek(IEditorPart part, long event) {
        try {
            Method m = part.getClass().getMethod("seek", long.class);
            m.invoke(part, event);
        } catch (ReflectiveOperationException | RuntimeException e) {
            // not a trace editor, or it could not move: the debugger goes on
        }
    }
}

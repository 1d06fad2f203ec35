package io.ringside.debug.ui;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Path;
import org.eclipse.debug.core.ILaunchManager;

/**
 * Runs the emulator on a workload file named by the command's parameter (a workspace path), as Run As &gt;
 * Ringside Emulator does: the getting-started page's link, which lives in a bundle without the debugger.
 */
public final class RunWorkloadHandler extends AbstractHandler {

    public static final String PARAMETER = "io.ringside.debug.ui.workload";

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        String path = event.getParameter(PARAMETER);
        IFile file = path == null ? null : ResourcesPlugin.getWorkspace().getRoot().getFile(new Path(path));
        if (file == null || !file.exists()) {
            throw new ExecutionException("No workload file " + path + " in the workspace");
        }
        EmulatorLaunchShortcut.launch(file, ILaunchManager.RUN_MODE);
        return null;
    }
}

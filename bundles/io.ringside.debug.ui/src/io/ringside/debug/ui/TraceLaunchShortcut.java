package io.ringside.debug.ui;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.ILaunchConfiguration;

import io.ringside.debug.core.RingsideDebug;

/** Debug As &gt; Ringside Trace: reuses the trace's launch configuration or makes one. */
public final class TraceLaunchShortcut extends FileLaunchShortcut {

    @Override
    void launchFile(IFile file, String mode) {
        launch(file, mode);
    }

    /** Launches a trace file in the debugger (public for tests). */
    public static void launch(IFile file, String mode) {
        launch(file, mode, "Cannot debug", TraceLaunchShortcut::configurationFor);
    }

    public static ILaunchConfiguration configurationFor(IFile file) throws CoreException {
        return configuration(RingsideDebug.TRACE_LAUNCH_TYPE, RingsideDebug.ATTR_TRACE, file.getFullPath().toString(),
                file.getName(), file, wc -> wc.setAttribute(RingsideDebug.ATTR_NEED_EVENT, "trace"));
    }
}

package io.ringside.debug.ui;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.ILaunchConfiguration;

import io.ringside.debug.core.RingsideDebug;

/**
 * Run As / Debug As &gt; Ringside Emulator on a workload file: reuses the workload's launch configuration
 * or makes one (only the file: the workload's own settings apply; the tab can override them). Run writes
 * the trace into the workspace and opens it; Debug runs the emulator live in the debugger.
 */
public final class EmulatorLaunchShortcut extends FileLaunchShortcut {

    @Override
    void launchFile(IFile file, String mode) {
        launch(file, mode);
    }

    /** Launches the emulator on a workload file (public for tests). */
    public static void launch(IFile workload, String mode) {
        launch(workload, mode, "Cannot run the emulator on", EmulatorLaunchShortcut::configurationFor);
    }

    public static ILaunchConfiguration configurationFor(IFile workload) throws CoreException {
        String name = workload.getName().endsWith(".json")
                ? workload.getName().substring(0, workload.getName().length() - 5) : workload.getName();
        return configuration(RingsideDebug.EMULATOR_LAUNCH_TYPE, RingsideDebug.ATTR_WORKLOAD,
                workload.getLocation().toOSString(), name, workload, wc -> {
                });
    }
}
